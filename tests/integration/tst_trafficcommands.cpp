// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl's traffic commands as a user runs them, including a cutoverctl killed between the intent
// and the confirmation of a shift, and the reconcile that follows.
#include "audit/AuditChain.h"
#include "core/Timestamps.h"
#include "identity/OperatingSystemAccount.h"
#include "store/SessionStore.h"
#include "support/BackendCall.h"
#include "support/CtlProcess.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/TrafficLease.h"
#include "traffic/TrafficStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

class TestTrafficCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runExitCodes_data();
    void runExitCodes();
    void badInputIsNamed();
    void planFromAFileAndItsHelp();
    void killedBetweenIntentAndConfirmation();
    void sigintHoldsThePlanAndTrafficOnlyLooks();
    void failedCheckRecordsNothing();
    void trafficOnlyLooksReconcileConfirmsAndOneControllerDrives();

private:
    using Out = CtlResult;
    Out ctl(const QStringList &args, int timeoutMs = 60000);
    QString writeFile(const QString &name, const QByteArray &content, bool executable = false);
    QString newSession();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTrafficCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestTrafficCommands::cleanup()
{
    m_dir.reset();
}

TestTrafficCommands::Out TestTrafficCommands::ctl(const QStringList &args, int timeoutMs)
{
    return runCtl(args, timeoutMs);
}

QString TestTrafficCommands::writeFile(const QString &name, const QByteArray &content, bool executable)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

QString TestTrafficCommands::newSession()
{
    const QString path = m_dir->filePath(QStringLiteral("s.cutover"));
    QString error;
    auto store = SessionStore::create(path, &error);
    return store ? path : QString();
}

void TestTrafficCommands::runExitCodes_data()
{
    QTest::addColumn<QString>("hold");
    QTest::addColumn<QByteArray>("gates");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("finalSplit");
    QTest::newRow("completed") << "0s"
                               << QByteArray(R"([{"kind":"business","name":"booking","command":"true"}])")
                               << 0 << "new 100 %";
    QTest::newRow("rolled back") << "0s"
                                 << QByteArray(R"([{"kind":"business","name":"booking","command":"false"}])")
                                 << 3 << "new 0 %";
    QTest::newRow("paused for a decision") << "until-promoted" << QByteArray("[]") << 4 << "new 1 %";
}

void TestTrafficCommands::runExitCodes()
{
    QFETCH(QString, hold);
    QFETCH(QByteArray, gates);
    QFETCH(int, exitCode);
    QFETCH(QString, finalSplit);
    const QString session = newSession();
    QVERIFY(!session.isEmpty());
    const QString config = writeFile(QStringLiteral("sim.json"), R"({"latency_ms": 5})");
    Out o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("simulated"),
        QStringLiteral("--config"), config, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--steps"), QStringLiteral("1,5,25,100"),
        QStringLiteral("--hold"), hold, QStringLiteral("--gates"),
        writeFile(QStringLiteral("gates.json"), gates), QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY(o.out.contains(QLatin1String("step 4: 100 % new")));
    o = ctl({ QStringLiteral("run"), session, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == exitCode, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(o.code).arg(o.out, o.err)));
    QVERIFY2(o.out.contains(finalSplit), qPrintable(o.out));
    o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--check") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(finalSplit), qPrintable(o.out));
}

void TestTrafficCommands::badInputIsNamed()
{
    const QString session = newSession();
    Out o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("haproxy"),
        QStringLiteral("--config"),
        writeFile(QStringLiteral("h.json"), R"({"socket":"127.0.0.1:1","backend":"be app"})"),
        QStringLiteral("--by"), QStringLiteral("a") });
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(QLatin1String("old_server")), qPrintable(o.err));
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--steps"), QStringLiteral("5,1"),
        QStringLiteral("--by"), QStringLiteral("a") });
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(QLatin1String("must rise")), qPrintable(o.err));
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--gates"),
        writeFile(QStringLiteral("g.json"), "[{\"kind\":\"http\"}]"), QStringLiteral("--by"),
        QStringLiteral("a") });
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(QLatin1String("\"url\" is required")), qPrintable(o.err));
    o = ctl({ QStringLiteral("rollback"), session, QStringLiteral("--by"), QStringLiteral("a") });
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(QLatin1String("--reason")), qPrintable(o.err));
}

// `plan --help` documents the JSON format; `plan --plan FILE` sets a whole plan with per-step gates, and
// a mistake in it names the step, the gate and the key.
void TestTrafficCommands::planFromAFileAndItsHelp()
{
    Out o = ctl({ QStringLiteral("plan"), QStringLiteral("--help") });
    QCOMPARE(o.code, 0);
    QVERIFY2(o.out.startsWith(QLatin1String("Usage: cutoverctl plan SESSION")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("A traffic plan in JSON")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("kind \"metric\"")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("--plan")), qPrintable(o.out));

    const QString session = newSession();
    QVERIFY(!session.isEmpty());
    const QString good = writeFile(QStringLiteral("plan.json"), R"({"steps": [
        {"percent": 5, "hold_s": 30, "gates": [{"kind": "http", "name": "health", "url": "http://127.0.0.1:9/h"}]},
        {"percent": 100, "hold": "until-promoted"}], "old_health_url": "http://127.0.0.1:9/old"})");
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--plan"), good, QStringLiteral("--by"),
        QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(QLatin1String("step 1: 5 % new, hold 30 s, 1 gates")), qPrintable(o.out));
    QVERIFY2(
        o.out.contains(QLatin1String("step 2: 100 % new, hold until promoted, 0 gates")), qPrintable(o.out));

    const QString bad = writeFile(QStringLiteral("bad.json"),
        R"({"steps": [{"percent": 5}, {"percent": 100, "gates": [{"kind": "http", "name": "health"}]}]})");
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--plan"), bad, QStringLiteral("--by"),
        QStringLiteral("alice") });
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(QLatin1String("Step 2")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("\"url\" is required")), qPrintable(o.err));

    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--plan"), good, QStringLiteral("--steps"),
        QStringLiteral("1,100"), QStringLiteral("--by"), QStringLiteral("alice") });
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(QLatin1String("exclude")), qPrintable(o.err));
}

void TestTrafficCommands::killedBetweenIntentAndConfirmation()
{
    const QString session = newSession();
    const QString state = m_dir->filePath(QStringLiteral("split"));
    const QString slow = m_dir->filePath(QStringLiteral("slow"));
    const QString pidFile = m_dir->filePath(QStringLiteral("apply.pid"));
    // The user's script: sets the split by writing it to a file; slow while the flag file exists.
    const QString apply = writeFile(QStringLiteral("apply.sh"),
        QStringLiteral("#!/bin/sh\nif [ -f '%1' ]; then echo $$ > '%2'; sleep 20; fi\necho \"$1\" > '%3'\n")
            .arg(slow, pidFile, state)
            .toUtf8(),
        true);
    const QString read = writeFile(
        QStringLiteral("read.sh"), QStringLiteral("#!/bin/sh\ncat '%1'\n").arg(state).toUtf8(), true);
    writeFile(QStringLiteral("split"), "0\n");
    const QString config = writeFile(QStringLiteral("cmd.json"),
        QJsonDocument(QJsonObject { { QStringLiteral("apply_command"), apply },
                          { QStringLiteral("read_command"), read }, { QStringLiteral("timeout_ms"), 60000 } })
            .toJson());
    Out o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("command"),
        QStringLiteral("--config"), config, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    o = ctl({ QStringLiteral("shift"), session, QStringLiteral("--to"), QStringLiteral("5"),
        QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));

    // Now the slow shift to 25 %: kill cutoverctl while the script runs.
    writeFile(QStringLiteral("slow"), "");
    QProcess shift;
    shift.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
        { QStringLiteral("shift"), session, QStringLiteral("--to"), QStringLiteral("25"),
            QStringLiteral("--by"), QStringLiteral("alice"), QStringLiteral("--reason"),
            QStringLiteral("next step") });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && QFile(pidFile).size() > 0, 30000);
    shift.kill();
    QVERIFY(shift.waitForFinished(10000));
    {
        // Stop the orphaned script too, so it never completes the change behind the test's back.
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        QVERIFY(pid > 1);
        ::kill(pid_t(pid), SIGKILL);
    }
    QFile::remove(slow);
    {
        // The record: the intent to go to 25 % is there, unanswered.
        QString error;
        auto store = SessionStore::open(session, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        TrafficStore traffic(store.get());
        TrafficStore::Event intent;
        bool answered = true;
        QVERIFY(traffic.lastIntent(&intent, &answered));
        QCOMPARE(intent.percentNew, 25);
        QVERIFY(!answered);
    }
    // Reopened: the cockpit shows what it meant to do and what the backend really has.
    o = ctl({ QStringLiteral("traffic"), session });
    QVERIFY2(o.code == 4, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("the session intends: 25 % new (started, never confirmed)")),
        qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("never reached the backend")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("the backend has:     5 % new")), qPrintable(o.out));
    o = ctl({ QStringLiteral("run"), session, QStringLiteral("--by"), QStringLiteral("alice") });
    QCOMPARE(o.code, 4); // never runs on blindly
    // The lead decides: roll back.
    o = ctl({ QStringLiteral("rollback"), session, QStringLiteral("--by"), QStringLiteral("alice"),
        QStringLiteral("--reason"), QStringLiteral("crashed mid-shift") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QFile f(state);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed(), QByteArray("0"));
    o = ctl({ QStringLiteral("traffic"), session });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains(QLatin1String("rolled back")));
}

// Ctrl+C during `cutoverctl run` holds the plan where it stands, records why and says how to go on; the
// `traffic` that follows reads the split back but applies nothing and runs no gate.
void TestTrafficCommands::sigintHoldsThePlanAndTrafficOnlyLooks()
{
    const QString session = newSession();
    const QString calls = m_dir->filePath(QStringLiteral("calls.log"));
    const QString state = m_dir->filePath(QStringLiteral("split"));
    const QString apply = writeFile(QStringLiteral("apply.sh"),
        QStringLiteral("#!/bin/sh\necho \"apply $1\" >> '%1'\necho \"$1\" > '%2'\n")
            .arg(calls, state)
            .toUtf8(),
        true);
    const QString read = writeFile(QStringLiteral("read.sh"),
        QStringLiteral("#!/bin/sh\necho read >> '%1'\ncat '%2' 2>/dev/null || echo 0\n")
            .arg(calls, state)
            .toUtf8(),
        true);
    const QString gate = writeFile(QStringLiteral("gate.sh"),
        QStringLiteral("#!/bin/sh\necho gate >> '%1'\necho 'payment round trip: HTTP 200'\n")
            .arg(calls)
            .toUtf8(),
        true);
    const QString config = writeFile(QStringLiteral("cmd.json"),
        QStringLiteral(R"({"apply_command": "%1", "read_command": "%2"})").arg(apply, read).toUtf8());
    Out o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("command"),
        QStringLiteral("--config"), config, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    const QString gates = writeFile(QStringLiteral("gates.json"),
        QStringLiteral(R"([{"kind":"business","name":"round trip","command":"%1","interval_ms":300}])")
            .arg(gate)
            .toUtf8());
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--steps"), QStringLiteral("1,5,25,100"),
        QStringLiteral("--hold"), QStringLiteral("60s"), QStringLiteral("--gates"), gates,
        QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));

    QProcess run;
    run.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
        { QStringLiteral("run"), session, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY(run.waitForStarted());
    // Wait until the first step holds (the gate is watched through the hold), then Ctrl+C.
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(run.peek(1 << 20)).contains(QLatin1String("holding")), 20000);
    ::kill(pid_t(run.processId()), SIGINT);
    QVERIFY(run.waitForFinished(20000));
    const QString out = QString::fromUtf8(run.readAllStandardOutput());
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QVERIFY2(run.exitCode() == 130, qPrintable(out + err));
    QVERIFY2(
        out.contains(QLatin1String("Stopped by SIGINT. In force now: old 99 % | new 1 %")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("cutoverctl rollback")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("cutoverctl run")), qPrintable(out));
    {
        QString error;
        auto store = SessionStore::open(session, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        TrafficStore traffic(store.get());
        QCOMPARE(traffic.loadState().state, QStringLiteral("paused"));
        const QList<TrafficStore::Event> stops = traffic.events(QStringLiteral("interrupt"));
        QCOMPARE(stops.size(), 1);
        QVERIFY(stops.first().reason.contains(QLatin1String("SIGINT")));
    }

    // `traffic` only looks: it may read the split, never apply one or run a gate.
    QFile::remove(calls);
    o = ctl({ QStringLiteral("traffic"), session, QStringLiteral("--json") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(json.value(QStringLiteral("intended_percent")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("backend_percent")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("agrees")).toBool());
    QFile log(calls);
    const QString called = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    QVERIFY2(!called.contains(QLatin1String("apply")) && !called.contains(QLatin1String("gate")),
        qPrintable(called));
    o = ctl({ QStringLiteral("traffic"), session });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("payment round trip: HTTP 200")), qPrintable(o.out));
    QVERIFY(!QFile(calls).exists()
        || !QString::fromUtf8([&] {
               QFile f(calls);
               return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
           }())
                .contains(QLatin1String("apply")));
}

// `backend --check` only looks: a backend that cannot be read is reported, and nothing is written.
void TestTrafficCommands::failedCheckRecordsNothing()
{
    const QString session = newSession();
    const QString broken = writeFile(
        QStringLiteral("broken.sh"), "#!/bin/sh\necho 'no route to the load balancer' >&2\nexit 1\n", true);
    const QString config = writeFile(QStringLiteral("cmd.json"),
        QStringLiteral(R"({"apply_command": "%1", "read_command": "%1"})").arg(broken).toUtf8());
    Out o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("command"),
        QStringLiteral("--config"), config, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    const auto auditRows = [&session]() {
        QString error;
        auto store = SessionStore::open(session, SessionStore::Mode::ReadOnly, &error);
        QSqlQuery q(store->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next() ? q.value(0).toInt() : -1;
    };
    const int before = auditRows();
    QVERIFY(before > 0);
    o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--check") });
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(QLatin1String("cannot be read")), qPrintable(o.err));
    QCOMPARE(auditRows(), before);
}

// On a real HAProxy: `traffic --json` after an interruption (an unanswered intent the backend has)
// changes nothing at all; `reconcile` confirms it; a live controller makes every other cutoverctl
// read-only for traffic until an explicit, audited take-over.
void TestTrafficCommands::trafficOnlyLooksReconcileConfirmsAndOneControllerDrives()
{
    LoopbackServers servers;
    const quint16 oldPort = servers.addHttp("old");
    const quint16 newPort = servers.addHttp("new");
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(oldPort, newPort, &error), qPrintable(error));
    std::unique_ptr<TrafficBackend> direct
        = TrafficBackendRegistry::instance().create(QStringLiteral("haproxy"), &error);
    QVERIFY(direct && direct->configure(haproxy.backendConfig()).isEmpty());
    const auto weights = [&]() {
        const TrafficResult r
            = waitForBackend([&](TrafficBackend::Done d) { direct->readSplit(std::move(d)); });
        return r.ok ? r.percentNew : -1;
    };
    const QString session = newSession();
    const QString config
        = writeFile(QStringLiteral("haproxy.json"), QJsonDocument(haproxy.backendConfig()).toJson());
    Out o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("haproxy"),
        QStringLiteral("--config"), config, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    o = ctl({ QStringLiteral("shift"), session, QStringLiteral("--to"), QStringLiteral("5"),
        QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    {
        // The crash point: "shifting" and the intent to 25 % committed, HAProxy took it, then kill -9.
        auto store = SessionStore::open(session, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        TrafficStore traffic(store.get());
        TrafficStore::State st;
        st.state = QStringLiteral("shifting");
        QVERIFY(
            traffic.recordIntent(25, -1, QStringLiteral("alice"), QStringLiteral("next"), &error, &st) > 0);
    }
    QVERIFY(waitForBackend([&](TrafficBackend::Done d) { direct->apply(25, std::move(d)); }).ok);

    const auto fileBytes = [&session]() {
        QByteArray all;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(session + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    };
    const auto trailHead = [&session]() {
        QString problem;
        auto store = SessionStore::open(session, SessionStore::Mode::ReadOnly, &problem);
        const QList<AuditRecord> all = store ? AuditChain::readAll(store->database()) : QList<AuditRecord> {};
        return all.isEmpty() ? QString() : all.constLast().hash + QString::number(all.size());
    };
    const QByteArray bytesBefore = fileBytes();
    const QString headBefore = trailHead();
    o = ctl({ QStringLiteral("traffic"), session, QStringLiteral("--json") });
    QVERIFY2(o.code == 4, qPrintable(o.out + o.err));
    QCOMPARE(o.out.count(QLatin1Char('\n')), 1); // exactly one JSON object
    QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(json.value(QStringLiteral("step")).toInt(-1), 0);
    QCOMPARE(json.value(QStringLiteral("intended_percent")).toInt(), 25);
    QCOMPARE(json.value(QStringLiteral("backend_percent")).toInt(), 25);
    QCOMPARE(json.value(QStringLiteral("agrees")).toBool(true), false);
    QVERIFY2(json.value(QStringLiteral("advice")).toString().contains(QLatin1String("cutoverctl reconcile")),
        qPrintable(o.out));
    QVERIFY(json.value(QStringLiteral("controller")).isNull());
    QCOMPARE(json.value(QStringLiteral("interrupted")).toBool(), true);
    QCOMPARE(fileBytes(), bytesBefore);
    QCOMPARE(trailHead(), headBefore);
    QCOMPARE(weights(), 25);

    o = ctl({ QStringLiteral("reconcile"), session, QStringLiteral("--by"), QStringLiteral("bob") });
    QCOMPARE(o.code, 2); // needs a reason
    o = ctl({ QStringLiteral("reconcile"), session, QStringLiteral("--by"), QStringLiteral("bob"),
        QStringLiteral("--reason"), QStringLiteral("after the crash") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    o = ctl({ QStringLiteral("traffic"), session, QStringLiteral("--json") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("agrees")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("advice")).toString(), QString());
    QCOMPARE(json.value(QStringLiteral("intended_percent")).toInt(), 25);
    QCOMPARE(weights(), 25);

    {
        // alice's cockpit drives (a live process on this host, a fresh heartbeat).
        auto store = SessionStore::open(session, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("INSERT INTO traffic_lease (id, holder, host, pid, token, since, heartbeat) "
                                 "VALUES (1, 'alice', ?, ?, 'gui', ?, ?)"));
        q.addBindValue(TrafficLease::thisHost());
        q.addBindValue(qint64(QCoreApplication::applicationPid()));
        q.addBindValue(Timestamps::toText(Timestamps::now()));
        q.addBindValue(Timestamps::toText(Timestamps::now().addSecs(3600))); // stays fresh for the test
        QVERIFY(q.exec());
    }
    o = ctl({ QStringLiteral("traffic"), session, QStringLiteral("--json") });
    json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("controller")).toObject().value(QStringLiteral("holder")).toString(),
        QStringLiteral("alice"));
    o = ctl({ QStringLiteral("rollback"), session, QStringLiteral("--by"), QStringLiteral("bob"),
        QStringLiteral("--reason"), QStringLiteral("errors") });
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(QLatin1String("controlled by alice")), qPrintable(o.err));
    QCOMPARE(weights(), 25);
    o = ctl({ QStringLiteral("rollback"), session, QStringLiteral("--by"), QStringLiteral("bob"),
        QStringLiteral("--reason"), QStringLiteral("alice is unreachable"), QStringLiteral("--take-over") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QCOMPARE(weights(), 0);
    {
        auto store = SessionStore::open(session, SessionStore::Mode::ReadOnly, &error);
        bool audited = false;
        for (const AuditRecord &r : AuditChain::readAll(store->database()))
            audited = audited
                || (r.action == QLatin1String("traffic.takeover")
                    && r.actor == OperatingSystemAccount::accountName()
                    && r.reason == QLatin1String("alice is unreachable"));
        QVERIFY(audited);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM traffic_lease")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // released when done
        QCOMPARE(TrafficStore(store.get()).loadState().state, QStringLiteral("rolled_back"));
    }
}

QTEST_GUILESS_MAIN(TestTrafficCommands)
#include "tst_trafficcommands.moc"
