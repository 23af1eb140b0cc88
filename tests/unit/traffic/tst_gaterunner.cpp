// SPDX-License-Identifier: GPL-3.0-or-later
// Gate semantics (limits, errors, no data) and the probes against real loopback servers, SQLite files
// and processes.
#include "support/LoopbackServers.h"
#include "support/PostgresProcess.h"
#include "support/ScriptedMetrics.h"
#include "traffic/gates/DataConsistencyProbe.h"
#include "traffic/gates/GateProbe.h"
#include "traffic/gates/GateRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {
struct Run {
    GateOutcome outcome = GateOutcome::Passed;
    QString reason;
    QList<GateMeasurement> measurements;
    bool finished = false;
};

// Runs a gate as given, without the definition check (to test what the probe itself refuses).
Run runDefinition(const GateDefinition &gate, MetricValueProvider *metrics = nullptr)
{
    Run run;
    GateRunner runner(gate, GateProbe::create(gate, metrics));
    QObject::connect(
        &runner, &GateRunner::measured, [&](const GateMeasurement &m) { run.measurements << m; });
    QObject::connect(&runner, &GateRunner::finished, [&](GateOutcome o, const QString &reason) {
        run.outcome = o;
        run.reason = reason;
        run.finished = true;
    });
    runner.start();
    if (!QTest::qWaitFor([&run]() { return run.finished; }, 30000))
        qWarning("the gate did not finish within 30 s");
    return run;
}

Run runGate(const QJsonObject &json, MetricValueProvider *metrics = nullptr)
{
    QString error;
    const GateDefinition gate = GateDefinition::fromJson(json, &error);
    if (!error.isEmpty()) {
        qWarning() << error;
        return Run();
    }
    return runDefinition(gate, metrics);
}

// A consistency gate whose two sides run the same query on one database, unchecked.
GateDefinition consistencyGate(const QJsonObject &sql, const QString &query)
{
    QJsonObject side = sql;
    side.insert(QStringLiteral("query"), query);
    GateDefinition g;
    g.kind = GateDefinition::Kind::DataConsistency;
    g.name = QStringLiteral("readonly");
    g.intervalMs = 5;
    g.consecutiveErrorLimit = 0;
    g.params = QJsonObject { { QStringLiteral("old"), QJsonObject { { QStringLiteral("sql"), side } } },
        { QStringLiteral("new"), QJsonObject { { QStringLiteral("sql"), side } } } };
    return g;
}

QString firstReason(const Run &run)
{
    return run.measurements.isEmpty() ? QStringLiteral("(no measurement)") : run.measurements.first().reason;
}

QJsonObject metricGate(const QJsonObject &extra)
{
    QJsonObject o { { QStringLiteral("kind"), QStringLiteral("metric") },
        { QStringLiteral("name"), QStringLiteral("errors") },
        { QStringLiteral("series"), QStringLiteral("error_ratio/new") }, { QStringLiteral("max"), 1.0 },
        { QStringLiteral("fail_max"), 2.0 }, { QStringLiteral("interval_ms"), 5 } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
}

Q_DECLARE_METATYPE(GateOutcome)

class TestGateRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void semantics_data();
    void semantics();
    void hangingProviderIsAnError();
    void ratioToBaseline();
    void definitionErrors_data();
    void definitionErrors();
    void httpHealth();
    void httpBodyPastTheCapIsCutOff();
    void businessCommandOutputIsCapped();
    void businessCommand();
    void businessRequests();
    void dataConsistencySql();
    void dataConsistencyHttp();
    void dataConsistencyRefusesWritingQueries_data();
    void dataConsistencyRefusesWritingQueries();
    void dataConsistencySqliteIsReadOnly();
    void dataConsistencyPostgresIsReadOnly();
    void dataConsistencyReadsOnlyTheCockpitsVariables();

private:
    QTemporaryDir m_dir;
};

void TestGateRunner::semantics_data()
{
    QTest::addColumn<QJsonObject>("limits");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<GateOutcome>("outcome");
    QTest::addColumn<int>("measurements");
    QTest::addColumn<QString>("lastVerdict");
    auto o = [](std::initializer_list<QPair<QString, int>> l) {
        QJsonObject j;
        for (const auto &p : l)
            j.insert(p.first, p.second);
        return j;
    };
    const QStringList threePasses { QStringLiteral("0.5"), QStringLiteral("0.2"), QStringLiteral("0.9") };
    QTest::newRow("one measurement passes")
        << QJsonObject() << QStringList { QStringLiteral("0.5") } << GateOutcome::Passed << 1 << "pass";
    QTest::newRow("count 3 all pass")
        << o({ { QStringLiteral("count"), 3 } }) << threePasses << GateOutcome::Passed << 3 << "pass";
    QTest::newRow("failure limit 0: first fail fails")
        << o({ { QStringLiteral("count"), 3 } })
        << QStringList { QStringLiteral("0.5"), QStringLiteral("5"), QStringLiteral("0.5") }
        << GateOutcome::Failed << 2 << "fail";
    QTest::newRow("failure limit 1 tolerates one")
        << o({ { QStringLiteral("count"), 3 }, { QStringLiteral("failure_limit"), 1 } })
        << QStringList { QStringLiteral("0.5"), QStringLiteral("5"), QStringLiteral("0.5") }
        << GateOutcome::Passed << 3 << "pass";
    QTest::newRow("failure limit 1 exceeded")
        << o({ { QStringLiteral("count"), 4 }, { QStringLiteral("failure_limit"), 1 } })
        << QStringList { QStringLiteral("5"), QStringLiteral("0.1"), QStringLiteral("5") }
        << GateOutcome::Failed << 3 << "fail";
    QTest::newRow("between success and failure: inconclusive")
        << QJsonObject() << QStringList { QStringLiteral("1.5") } << GateOutcome::Inconclusive << 1
        << "inconclusive";
    QTest::newRow("inconclusive limit 1 tolerates one")
        << o({ { QStringLiteral("count"), 2 }, { QStringLiteral("inconclusive_limit"), 1 } })
        << QStringList { QStringLiteral("1.5"), QStringLiteral("0.5") } << GateOutcome::Passed << 2 << "pass";
    QTest::newRow("no data is inconclusive by default")
        << QJsonObject() << QStringList { QStringLiteral("nodata") } << GateOutcome::Inconclusive << 1
        << "no_data";
    QJsonObject noDataFails = o({});
    noDataFails.insert(QStringLiteral("no_data"), QStringLiteral("fail"));
    QTest::newRow("no data can be made to fail")
        << noDataFails << QStringList { QStringLiteral("nodata") } << GateOutcome::Failed << 1 << "no_data";
    QTest::newRow("errors are retried, then a pass counts")
        << o({ { QStringLiteral("consecutive_error_limit"), 2 } })
        << QStringList { QStringLiteral("error"), QStringLiteral("error"), QStringLiteral("0.5") }
        << GateOutcome::Passed << 3 << "pass";
    QTest::newRow("errors never pass: limit exceeded fails")
        << o({ { QStringLiteral("consecutive_error_limit"), 2 } }) << QStringList { QStringLiteral("error") }
        << GateOutcome::Failed << 3 << "error";
    QTest::newRow("default error limit 4: five errors fail")
        << QJsonObject() << QStringList { QStringLiteral("error") } << GateOutcome::Failed << 5 << "error";
    QTest::newRow("error count resets after a measurement")
        << o({ { QStringLiteral("count"), 2 }, { QStringLiteral("consecutive_error_limit"), 1 } })
        << QStringList { QStringLiteral("error"), QStringLiteral("0.5"), QStringLiteral("error"),
               QStringLiteral("0.5") }
        << GateOutcome::Passed << 4 << "pass";
}

void TestGateRunner::semantics()
{
    QFETCH(QJsonObject, limits);
    QFETCH(QStringList, answers);
    QFETCH(GateOutcome, outcome);
    QFETCH(int, measurements);
    QFETCH(QString, lastVerdict);
    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), answers);
    const Run run = runGate(metricGate(limits), &metrics);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome, outcome);
    QCOMPARE(run.measurements.size(), measurements);
    QCOMPARE(GateMeasurement::verdictKey(run.measurements.constLast().verdict), lastVerdict);
    // Every measurement explains itself.
    for (const GateMeasurement &m : run.measurements) {
        QVERIFY(!m.condition.isEmpty());
        QVERIFY(!m.reason.isEmpty());
        QCOMPARE(m.gate, QStringLiteral("errors"));
    }
    QVERIFY(!run.reason.isEmpty());
}

void TestGateRunner::hangingProviderIsAnError()
{
    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("hang") });
    const Run run = runGate(metricGate(QJsonObject { { QStringLiteral("timeout_ms"), 100 },
                                { QStringLiteral("consecutive_error_limit"), 0 } }),
        &metrics);
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QCOMPARE(run.measurements.size(), 1);
    QCOMPARE(run.measurements.first().verdict, GateMeasurement::Verdict::Error);
    QVERIFY2(run.measurements.first().reason.contains(QLatin1String("no result")),
        qPrintable(run.measurements.first().reason));
}

void TestGateRunner::ratioToBaseline()
{
    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("0.03") });
    metrics.script.insert(QStringLiteral("error_ratio/old"), { QStringLiteral("0.01") });
    const QJsonObject gate { { QStringLiteral("kind"), QStringLiteral("metric") },
        { QStringLiteral("name"), QStringLiteral("ratio") },
        { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
        { QStringLiteral("baseline"), QStringLiteral("error_ratio/old") },
        { QStringLiteral("max_ratio"), 1.5 } };
    Run run = runGate(gate, &metrics);
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY2(run.measurements.first().value.contains(QLatin1String("ratio 3")),
        qPrintable(run.measurements.first().value));
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("0.012") });
    run = runGate(gate, &metrics);
    QCOMPARE(run.outcome, GateOutcome::Passed);
    // No metric source at all: an error, never a pass.
    run = runGate(metricGate(QJsonObject { { QStringLiteral("consecutive_error_limit"), 0 } }), nullptr);
    QCOMPARE(run.outcome, GateOutcome::Failed);
}

void TestGateRunner::definitionErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"magic"})") << "unknown kind";
    QTest::newRow("http without url") << QByteArray(R"({"kind":"http","name":"h"})") << "\"url\" is required";
    QTest::newRow("negative limit") << QByteArray(R"({"kind":"http","url":"http://x","failure_limit":-1})")
                                    << "failure_limit";
    QTest::newRow("password in place")
        << QByteArray(R"({"kind":"consistency","old":{"sql":{"password":"x"}},"new":{}})") << "password_env";
    QTest::newRow("no data pass") << QByteArray(R"({"kind":"http","url":"http://x","no_data":"pass"})")
                                  << "no data never passes";
    QTest::newRow("metric without condition") << QByteArray(R"({"kind":"metric","series":"a"})") << "max";
}

void TestGateRunner::definitionErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    GateDefinition::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestGateRunner::httpHealth()
{
    LoopbackServers servers;
    const quint16 port = servers.addHttp("old path ok");
    const QString url = QStringLiteral("http://127.0.0.1:%1/health").arg(port);
    Run run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("url"), url }, { QStringLiteral("body_regex"), QStringLiteral("ok$") },
        { QStringLiteral("max_latency_ms"), 5000 } });
    QCOMPARE(run.outcome, GateOutcome::Passed);
    QVERIFY(run.measurements.first().value.startsWith(QLatin1String("HTTP 200")));
    run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("url"), url }, { QStringLiteral("body_regex"), QStringLiteral("^new") } });
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY(run.measurements.first().reason.contains(QLatin1String("does not match")));
    run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/").arg(LoopbackServers::freePort()) } });
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY(run.measurements.first().reason.contains(QLatin1String("No HTTP answer")));
}

// A health endpoint that answers 2 MiB: the reply is aborted at 1 MiB (not buffered whole) and the gate
// fails saying the response was cut off; a body under the cap is still judged.
void TestGateRunner::httpBodyPastTheCapIsCutOff()
{
    LoopbackServers servers;
    const quint16 big = servers.addHttp(QByteArray(2 * 1024 * 1024, 'x') + "ok");
    Run run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/health").arg(big) },
        { QStringLiteral("body_regex"), QStringLiteral("ok$") } });
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY2(run.measurements.first().reason.contains(QLatin1String("larger than 1 MiB")),
        qPrintable(run.measurements.first().reason));
    QVERIFY(run.measurements.first().reason.contains(QLatin1String("cut off")));
    const quint16 small = servers.addHttp(QByteArray(512 * 1024, 'x') + "ok");
    run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/health").arg(small) },
        { QStringLiteral("body_regex"), QStringLiteral("ok$") } });
    QCOMPARE(run.outcome, GateOutcome::Passed);
}

// A check command that prints 5 MB: only the last 64 KiB are kept while it runs, and the output says it was
// cut off; its verdict line (printed last) is still read.
void TestGateRunner::businessCommandOutputIsCapped()
{
    const Run run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("business") },
        { QStringLiteral("command"), QStringLiteral("sh") },
        { QStringLiteral("args"),
            QJsonArray { QStringLiteral("-c"),
                QStringLiteral("head -c 5000000 /dev/zero | tr '\\0' 'a'; echo; echo 'verdict: ok'") } },
        { QStringLiteral("timeout_ms"), 20000 } });
    QCOMPARE(run.outcome, GateOutcome::Passed);
    const QString output = run.measurements.first().output;
    QVERIFY2(output.contains(QLatin1String("cut off")), qPrintable(output.left(200)));
    QVERIFY(output.size() < 8000);
    QCOMPARE(run.measurements.first().reason, QStringLiteral("the command succeeded: verdict: ok"));
}

void TestGateRunner::businessCommand()
{
    auto gate = [](const QString &script, int timeoutMs) {
        return QJsonObject { { QStringLiteral("kind"), QStringLiteral("business") },
            { QStringLiteral("command"), QStringLiteral("sh") },
            { QStringLiteral("args"), QJsonArray { QStringLiteral("-c"), script } },
            { QStringLiteral("timeout_ms"), timeoutMs } };
    };
    Run run = runGate(gate(QStringLiteral("echo booked 1 payment; exit 0"), 10000));
    QCOMPARE(run.outcome, GateOutcome::Passed);
    QVERIFY(run.measurements.first().output.contains(QLatin1String("booked 1 payment")));
    run = runGate(gate(QStringLiteral("echo declined; exit 3"), 10000));
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QCOMPARE(run.measurements.first().value, QStringLiteral("exit code 3"));
    QVERIFY(run.measurements.first().output.contains(QLatin1String("declined")));
    // The reason says what the command said last, not only its exit code.
    run = runGate(
        gate(QStringLiteral("echo calling; echo 'payment round trip: HTTP 500'; echo; exit 1"), 10000));
    QCOMPARE(run.measurements.first().value, QStringLiteral("exit code 1"));
    QCOMPARE(run.measurements.first().reason,
        QStringLiteral("the command exited with 1: payment round trip: HTTP 500"));
    run = runGate(gate(QStringLiteral("sleep 20"), 300));
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY(run.measurements.first().reason.contains(QLatin1String("did not finish")));
    QJsonObject missing = gate({}, 1000);
    missing.insert(QStringLiteral("command"), QStringLiteral("/nonexistent/booking-test"));
    missing.insert(QStringLiteral("consecutive_error_limit"), 0);
    run = runGate(missing);
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QCOMPARE(run.measurements.first().verdict, GateMeasurement::Verdict::Error);
}

void TestGateRunner::businessRequests()
{
    LoopbackServers servers;
    const quint16 port = servers.addHttp("{\"status\":\"booked\"}");
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    QJsonArray steps { QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                           { QStringLiteral("url"), url + QStringLiteral("pay") },
                           { QStringLiteral("body"), QStringLiteral("{}") } },
        QJsonObject { { QStringLiteral("url"), url + QStringLiteral("status") },
            { QStringLiteral("body_regex"), QStringLiteral("booked") } } };
    Run run = runGate(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("business") }, { QStringLiteral("requests"), steps } });
    QCOMPARE(run.outcome, GateOutcome::Passed);
    steps.append(QJsonObject { { QStringLiteral("url"), url }, { QStringLiteral("expect_status"), 201 } });
    run = runGate(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("business") }, { QStringLiteral("requests"), steps } });
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY2(run.measurements.first().reason.startsWith(QLatin1String("request 3")),
        qPrintable(run.measurements.first().reason));
}

void TestGateRunner::dataConsistencySql()
{
    auto makeDb = [this](const QString &name, int rows, bool nullValue) {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE payments (id INTEGER, amount INTEGER)"));
            for (int i = 0; i < rows; ++i)
                q.exec(QStringLiteral("INSERT INTO payments VALUES (%1, %2)").arg(i).arg(i * 10));
            q.exec(QStringLiteral("CREATE TABLE n (v INTEGER)"));
            if (nullValue)
                q.exec(QStringLiteral("INSERT INTO n VALUES (NULL)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    };
    const QString oldDb = makeDb(QStringLiteral("old.db"), 100, true);
    const QString newDb = makeDb(QStringLiteral("new.db"), 98, true);
    auto gate = [&](const QString &query, const QJsonObject &extra) {
        QJsonObject o { { QStringLiteral("kind"), QStringLiteral("consistency") },
            { QStringLiteral("old"),
                QJsonObject { { QStringLiteral("sql"),
                    QJsonObject { { QStringLiteral("driver"), QStringLiteral("QSQLITE") },
                        { QStringLiteral("database"), oldDb }, { QStringLiteral("query"), query } } } } },
            { QStringLiteral("new"),
                QJsonObject { { QStringLiteral("sql"),
                    QJsonObject { { QStringLiteral("driver"), QStringLiteral("QSQLITE") },
                        { QStringLiteral("database"), newDb }, { QStringLiteral("query"), query } } } } },
            { QStringLiteral("consecutive_error_limit"), 0 } };
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const QString count = QStringLiteral("SELECT COUNT(*) FROM payments");
    Run run = runGate(gate(count, { { QStringLiteral("tolerance"), 2 } }));
    QCOMPARE(run.outcome, GateOutcome::Passed);
    QVERIFY2(run.measurements.first().value.contains(QLatin1String("old 100, new 98")),
        qPrintable(run.measurements.first().value));
    run = runGate(gate(count, { { QStringLiteral("tolerance"), 1 } }));
    QCOMPARE(run.outcome, GateOutcome::Failed);
    run = runGate(gate(count, { { QStringLiteral("tolerance_percent"), 5 } }));
    QCOMPARE(run.outcome, GateOutcome::Passed);
    run = runGate(gate(QStringLiteral("SELECT v FROM n"), {}));
    QCOMPARE(run.outcome, GateOutcome::Inconclusive);
    QCOMPARE(run.measurements.first().verdict, GateMeasurement::Verdict::NoData);
    run = runGate(gate(QStringLiteral("SELECT x FROM missing"), {}));
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QCOMPARE(run.measurements.first().verdict, GateMeasurement::Verdict::Error);
    // Sampling: the same ids must carry the same amounts on both sides.
    run = runGate(gate(count,
        { { QStringLiteral("tolerance"), 5 },
            { QStringLiteral("sample_old"), QStringLiteral("SELECT id, amount FROM payments WHERE id < 98") },
            { QStringLiteral("sample_new"),
                QStringLiteral("SELECT id, amount FROM payments WHERE id < 98") } }));
    QCOMPARE(run.outcome, GateOutcome::Passed);
    run = runGate(gate(count,
        { { QStringLiteral("tolerance"), 5 },
            { QStringLiteral("sample_old"), QStringLiteral("SELECT id, amount FROM payments WHERE id < 10") },
            { QStringLiteral("sample_new"),
                QStringLiteral("SELECT id, amount + (id = 7) FROM payments WHERE id < 10") } }));
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY2(run.measurements.first().reason.contains(QLatin1String("7|70")),
        qPrintable(run.measurements.first().reason));
}

void TestGateRunner::dataConsistencyHttp()
{
    LoopbackServers servers;
    const quint16 oldPort = servers.addHttp(R"({"totals":{"count":1200}})");
    const quint16 newPort = servers.addHttp(R"({"totals":{"count":1199}})");
    auto side = [](quint16 port) {
        return QJsonObject { { QStringLiteral("http"),
                                 QStringLiteral("http://127.0.0.1:%1/stats").arg(port) },
            { QStringLiteral("pointer"), QStringLiteral("/totals/count") } };
    };
    Run run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("consistency") },
        { QStringLiteral("old"), side(oldPort) }, { QStringLiteral("new"), side(newPort) },
        { QStringLiteral("tolerance"), 1 } });
    QCOMPARE(run.outcome, GateOutcome::Passed);
    run = runGate(QJsonObject { { QStringLiteral("kind"), QStringLiteral("consistency") },
        { QStringLiteral("old"), side(oldPort) }, { QStringLiteral("new"), side(newPort) } });
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY(run.measurements.first().value.contains(QLatin1String("difference 1")));
}

void TestGateRunner::dataConsistencyRefusesWritingQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("select") << QStringLiteral("SELECT count(*) FROM payments") << true;
    QTest::newRow("select, lower case, trailing ;")
        << QStringLiteral("  select count(*) from payments;  ") << true;
    QTest::newRow("with") << QStringLiteral("WITH p AS (SELECT id FROM payments) SELECT count(*) FROM p")
                          << true;
    QTest::newRow("; in a literal") << QStringLiteral("SELECT count(*) FROM payments WHERE 'a;b' <> ''")
                                    << true;
    QTest::newRow("delete") << QStringLiteral("DELETE FROM payments") << false;
    QTest::newRow("second statement") << QStringLiteral("SELECT 1; DELETE FROM payments") << false;
    QTest::newRow("hidden by a comment")
        << QStringLiteral("SELECT 1 -- harmless\n; DROP TABLE payments") << false;
    QTest::newRow("comment first") << QStringLiteral("/* SELECT */ UPDATE payments SET amount = 0") << false;
    QTest::newRow("attach") << QStringLiteral("ATTACH DATABASE '/tmp/x.db' AS x") << false;
    QTest::newRow("pragma") << QStringLiteral("PRAGMA query_only = OFF") << false;
    QTest::newRow("empty") << QStringLiteral("  ") << false;
}

void TestGateRunner::dataConsistencyRefusesWritingQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, accepted);
    QCOMPARE(DataConsistencyProbe::queryProblem(query).isEmpty(), accepted);
    // The definition names the refused key.
    QString error;
    GateDefinition::fromJson(
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("consistency") },
            { QStringLiteral("old"),
                QJsonObject {
                    { QStringLiteral("sql"), QJsonObject { { QStringLiteral("query"), query } } } } },
            { QStringLiteral("new"),
                QJsonObject { { QStringLiteral("http"), QStringLiteral("http://127.0.0.1:1/") } } } },
        &error);
    if (accepted)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(QStringLiteral("old/sql/query")), qPrintable(error));
}

void TestGateRunner::dataConsistencySqliteIsReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
    const QString setup = QStringLiteral("setup-readonly");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), setup);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE payments (id INTEGER, amount INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO payments VALUES (1, 10), (2, 20)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(setup);
    const QJsonObject sql { { QStringLiteral("driver"), QStringLiteral("QSQLITE") },
        { QStringLiteral("database"), path } };
    // Past the definition check, the probe refuses by itself, and the file stays as it was.
    for (const QString &query : { QStringLiteral("DELETE FROM payments"),
             QStringLiteral("SELECT 1; DELETE FROM payments"), QStringLiteral("PRAGMA query_only = OFF") }) {
        const Run run = runDefinition(consistencyGate(sql, query));
        QCOMPARE(run.outcome, GateOutcome::Failed);
        QCOMPARE(run.measurements.first().verdict, GateMeasurement::Verdict::Error);
        QVERIFY2(firstReason(run).contains(QStringLiteral("statement"))
                || firstReason(run).contains(QStringLiteral("SELECT")),
            qPrintable(firstReason(run)));
    }
    const Run count = runDefinition(consistencyGate(sql, QStringLiteral("SELECT count(*) FROM payments")));
    QCOMPARE(count.outcome, GateOutcome::Passed);
    QVERIFY2(count.measurements.first().value.contains(QStringLiteral("old 2, new 2")),
        qPrintable(count.measurements.first().value));
    QVERIFY(QFileInfo::exists(path));
}

void TestGateRunner::dataConsistencyPostgresIsReadOnly()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    PostgresProcess pg;
    QString error;
    QVERIFY2(pg.start(&error), qPrintable(error));
    const QString admin = QStringLiteral("pg-admin");
    auto rows = [&]() {
        QSqlQuery q(QSqlDatabase::database(admin));
        return q.exec(QStringLiteral("SELECT count(*) FROM payments")) && q.next() ? q.value(0).toInt() : -1;
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(pg.socketDir());
        db.setPort(pg.port());
        db.setUserName(PostgresProcess::user());
        db.setDatabaseName(QStringLiteral("postgres"));
        QTRY_VERIFY_WITH_TIMEOUT(db.open(), 30000);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE payments (id INTEGER, amount INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO payments VALUES (1, 10), (2, 20), (3, 30)")));
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION wipe() RETURNS integer LANGUAGE sql AS "
                                      "'DELETE FROM payments; SELECT 0'")));
    }
    QCOMPARE(rows(), 3);
    const QJsonObject sql { { QStringLiteral("driver"), QStringLiteral("QPSQL") },
        { QStringLiteral("host"), pg.socketDir() }, { QStringLiteral("port"), pg.port() },
        { QStringLiteral("user"), PostgresProcess::user() },
        { QStringLiteral("database"), QStringLiteral("postgres") } };
    // Statements that pass as one SELECT / WITH but write: the read-only transaction refuses them.
    for (const QString &query : { QStringLiteral("WITH gone AS (DELETE FROM payments RETURNING id) "
                                                 "SELECT count(*) FROM gone"),
             QStringLiteral("SELECT wipe()"),
             QStringLiteral(
                 "SELECT count(*) FROM (SELECT set_config('transaction_read_only', 'off', true)) s, "
                 "LATERAL (SELECT wipe()) w") }) {
        const Run run = runDefinition(consistencyGate(sql, query));
        QCOMPARE(run.outcome, GateOutcome::Failed);
        QCOMPARE(run.measurements.first().verdict, GateMeasurement::Verdict::Error);
        QVERIFY2(firstReason(run).contains(QStringLiteral("read-only"))
                || firstReason(run).contains(QStringLiteral("read-write")),
            qPrintable(firstReason(run)));
        QCOMPARE(rows(), 3);
    }
    const Run ok = runDefinition(consistencyGate(sql, QStringLiteral("SELECT count(*) FROM payments")));
    QCOMPARE(ok.outcome, GateOutcome::Passed);
    QVERIFY2(ok.measurements.first().value.contains(QStringLiteral("old 3, new 3")),
        qPrintable(ok.measurements.first().value));
    QSqlDatabase::database(admin).close();
    QSqlDatabase::removeDatabase(admin);
}

void TestGateRunner::dataConsistencyReadsOnlyTheCockpitsVariables()
{
    for (const char *name : { "HOME", "AWS_SECRET_ACCESS_KEY", "cockpit_lower", "COCKPIT_", "COCKPIT_A-B" }) {
        QString error;
        GateDefinition::fromJson(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("consistency") },
                { QStringLiteral("old"),
                    QJsonObject { { QStringLiteral("sql"),
                        QJsonObject { { QStringLiteral("query"), QStringLiteral("SELECT 1") },
                            { QStringLiteral("password_env"), QLatin1String(name) } } } } },
                { QStringLiteral("new"),
                    QJsonObject { { QStringLiteral("http"), QStringLiteral("http://127.0.0.1:1/") } } } },
            &error);
        QVERIFY2(error.contains(QStringLiteral("old/sql/password_env"))
                && error.contains(QStringLiteral("COCKPIT_")),
            qPrintable(QLatin1String(name) + QLatin1Char(' ') + error));
    }
    QVERIFY(DataConsistencyProbe::isAllowedSecretVariable(QStringLiteral("COCKPIT_OLD_DB_PASSWORD")));
    // The probe refuses as well when the definition check is bypassed; the variable is never read.
    QJsonObject sql { { QStringLiteral("driver"), QStringLiteral("QSQLITE") },
        { QStringLiteral("database"), m_dir.filePath(QStringLiteral("none.db")) },
        { QStringLiteral("password_env"), QStringLiteral("HOME") } };
    const Run run = runDefinition(consistencyGate(sql, QStringLiteral("SELECT 1")));
    QCOMPARE(run.outcome, GateOutcome::Failed);
    QVERIFY2(firstReason(run).contains(QStringLiteral("password_env")), qPrintable(firstReason(run)));
}

QTEST_GUILESS_MAIN(TestGateRunner)
#include "tst_gaterunner.moc"
