// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/PrometheusResponseParser.h"
#include "metrics/sources/PrometheusSource.h"

#include <QTest>

#include <cmath>

using Parser = PrometheusResponseParser;

class TestPrometheusResponseParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("resultType");
        QTest::addColumn<int>("seriesCount");
        QTest::addColumn<int>("firstSeriesPoints");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("vector") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"version":"old"},"value":[1795688186.5,"0.25"]},{"metric":{"version":"new"},"value":[1795688186.5,"1e-09"]}]}})")
                                << 200 << true << "vector" << 2 << 1 << ""
                                << "";
        QTest::newRow("matrix") << QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"version":"new"},"values":[[1795688186,"1"],[1795688187.500,"2"],[1795688189,"3"]]}]}})")
                                << 200 << true << "matrix" << 1 << 3 << ""
                                << "";
        QTest::newRow("scalar") << QByteArray(
            R"({"status":"success","data":{"resultType":"scalar","result":[1795688186.123,"42"]}})")
                                << 200 << true << "scalar" << 1 << 1 << ""
                                << "";
        QTest::newRow("empty result")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})") << 200 << true
            << "vector" << 0 << -1 << ""
            << "";
        QTest::newRow("bad_data 400")
            << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter "
                          "\\\"query\\\": 1:5: parse error\"}")
            << 400 << false << "" << 0 << -1 << "bad_data"
            << "parse error";
        QTest::newRow("execution 422") << QByteArray(
            R"({"status":"error","errorType":"execution","error":"query processing would load too many samples"})")
                                       << 422 << false << "" << 0 << -1 << "execution"
                                       << "too many samples";
        QTest::newRow("timeout 503") << QByteArray(
            R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
                                     << 503 << false << "" << 0 << -1 << "timeout"
                                     << "timed out";
        QTest::newRow("malformed json") << QByteArray("{\"status\":\"success\",\"data\":{") << 200 << false
                                        << "" << 0 << -1 << "malformed"
                                        << "not valid JSON";
        QTest::newRow("truncated body")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{"
                          "\"metric\":{\"version\":\"new\"},\"values\":[[1795688186,\"1\"],[17956")
            << 200 << false << "" << 0 << -1 << "malformed"
            << "not valid JSON";
        QTest::newRow("empty body 502") << QByteArray() << 502 << false << "" << 0 << -1 << "malformed"
                                        << "HTTP 502";
        QTest::newRow("html from a proxy") << QByteArray("<html><body>Bad Gateway</body></html>") << 502
                                           << false << "" << 0 << -1 << "malformed"
                                           << "Bad Gateway";
        QTest::newRow("value not a string") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795688186,1]}]}})")
                                            << 200 << false << "" << 0 << -1 << "malformed"
                                            << "pair";
        QTest::newRow("value not a number") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795688186,"abc"]}]}})")
                                            << 200 << false << "" << 0 << -1 << "malformed"
                                            << "abc";
        QTest::newRow("unknown result type")
            << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1795688186,"x"]}})")
            << 200 << false << "" << 0 << -1 << "malformed"
            << "string";
        QTest::newRow("no status") << QByteArray(R"({"data":{}})") << 200 << false << "" << 0 << -1
                                   << "malformed"
                                   << "status";
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, ok);
        QFETCH(QString, resultType);
        QFETCH(int, seriesCount);
        QFETCH(int, firstSeriesPoints);
        QFETCH(QString, errorType);
        QFETCH(QString, errorContains);
        const Parser::Result r = Parser::parse(body, status);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.resultType, ok ? resultType : r.resultType);
        QCOMPARE(r.series.size(), seriesCount);
        if (firstSeriesPoints >= 0)
            QCOMPARE(r.series.first().points.size(), firstSeriesPoints);
        QCOMPARE(r.errorType, errorType);
        if (!errorContains.isEmpty())
            QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        else
            QVERIFY(r.error.isEmpty());
    }

    void valuesAndTimes()
    {
        const Parser::Result r = Parser::parse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"version":"new","code":"500"},"values":[[1795688186,"1.5"],[1795688187.5,"NaN"],[1795688188,"+Inf"],[1795688189,"-Inf"],[1795688190.25,"1e-09"]]}]}})");
        QVERIFY(r.ok);
        const auto &s = r.series.first();
        QCOMPARE(s.labels.value(QStringLiteral("version")), QStringLiteral("new"));
        QCOMPARE(s.labels.value(QStringLiteral("code")), QStringLiteral("500"));
        QCOMPARE(s.points.at(0).t, 1795688186000LL);
        QCOMPARE(s.points.at(0).value, 1.5);
        QCOMPARE(s.points.at(1).t, 1795688187500LL);
        QVERIFY(std::isnan(s.points.at(1).value));
        QVERIFY(std::isnan(s.points.at(2).value)); // +Inf is a gap, not a huge number
        QVERIFY(std::isnan(s.points.at(3).value));
        QCOMPARE(s.points.at(4).t, 1795688190250LL);
        QCOMPARE(s.points.at(4).value, 1e-09);
    }

    void warningsAreKept()
    {
        const Parser::Result r = Parser::parse(
            R"({"status":"success","warnings":["PromQL info: metric might not be a counter"],"data":{"resultType":"vector","result":[]}})");
        QVERIFY(r.ok);
        QCOMPARE(r.warnings.size(), 1);
    }

    void successBodyWithErrorStatusIsAnError()
    {
        const Parser::Result r
            = Parser::parse(R"({"status":"success","data":{"resultType":"vector","result":[]}})", 500);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("500")));
    }

    // The mapping of results to series: label values pick the path, missing sides become gaps.
    void samplesFromResults()
    {
        PrometheusSource::Query q;
        q.metric = QStringLiteral("error_ratio");
        const Parser::Result r = Parser::parse(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"version":"new"},"value":[1795688186,"0.01"]},{"metric":{"version":"canary-x"},"value":[1795688186,"0.5"]}]}})");
        const QList<MetricSample> s = PrometheusSource::toSamples(q, r, 1795688186999);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).series, QStringLiteral("error_ratio/new"));
        QCOMPARE(s.at(0).value, 0.01);
        QCOMPARE(s.at(1).series, QStringLiteral("error_ratio/old"));
        QVERIFY(s.at(1).isGap());
        QCOMPARE(s.at(1).t, 1795688186999LL);

        const Parser::Result empty
            = Parser::parse(R"({"status":"success","data":{"resultType":"vector","result":[]}})");
        const QList<MetricSample> gaps = PrometheusSource::toSamples(q, empty, 5000);
        QCOMPARE(gaps.size(), 2);
        QVERIFY(gaps.at(0).isGap() && gaps.at(1).isGap()); // never zeros
    }

    void holesInRangeResultsBecomeGaps()
    {
        PrometheusSource::Query q;
        q.metric = QStringLiteral("p99_seconds");
        const Parser::Result r = Parser::parse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"version":"old"},"values":[[100,"1"],[101,"1"],[110,"2"]]},{"metric":{"version":"new"},"values":[[100,"3"],[101,"3"],[102,"3"]]}]}})");
        const QList<MetricSample> s = PrometheusSource::toSamples(q, r, 102000, 1000);
        int oldGaps = 0;
        for (const MetricSample &m : s) {
            if (m.series == QLatin1String("p99_seconds/old") && m.isGap()) {
                ++oldGaps;
                QCOMPARE(m.t, 102000LL);
            }
            if (m.series == QLatin1String("p99_seconds/new"))
                QVERIFY(!m.isGap());
        }
        QCOMPARE(oldGaps, 1);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusResponseParser)
#include "tst_prometheusresponseparser.moc"
