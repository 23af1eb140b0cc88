// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl's signed acts with real keys: the principal comes from the key (allowed signers), never from
// --by or $USER; the completer's key is refused, a second key accepted, a key missing from the allowed
// signers refused, an agent key works, a passphrase comes through --passphrase-fd; a declared session
// works without keys and its rows say so. Every command that changes a session finds who acts the same way:
// in a required session it is refused without a key (nothing recorded) and records the key's principal
// with one; in a declared session it records the OS account, or the key's principal when --key is given.
#include "support/CtlProcess.h"
#include "support/SigningKeys.h"
#include "support/WebhookReceiver.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

class TestSigningCtl : public QObject {
    Q_OBJECT

private:
    SigningKeys m_keys;
    QString m_allowed;
    QString m_onlyAlice;
    int m_sessions = 0;

    static QString describe(const CtlResult &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
    }
    // $USER says someone else: nothing may take it for the principal.
    static QProcessEnvironment env()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("USER"), QStringLiteral("mallory"));
        e.insert(QStringLiteral("COCKPIT_USER"), QStringLiteral("mallory"));
        e.remove(QStringLiteral("SSH_AUTH_SOCK"));
        e.remove(QStringLiteral("COCKPIT_SIGNING_KEY"));
        e.remove(QStringLiteral("COCKPIT_ALLOWED_SIGNERS"));
        return e;
    }
    QString newSession(const QString &policy)
    {
        const QString path = m_keys.path(QStringLiteral("s%1.cutover").arg(++m_sessions));
        const CtlResult r = runCtl(
            { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Signed"),
                QStringLiteral("--out"), path, QStringLiteral("--live"), QStringLiteral("--signatures"),
                policy, QStringLiteral("--by"), QStringLiteral("alice") },
            60000, env());
        [&] { QVERIFY2(r.code == 0, qPrintable(describe(r))); }();
        return path;
    }
    // Item 1 (needs sign-off) completed by alice.
    void complete(const QString &session)
    {
        const CtlResult r = runCtl(
            QStringList { QStringLiteral("item"), session, QStringLiteral("1"), QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") }
                + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }
    static QList<QStringList> rows(const QString &session, const QString &sql)
    {
        QList<QStringList> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(session);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(sql);
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i).toString();
                    out << row;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }
    QStringList signArgs(const QString &key, const QString &allowed) const
    {
        return { QStringLiteral("--key"), key, QStringLiteral("--allowed-signers"), allowed };
    }
    QStringList keyOf(const QString &name) const { return signArgs(m_keys.path(name), m_allowed); }
    static QString account() { return QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name); }
    static qint64 auditLength(const QString &session)
    {
        return rows(session, QStringLiteral("SELECT count(*) FROM audit")).value(0).value(0).toLongLong();
    }
    // The actors of the audit records after the first `from`, in order.
    static QStringList actorsAfter(const QString &session, qint64 from)
    {
        QStringList actors;
        const QList<QStringList> all = rows(
            session, QStringLiteral("SELECT actor FROM audit ORDER BY seq LIMIT -1 OFFSET %1").arg(from));
        for (const QStringList &row : all)
            actors << row.value(0);
        return actors;
    }
    // A live session of the policy, created with alice's key.
    QString newKeyedSession(const QString &policy)
    {
        const QString path = m_keys.path(QStringLiteral("s%1.cutover").arg(++m_sessions));
        const CtlResult r = runCtl(QStringList { QStringLiteral("new"), QStringLiteral("--name"),
                                       QStringLiteral("Acting"), QStringLiteral("--out"), path,
                                       QStringLiteral("--live"), QStringLiteral("--signatures"), policy }
                + keyOf(QStringLiteral("alice")),
            60000, env());
        [&] { QVERIFY2(r.code == 0, qPrintable(describe(r))); }();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        QVERIFY(!m_keys.make(QStringLiteral("alice")).isEmpty());
        QVERIFY(!m_keys.make(QStringLiteral("bob")).isEmpty());
        QVERIFY(!m_keys.make(QStringLiteral("carol"), QStringLiteral("s3cret phrase")).isEmpty());
        m_allowed = m_keys.allowedSigners(QStringLiteral("allowed"),
            { { QStringLiteral("alice"), QStringLiteral("alice") },
                { QStringLiteral("bob"), QStringLiteral("bob") },
                { QStringLiteral("carol"), QStringLiteral("carol") } });
        m_onlyAlice = m_keys.allowedSigners(
            QStringLiteral("only-alice"), { { QStringLiteral("alice"), QStringLiteral("alice") } });
    }

    void completerRefusedWhateverByNames()
    {
        const QString s = newSession(QStringLiteral("required"));
        complete(s);
        // No key in a required session.
        CtlResult r = runCtl({ QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
                                 QStringLiteral("bob") },
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("requires electronic signatures")), qPrintable(describe(r)));
        // Alice's key, typing bob as the name.
        r = runCtl(QStringList { QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
                       QStringLiteral("bob") }
                + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("second person")), qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT status FROM items WHERE id = 1")).value(0).value(0),
            QStringLiteral("awaiting-signoff"));
        QVERIFY(rows(s, QStringLiteral("SELECT id FROM signatures")).isEmpty());

        // An allowed signers file without bob: refused.
        r = runCtl(QStringList { QStringLiteral("signoff"), s, QStringLiteral("1") }
                + signArgs(m_keys.path(QStringLiteral("bob")), m_onlyAlice),
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not in the allowed signers")), qPrintable(describe(r)));

        // Bob's key: accepted, whatever --by says; the principal is bob.
        r = runCtl(QStringList { QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
                       QStringLiteral("Alice") }
                + signArgs(m_keys.path(QStringLiteral("bob")), m_allowed),
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT status, signed_off_by FROM items WHERE id = 1")).value(0),
            (QStringList { QStringLiteral("done"), QStringLiteral("bob") }));
        const QList<QStringList> sig = rows(s,
            QStringLiteral("SELECT principal, display_name, meaning, statement, signature FROM signatures"));
        QCOMPARE(sig.size(), 1);
        QCOMPARE(sig.first().value(0), QStringLiteral("bob"));
        QCOMPARE(sig.first().value(1), QStringLiteral("Alice"));
        QCOMPARE(sig.first().value(2), QStringLiteral("reviewed and approved"));
        // The stored statement and signature verify with stock ssh-keygen.
        QFile sigFile(m_keys.path(QStringLiteral("row.sig")));
        QVERIFY(sigFile.open(QIODevice::WriteOnly));
        sigFile.write(sig.first().value(4).toUtf8());
        sigFile.close();
        QProcess verify;
        verify.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-f"), m_allowed,
                QStringLiteral("-I"), QStringLiteral("bob"), QStringLiteral("-n"),
                QStringLiteral("cutover-cockpit"), QStringLiteral("-s"), sigFile.fileName() });
        verify.write(sig.first().value(3).toUtf8());
        verify.closeWriteChannel();
        QVERIFY(verify.waitForFinished(30000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }

    void agentKeyAndPassphrase()
    {
        const QString s = newSession(QStringLiteral("required"));
        complete(s);
        const QString socket = m_keys.startAgent(QStringLiteral("bob"));
        QVERIFY(!socket.isEmpty());
        QDir().mkpath(m_keys.path(QStringLiteral("pubonly")));
        const QString pub = m_keys.path(QStringLiteral("pubonly/bob.pub"));
        QVERIFY(QFile::copy(m_keys.path(QStringLiteral("bob.pub")), pub));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        e.insert(QStringLiteral("COCKPIT_SIGNING_KEY"), pub);
        e.insert(QStringLiteral("COCKPIT_ALLOWED_SIGNERS"), m_allowed);
        CtlResult r = runCtl({ QStringLiteral("signoff"), s, QStringLiteral("1") }, 60000, e);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT signed_off_by FROM items WHERE id = 1")).value(0).value(0),
            QStringLiteral("bob"));
        m_keys.stopAgent();

        // Carol's key is protected: the passphrase from a descriptor (here stdin), never argv.
        // In a required session the completer proves who they are with their key too.
        QVERIFY(
            runCtl(QStringList { QStringLiteral("item"), s, QStringLiteral("2"), QStringLiteral("--status"),
                       QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") }
                    + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
                60000, env())
                .code
            == 0);
        auto withPass = [&](const QByteArray &pass) {
            QProcess p;
            p.setProcessEnvironment(env());
            p.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
                QStringList { QStringLiteral("signoff"), s, QStringLiteral("2"),
                    QStringLiteral("--passphrase-fd"), QStringLiteral("0") }
                    + signArgs(m_keys.path(QStringLiteral("carol")), m_allowed));
            p.write(pass);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return CtlResult { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError()) };
        };
        r = withPass("wrong phrase");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Wrong passphrase")), qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QLatin1String("wrong phrase")));
        r = withPass("s3cret phrase\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT signed_off_by FROM items WHERE id = 2")).value(0).value(0),
            QStringLiteral("carol"));
        // The passphrase is nowhere in the session.
        QFile file(s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    void declaredWorksWithoutKeys()
    {
        const QString s = newSession(QStringLiteral("declared"));
        complete(s);
        const CtlResult r = runCtl({ QStringLiteral("signoff"), s, QStringLiteral("1"),
                                       QStringLiteral("--by"), QStringLiteral("Bob") },
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("identities declared, not verified")), qPrintable(describe(r)));
        const QString account = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
        const QList<QStringList> sig = rows(
            s, QStringLiteral("SELECT principal, display_name, signature, key_fingerprint FROM signatures"));
        QCOMPARE(sig.size(), 1);
        QCOMPARE(sig.first(), (QStringList { account, QStringLiteral("Bob"), QString(), QString() }));
        QVERIFY(account != QLatin1String("mallory"));
    }

    // `new` takes the creator from a key that is given (it must be in the allowed signers), else from the
    // OS account, whatever the policy: the session that could require a key does not exist yet.
    void newRecordsTheKeysPrincipalOrTheAccount()
    {
        const QString keyed = newKeyedSession(QStringLiteral("required"));
        QVERIFY(!keyed.isEmpty());
        QCOMPARE(rows(keyed, QStringLiteral("SELECT actor, action FROM audit ORDER BY seq")).value(0),
            (QStringList { QStringLiteral("alice"), QStringLiteral("session.create") }));
        const QString plain = newSession(QStringLiteral("required"));
        QCOMPARE(
            rows(plain, QStringLiteral("SELECT actor FROM audit ORDER BY seq")).value(0).value(0), account());
        const QString refused = m_keys.path(QStringLiteral("refused.cutover"));
        const CtlResult r = runCtl(
            QStringList { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x"),
                QStringLiteral("--out"), refused, QStringLiteral("--signatures"), QStringLiteral("declared") }
                + signArgs(m_keys.path(QStringLiteral("bob")), m_onlyAlice),
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not in the allowed signers")), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(refused));
    }

    // Every command that changes a session, with what it needs done first (by alice, with her key). "@S" is
    // the session, "@SIM" a simulated backend that keeps its split in a file, "@CSV" a metrics file, "@DIR"
    // a template folder, "@OTHER" the other signature policy. parked: the setup leaves notification 1
    // parked (its webhook refused it).
    void everyChangeProvesWhoActs_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QList<QStringList>>("setup");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("parked");
        QTest::addColumn<bool>("declaredKey");
        const auto S = QStringLiteral("@S");
        const QStringList logAdd { QStringLiteral("log"), QStringLiteral("add"), S, QStringLiteral("--text"),
            QStringLiteral("Queue depth normal") };
        const QStringList backend { QStringLiteral("backend"), S, QStringLiteral("--use"),
            QStringLiteral("simulated"), QStringLiteral("--config"), QStringLiteral("@SIM") };
        const QStringList lessonAdd { QStringLiteral("lesson"), QStringLiteral("add"), S,
            QStringLiteral("--text"), QStringLiteral("Freeze earlier") };
        const QStringList itemDone { QStringLiteral("item"), S, QStringLiteral("1"),
            QStringLiteral("--status"), QStringLiteral("done") };
        struct Row {
            const char *name;
            QList<QStringList> setup;
            QStringList command;
            bool parked = false;
        };
        const QList<Row> commands {
            { "item status", {},
                { QStringLiteral("item"), S, QStringLiteral("2"), QStringLiteral("--status"),
                    QStringLiteral("in-progress") } },
            { "item note", {},
                { QStringLiteral("item"), S, QStringLiteral("2"), QStringLiteral("--note"),
                    QStringLiteral("checked") } },
            { "signoff", { itemDone }, { QStringLiteral("signoff"), S, QStringLiteral("1") } },
            { "signatures --policy", {},
                { QStringLiteral("signatures"), S, QStringLiteral("--policy"), QStringLiteral("@OTHER") } },
            { "log add", {}, logAdd },
            { "log verify", { logAdd },
                { QStringLiteral("log"), QStringLiteral("verify"), S, QStringLiteral("1"),
                    QStringLiteral("--send-for"), QStringLiteral("0") } },
            { "log correct", { logAdd },
                { QStringLiteral("log"), QStringLiteral("correct"), S, QStringLiteral("1"),
                    QStringLiteral("--reason"), QStringLiteral("typo"), QStringLiteral("--text"),
                    QStringLiteral("Queue depth low") } },
            { "log retract", { logAdd },
                { QStringLiteral("log"), QStringLiteral("retract"), S, QStringLiteral("1"),
                    QStringLiteral("--reason"), QStringLiteral("wrong session") } },
            { "log channels", {},
                { QStringLiteral("log"), QStringLiteral("channels"), S, QStringLiteral("--enable"),
                    QStringLiteral("slack") } },
            { "log outbox --retry", { logAdd },
                { QStringLiteral("log"), QStringLiteral("outbox"), S, QStringLiteral("--retry"),
                    QStringLiteral("1") },
                true },
            { "log outbox --drop", { logAdd },
                { QStringLiteral("log"), QStringLiteral("outbox"), S, QStringLiteral("--drop"),
                    QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("the hook is gone") },
                true },
            { "metrics", {},
                { QStringLiteral("metrics"), S, QStringLiteral("--csv"), QStringLiteral("@CSV") } },
            { "result", {},
                { QStringLiteral("result"), S, QStringLiteral("--goal"), QStringLiteral("Move the feed"),
                    QStringLiteral("--reason"), QStringLiteral("agreed") } },
            { "result --final",
                { { QStringLiteral("result"), S, QStringLiteral("--goal"),
                    QStringLiteral("Move the feed") } },
                { QStringLiteral("result"), S, QStringLiteral("--final") } },
            { "lesson add", {}, lessonAdd },
            { "lesson remove", { lessonAdd },
                { QStringLiteral("lesson"), QStringLiteral("remove"), S, QStringLiteral("--id"),
                    QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("duplicate") } },
            { "template-version save",
                { lessonAdd
                    + QStringList { QStringLiteral("--change"), QStringLiteral("add"),
                        QStringLiteral("--phase"), QStringLiteral("Preparation"), QStringLiteral("--task"),
                        QStringLiteral("Freeze the schema") } },
                { QStringLiteral("template-version"), QStringLiteral("save"), S, QStringLiteral("--name"),
                    QStringLiteral("acting"), QStringLiteral("--dir"), QStringLiteral("@DIR") } },
            { "backend --use", {}, backend },
            { "plan", {},
                { QStringLiteral("plan"), S, QStringLiteral("--steps"), QStringLiteral("1,100"),
                    QStringLiteral("--hold"), QStringLiteral("0s") } },
            { "shift", { backend },
                { QStringLiteral("shift"), S, QStringLiteral("--to"), QStringLiteral("5"),
                    QStringLiteral("--reason"), QStringLiteral("canary") } },
            { "run",
                { backend,
                    { QStringLiteral("plan"), S, QStringLiteral("--steps"), QStringLiteral("1,100"),
                        QStringLiteral("--hold"), QStringLiteral("0s") } },
                { QStringLiteral("run"), S } },
            { "rollback",
                { backend,
                    { QStringLiteral("shift"), S, QStringLiteral("--to"), QStringLiteral("5"),
                        QStringLiteral("--reason"), QStringLiteral("canary") } },
                { QStringLiteral("rollback"), S, QStringLiteral("--reason"), QStringLiteral("errors") } },
            { "reconcile", { backend },
                { QStringLiteral("reconcile"), S, QStringLiteral("--reason"),
                    QStringLiteral("after a crash") } },
        };
        for (const Row &row : commands) {
            QTest::addRow("required: %s", row.name)
                << QStringLiteral("required") << row.setup << row.command << row.parked << false;
            QTest::addRow("declared: %s", row.name)
                << QStringLiteral("declared") << row.setup << row.command << row.parked << false;
        }
        // In a declared session a key given with --key counts too.
        for (const Row &row : commands) {
            if (QByteArrayList { "item note", "log add", "log channels", "lesson add", "plan", "shift" }
                    .contains(row.name))
                QTest::addRow("declared, --key: %s", row.name)
                    << QStringLiteral("declared") << row.setup << row.command << row.parked << true;
        }
    }

    void everyChangeProvesWhoActs()
    {
        QFETCH(QString, policy);
        QFETCH(QList<QStringList>, setup);
        QFETCH(QStringList, command);
        QFETCH(bool, parked);
        QFETCH(bool, declaredKey);
        const QString s = newKeyedSession(policy);
        QVERIFY(!s.isEmpty());
        const QString sim = m_keys.path(QStringLiteral("sim%1.json").arg(m_sessions));
        QFile simFile(sim);
        QVERIFY(simFile.open(QIODevice::WriteOnly));
        simFile.write(QStringLiteral(R"({"latency_ms": 5, "state_file": "%1"})")
                          .arg(m_keys.path(QStringLiteral("split%1").arg(m_sessions)))
                          .toUtf8());
        simFile.close();
        const QString csv = m_keys.path(QStringLiteral("samples.csv"));
        if (!QFile::exists(csv)) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("time,series,value\n0,error_ratio/new,0.001\n1,error_ratio/new,0.002\n");
        }
        const QString other
            = policy == QLatin1String("required") ? QStringLiteral("declared") : QStringLiteral("required");
        auto resolve = [&](QStringList args) {
            for (QString &a : args) {
                if (a == QLatin1String("@S"))
                    a = s;
                else if (a == QLatin1String("@SIM"))
                    a = sim;
                else if (a == QLatin1String("@CSV"))
                    a = csv;
                else if (a == QLatin1String("@DIR"))
                    a = m_keys.path(QStringLiteral("templates%1").arg(m_sessions));
                else if (a == QLatin1String("@OTHER"))
                    a = other;
            }
            return args;
        };
        for (const QStringList &step : setup) {
            const CtlResult r = runCtl(resolve(step) + keyOf(QStringLiteral("alice")), 60000, env());
            QVERIFY2(r.code == 0, qPrintable(step.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
        }
        WebhookReceiver receiver;
        if (parked) { // bob verifies alice's entry; the webhook refuses the notification for good
            QVERIFY(receiver.listen());
            receiver.script = { { 400, 0 } };
            QProcessEnvironment e = env();
            e.insert(QStringLiteral("COCKPIT_SLACK_WEBHOOK"),
                QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port()));
            const CtlResult r
                = runCtl(QStringList { QStringLiteral("log"), QStringLiteral("verify"), s,
                             QStringLiteral("1"), QStringLiteral("--send-for"), QStringLiteral("10") }
                        + keyOf(QStringLiteral("bob")),
                    60000, e);
            QVERIFY2(r.err.contains(QLatin1String("is parked")), qPrintable(describe(r)));
        }
        const QStringList args
            = resolve(command) + QStringList { QStringLiteral("--by"), QStringLiteral("Alice") };
        const qint64 before = auditLength(s);
        QVERIFY(before > 0);

        // The command succeeds and every record it adds names `expected`, whatever --by says.
        auto recordedAs = [&](const QStringList &run, const QString &expected) {
            const CtlResult r = runCtl(run, 60000, env());
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            const QStringList actors = actorsAfter(s, before);
            QVERIFY2(!actors.isEmpty(), qPrintable(describe(r)));
            for (const QString &actor : actors)
                QCOMPARE(actor, expected);
        };
        if (declaredKey)
            return recordedAs(args + keyOf(QStringLiteral("bob")), QStringLiteral("bob"));
        if (policy == QLatin1String("declared")) // the OS account acts, never $USER or --by
            return recordedAs(args, account());
        // Required: refused before anything runs, naming what to pass; nothing recorded.
        const CtlResult r = runCtl(args, 60000, env());
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        for (const char *named : { "--key FILE", "COCKPIT_SIGNING_KEY", "--allowed-signers FILE" })
            QVERIFY2(r.err.contains(QLatin1String(named)), qPrintable(describe(r)));
        QCOMPARE(auditLength(s), before);
        recordedAs(args + keyOf(QStringLiteral("bob")), QStringLiteral("bob"));
    }

    // Looking needs no key, also where every change needs one.
    void lookingNeedsNoKey_data()
    {
        QTest::addColumn<QStringList>("command");
        const auto S = QStringLiteral("@S");
        QTest::newRow("status") << QStringList { QStringLiteral("status"), S };
        QTest::newRow("log list") << QStringList { QStringLiteral("log"), QStringLiteral("list"), S };
        QTest::newRow("log channels") << QStringList { QStringLiteral("log"), QStringLiteral("channels"), S };
        QTest::newRow("log outbox") << QStringList { QStringLiteral("log"), QStringLiteral("outbox"), S };
        QTest::newRow("metrics") << QStringList { QStringLiteral("metrics"), S, QStringLiteral("--list") };
        QTest::newRow("result") << QStringList { QStringLiteral("result"), S };
        QTest::newRow("lesson list") << QStringList { QStringLiteral("lesson"), QStringLiteral("list"), S };
        QTest::newRow("traffic") << QStringList { QStringLiteral("traffic"), S };
        QTest::newRow("audit verify") << QStringList { QStringLiteral("audit"), QStringLiteral("verify"), S };
        QTest::newRow("whoami") << QStringList { QStringLiteral("whoami") };
    }

    void lookingNeedsNoKey()
    {
        QFETCH(QStringList, command);
        const QString s = newKeyedSession(QStringLiteral("required"));
        QVERIFY(!s.isEmpty());
        command.replaceInStrings(QStringLiteral("@S"), s);
        const qint64 before = auditLength(s);
        const CtlResult r = runCtl(command, 60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(auditLength(s), before);
    }

    void policyChangeIsSigned()
    {
        const QString s = newSession(QStringLiteral("required"));
        CtlResult r = runCtl(
            { QStringLiteral("signatures"), s, QStringLiteral("--policy"), QStringLiteral("declared") },
            60000, env());
        QCOMPARE(r.code, 1);
        r = runCtl(QStringList { QStringLiteral("signatures"), s, QStringLiteral("--policy"),
                       QStringLiteral("declared") }
                + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("Signatures: declared")), qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT act, principal FROM signatures")).value(0),
            (QStringList { QStringLiteral("policy.change"), QStringLiteral("alice") }));
    }
};

QTEST_GUILESS_MAIN(TestSigningCtl)
#include "tst_signingctl.moc"
