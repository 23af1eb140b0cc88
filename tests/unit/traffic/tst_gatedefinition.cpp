// SPDX-License-Identifier: GPL-3.0-or-later
// GateDefinition and StepPlan parsing: every error names the key, the gate and the problem; the format
// help documents every kind.
#include "traffic/StepPlan.h"
#include "traffic/gates/GateDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestGateDefinition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gateErrorsNameKeyGateAndProblem_data();
    void gateErrorsNameKeyGateAndProblem();
    void planErrorsNameStepGateAndKey_data();
    void planErrorsNameStepGateAndKey();
    void problemsCarryTheirKey();
    void validGatesRoundTrip();
    void formatHelpMentionsEveryKind();
    void formatHelpExamplesParse();
    void holdText();
};

void TestGateDefinition::gateErrorsNameKeyGateAndProblem_data()
{
    QTest::addColumn<QByteArray>("gates");
    QTest::addColumn<QStringList>("parts");
    const QString kinds = QStringLiteral("one of http, business, consistency, metric");
    QTest::newRow("kind missing") << QByteArray(R"([{"kind":"http","url":"http://a/"},{"name":"booking"}])")
                                  << QStringList { QStringLiteral("gate 2 \"booking\""),
                                         QStringLiteral("key \"kind\" is missing"), kinds };
    QTest::newRow("kind unknown") << QByteArray(R"([{"kind":"command","name":"pay"}])")
                                  << QStringList { QStringLiteral("gate 1 \"pay\""),
                                         QStringLiteral("key \"kind\" has the unknown kind \"command\""),
                                         kinds };
    QTest::newRow("kind not text") << QByteArray(R"([{"kind":3}])")
                                   << QStringList { QStringLiteral("gate 1"),
                                          QStringLiteral("key \"kind\" must be text"),
                                          QStringLiteral("not 3") };
    QTest::newRow("url missing") << QByteArray(R"([{"kind":"http","name":"health"}])")
                                 << QStringList { QStringLiteral("gate 1 \"health\""),
                                        QStringLiteral("key \"url\" is required but missing") };
    QTest::newRow("url invalid") << QByteArray(R"([{"kind":"http","name":"health","url":"htp//x"}])")
                                 << QStringList { QStringLiteral("gate 1 \"health\""),
                                        QStringLiteral("key \"url\""), QStringLiteral("\"htp//x\""),
                                        QStringLiteral("not an http:// or https:// URL") };
    QTest::newRow("count") << QByteArray(R"([{"kind":"http","name":"h","url":"http://a/","count":0}])")
                           << QStringList { QStringLiteral("gate 1 \"h\""), QStringLiteral("key \"count\""),
                                  QStringLiteral("at least 1"), QStringLiteral("not 0") };
    // Found by fuzz_gate_definition's review: 1e300 was cast to qint64 (undefined), and 5e9 passed the
    // check but was read as "no limit" by toInt(-1).
    QTest::newRow("latency huge") << QByteArray(
        R"([{"kind":"http","name":"h","url":"http://a/","max_latency_ms":1e300}])")
                                  << QStringList { QStringLiteral("key \"max_latency_ms\""),
                                         QStringLiteral("whole number") };
    QTest::newRow("latency beyond int")
        << QByteArray(R"([{"kind":"http","name":"h","url":"http://a/","max_latency_ms":5000000000}])")
        << QStringList { QStringLiteral("key \"max_latency_ms\""), QStringLiteral("whole number") };
    QTest::newRow("latency fraction")
        << QByteArray(R"([{"kind":"http","name":"h","url":"http://a/","max_latency_ms":2.5}])")
        << QStringList { QStringLiteral("key \"max_latency_ms\""), QStringLiteral("whole number") };
    QTest::newRow("status") << QByteArray(
        R"([{"kind":"http","name":"h","url":"http://a/","expect_status":"ok"}])")
                            << QStringList { QStringLiteral("gate 1 \"h\""),
                                   QStringLiteral("key \"expect_status\""),
                                   QStringLiteral("HTTP status code") };
    QTest::newRow("regex") << QByteArray(
        R"([{"kind":"http","name":"h","url":"http://a/","body_regex":"(("}])")
                           << QStringList { QStringLiteral("key \"body_regex\""),
                                  QStringLiteral("not a valid regular expression") };
    QTest::newRow("no data") << QByteArray(
        R"([{"kind":"http","name":"h","url":"http://a/","no_data":"pass"}])")
                             << QStringList { QStringLiteral("gate 1 \"h\""),
                                    QStringLiteral("key \"no_data\""),
                                    QStringLiteral("no data never passes") };
    QTest::newRow("business neither")
        << QByteArray(R"([{"kind":"business","name":"booking"}])")
        << QStringList { QStringLiteral("gate 1 \"booking\""), QStringLiteral("key \"requests\""),
               QStringLiteral("key \"command\"") };
    QTest::newRow("business request url")
        << QByteArray(
               R"([{"kind":"business","name":"booking","requests":[{"url":"http://a/"},{"method":"POST"}]}])")
        << QStringList { QStringLiteral("gate 1 \"booking\""), QStringLiteral("request 2"),
               QStringLiteral("key \"url\" is required") };
    QTest::newRow("business args") << QByteArray(
        R"([{"kind":"business","name":"b","command":"x","args":[1]}])")
                                   << QStringList { QStringLiteral("key \"args\""),
                                          QStringLiteral("list of texts") };
    QTest::newRow("consistency side")
        << QByteArray(R"([{"kind":"consistency","name":"backfill","old":{"http":"http://a/"}}])")
        << QStringList { QStringLiteral("gate 1 \"backfill\""),
               QStringLiteral("key \"new\" is required but missing") };
    QTest::newRow("consistency query") << QByteArray(
        R"([{"kind":"consistency","name":"c","old":{"sql":{"database":"d"}},"new":{"http":"http://a/"}}])")
                                       << QStringList { QStringLiteral("key \"old/sql/query\""),
                                              QStringLiteral("SQL") };
    QTest::newRow("secret") << QByteArray(
        R"([{"kind":"consistency","name":"c","old":{"sql":{"query":"q","password":"x"}},"new":{"http":"http://a/"}}])")
                            << QStringList { QStringLiteral("gate 1 \"c\""),
                                   QStringLiteral("key \"old/sql/password\""),
                                   QStringLiteral("password_env") };
    QTest::newRow("metric series") << QByteArray(R"([{"kind":"metric","name":"errors","max":0.01}])")
                                   << QStringList { QStringLiteral("gate 1 \"errors\""),
                                          QStringLiteral("key \"series\" is required") };
    QTest::newRow("metric condition")
        << QByteArray(R"([{"kind":"metric","name":"errors","series":"a/new"}])")
        << QStringList { QStringLiteral("gate 1 \"errors\""), QStringLiteral("\"max\""),
               QStringLiteral("\"min\""), QStringLiteral("\"max_ratio\"") };
    QTest::newRow("metric number") << QByteArray(
        R"([{"kind":"metric","name":"e","series":"a/new","max":"1%"}])")
                                   << QStringList { QStringLiteral("key \"max\" must be a number"),
                                          QStringLiteral("\"1%\"") };
    QTest::newRow("metric baseline") << QByteArray(
        R"([{"kind":"metric","name":"p99","series":"a/new","max_ratio":1.2}])")
                                     << QStringList { QStringLiteral("gate 1 \"p99\""),
                                            QStringLiteral("key \"baseline\" is required") };
    QTest::newRow("not an object") << QByteArray(R"([{"kind":"http","url":"http://a/"}, 7])")
                                   << QStringList { QStringLiteral("gate 2 is 7"),
                                          QStringLiteral("not a JSON object") };
}

void TestGateDefinition::gateErrorsNameKeyGateAndProblem()
{
    QFETCH(QByteArray, gates);
    QFETCH(QStringList, parts);
    QString error;
    const QList<GateDefinition> list
        = GateDefinition::listFromJson(QJsonDocument::fromJson(gates).array(), &error);
    QVERIFY(list.isEmpty());
    for (const QString &part : parts)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, error)));
}

void TestGateDefinition::planErrorsNameStepGateAndKey_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("no steps") << QByteArray(R"({})")
                              << QStringList { QStringLiteral("key \"steps\" is missing") };
    QTest::newRow("percent") << QByteArray(R"({"steps":[{"percent":1},{"hold_s":5}]})")
                             << QStringList { QStringLiteral("Step 2"),
                                    QStringLiteral("key \"percent\" is missing") };
    QTest::newRow("hold") << QByteArray(R"({"steps":[{"percent":1,"hold":"soon"}]})")
                          << QStringList { QStringLiteral("Step 1"), QStringLiteral("key \"hold\""),
                                 QStringLiteral("until-promoted") };
    QTest::newRow("hold_s") << QByteArray(R"({"steps":[{"percent":1,"hold_s":-5}]})")
                            << QStringList { QStringLiteral("Step 1"), QStringLiteral("key \"hold_s\"") };
    QTest::newRow("gate") << QByteArray(
        R"({"steps":[{"percent":1},{"percent":5,"gates":[{"kind":"http","url":"http://a/"},{"name":"booking"}]}]})")
                          << QStringList { QStringLiteral(
                                 "Step 2, gate 2 \"booking\": key \"kind\" is missing; use one "
                                 "of http, business, consistency, metric.") };
    QTest::newRow("gates not a list")
        << QByteArray(R"({"steps":[{"percent":1,"gates":{}}]})")
        << QStringList { QStringLiteral("Step 1"), QStringLiteral("key \"gates\"") };
    QTest::newRow("rising") << QByteArray(R"({"steps":[{"percent":5},{"percent":5}]})")
                            << QStringList { QStringLiteral("Step 2"), QStringLiteral("must rise") };
}

void TestGateDefinition::planErrorsNameStepGateAndKey()
{
    QFETCH(QByteArray, plan);
    QFETCH(QStringList, parts);
    QString error;
    StepPlan::fromJson(QJsonDocument::fromJson(plan).object(), &error);
    for (const QString &part : parts)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, error)));
}

void TestGateDefinition::problemsCarryTheirKey()
{
    GateDefinition g;
    g.kind = GateDefinition::Kind::BusinessTransaction;
    g.name = QStringLiteral("booking");
    g.params.insert(QStringLiteral("requests"),
        QJsonArray { QJsonObject { { QStringLiteral("url"), QStringLiteral("http://a/") } },
            QJsonObject { { QStringLiteral("url"), QStringLiteral("nope") } } });
    g.count = 0;
    const QList<GateDefinition::Problem> problems = g.problems();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).key, QStringLiteral("count"));
    QCOMPARE(problems.at(1).key, QStringLiteral("requests/1/url"));
    QVERIFY(problems.at(1).text.startsWith(QLatin1String("request 2: key \"url\"")));
}

void TestGateDefinition::validGatesRoundTrip()
{
    const QByteArray json = R"([
        {"kind":"http","name":"health","url":"https://new.internal/health","expect_status":204,"count":3},
        {"kind":"business","name":"pay","command":"/bin/true","args":["-x"]},
        {"kind":"consistency","name":"c","old":{"sql":{"query":"SELECT 1"}},"new":{"http":"http://a/","pointer":"/n"},
         "tolerance_percent":0.5},
        {"kind":"metric","name":"p99","series":"p99_seconds/new","baseline":"p99_seconds/old","max_ratio":1.2,
         "no_data":"fail"}])";
    QString error;
    const QList<GateDefinition> gates
        = GateDefinition::listFromJson(QJsonDocument::fromJson(json).array(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(gates.size(), 4);
    QVERIFY(gates.at(3).noDataFails);
    for (const GateDefinition &g : gates) {
        QVERIFY(g.problems().isEmpty());
        const GateDefinition again = GateDefinition::fromJson(g.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.toJson(), g.toJson());
    }
}

void TestGateDefinition::formatHelpMentionsEveryKind()
{
    const QString help = StepPlan::formatHelp();
    for (GateDefinition::Kind k : GateDefinition::kinds())
        QVERIFY2(help.contains(QStringLiteral("kind \"%1\"").arg(GateDefinition::kindKey(k))),
            qPrintable(GateDefinition::kindKey(k)));
    for (const char *key : { "percent", "hold_s", "until-promoted", "gates", "old_health_url", "interval_ms",
             "count", "failure_limit", "inconclusive_limit", "consecutive_error_limit", "timeout_ms",
             "no_data", "url", "expect_status", "requests", "command", "args", "old", "new", "tolerance",
             "series", "max", "max_ratio", "baseline", "password_env" })
        QVERIFY2(help.contains(QLatin1String(key)), key);
}

void TestGateDefinition::formatHelpExamplesParse()
{
    // Every example line that starts a gate object ({"kind": ...}) parses as written.
    const QStringList lines = StepPlan::formatHelp().split(QLatin1Char('\n'));
    int examples = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().startsWith(QLatin1String("{\"kind\"")))
            continue;
        QString text;
        int depth = 0;
        for (int j = i; j < lines.size(); ++j) {
            text += lines.at(j) + QLatin1Char('\n');
            bool inString = false;
            for (int c = 0; c < lines.at(j).size(); ++c) {
                const QChar ch = lines.at(j).at(c);
                if (ch == QLatin1Char('\\')) {
                    ++c;
                    continue;
                }
                if (ch == QLatin1Char('"'))
                    inString = !inString;
                else if (!inString && (ch == QLatin1Char('{') || ch == QLatin1Char('[')))
                    ++depth;
                else if (!inString && (ch == QLatin1Char('}') || ch == QLatin1Char(']')))
                    --depth;
            }
            if (depth == 0)
                break;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
        QVERIFY2(
            pe.error == QJsonParseError::NoError, qPrintable(pe.errorString() + QLatin1Char('\n') + text));
        QString error;
        GateDefinition::fromJson(doc.object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + text));
        ++examples;
    }
    QCOMPARE(examples, 6); // http, business (requests and command), consistency, metric (threshold and ratio)
}

void TestGateDefinition::holdText()
{
    for (int seconds : { -1, 0, 45, 300, 7200, 90 }) {
        bool ok = false;
        QCOMPARE(StepPlan::parseHold(StepPlan::holdText(seconds), &ok), seconds);
        QVERIFY(ok);
    }
}

QTEST_GUILESS_MAIN(TestGateDefinition)
#include "tst_gatedefinition.moc"
