// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricCondition.h"
#include "metrics/MetricHub.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using Reading = MetricValueProvider::Reading;
using Verdict = MetricCondition::Verdict;
Q_DECLARE_METATYPE(Verdict)

namespace {

Reading value(double v)
{
    Reading r;
    r.kind = Reading::Kind::Value;
    r.value = v;
    r.at = QDateTime::currentDateTimeUtc();
    return r;
}

Reading noData()
{
    Reading r;
    r.kind = Reading::Kind::NoData;
    r.error = QStringLiteral("no samples");
    return r;
}

Reading error(const QString &text)
{
    Reading r;
    r.kind = Reading::Kind::Error;
    r.error = text;
    return r;
}

}

class TestMetricCondition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("no comparison") << QStringLiteral("error_ratio/new") << QStringLiteral("comparison");
        QTest::newRow("no right side")
            << QStringLiteral("error_ratio/new <") << QStringLiteral("missing at the end");
        QTest::newRow("not a series") << QStringLiteral("errors < 1") << QStringLiteral("metric/path");
        QTest::newRow("no path") << QStringLiteral("errors/ < 1") << QStringLiteral("no path");
        QTest::newRow("trailing") << QStringLiteral("a/new < 1 2") << QStringLiteral("unexpected text");
        QTest::newRow("paren") << QStringLiteral("(a/new < 1") << QStringLiteral("closing parenthesis");
        QTest::newRow("no series") << QStringLiteral("1 < 2") << QStringLiteral("names no series");
        QTest::newRow("junk") << QStringLiteral("a/new < $") << QStringLiteral("unexpected \"$\"");
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString e;
        QVERIFY(!MetricCondition::parse(text, &e));
        QVERIFY2(e.contains(message), qPrintable(e));
    }

    void judge_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("oldValue"); // NaN: no data
        QTest::addColumn<double>("newValue");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<double>("measured");
        QTest::addColumn<double>("limit");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("threshold pass")
            << "error_ratio/new < 0.005" << 0.0 << 0.002 << Verdict::Pass << 0.002 << 0.005;
        QTest::newRow("threshold fail")
            << "error_ratio/new < 0.005" << 0.0 << 0.006 << Verdict::Fail << 0.006 << 0.005;
        QTest::newRow("boundary is not below")
            << "error_ratio/new < 0.005" << 0.0 << 0.005 << Verdict::Fail << 0.005 << 0.005;
        QTest::newRow("percent") << "error_ratio/new < 0.5%" << 0.0 << 0.004 << Verdict::Pass << 0.004
                                 << 0.005;
        QTest::newRow("ratio pass") << "error_ratio/new <= 1.2 * error_ratio/old" << 0.10 << 0.12
                                    << Verdict::Pass << 0.12 << 0.12;
        QTest::newRow("ratio fail") << "error_ratio/new <= 1.2 * error_ratio/old" << 0.10 << 0.13
                                    << Verdict::Fail << 0.13 << 0.12;
        QTest::newRow("division by zero")
            << "error_ratio/new / error_ratio/old < 2" << 0.0 << 0.1 << Verdict::Inconclusive << nan << 2.0;
        QTest::newRow("no data new") << "error_ratio/new < 0.005" << 0.0 << nan << Verdict::NoData << nan
                                     << 0.005;
        QTest::newRow("no data old in ratio")
            << "error_ratio/new <= 1.2 * error_ratio/old" << nan << 0.1 << Verdict::NoData << 0.1 << nan;
        QTest::newRow("precedence") << "error_ratio/new < 0.1 + 2 * 0.1" << 0.0 << 0.25 << Verdict::Pass
                                    << 0.25 << 0.3;
        QTest::newRow("parens and minus") << "-(error_ratio/new - error_ratio/old) >= -0.01" << 0.1 << 0.105
                                          << Verdict::Pass << -0.005 << -0.01;
        QTest::newRow("greater") << "error_ratio/new > 1e-3" << 0.0 << 0.002 << Verdict::Pass << 0.002
                                 << 0.001;
    }
    void judge()
    {
        QFETCH(QString, text);
        QFETCH(double, oldValue);
        QFETCH(double, newValue);
        QFETCH(Verdict, verdict);
        QFETCH(double, measured);
        QFETCH(double, limit);
        QString e;
        const auto c = MetricCondition::parse(text, &e);
        QVERIFY2(c, qPrintable(e));
        QHash<QString, Reading> readings;
        readings.insert(QStringLiteral("error_ratio/old"), std::isnan(oldValue) ? noData() : value(oldValue));
        readings.insert(QStringLiteral("error_ratio/new"), std::isnan(newValue) ? noData() : value(newValue));
        const MetricCondition::Outcome o = c->judge(readings);
        QCOMPARE(MetricCondition::verdictKey(o.verdict), MetricCondition::verdictKey(verdict));
        QCOMPARE(o.condition, text);
        if (std::isnan(measured))
            QVERIFY(std::isnan(o.measured));
        else
            QVERIFY(qFuzzyCompare(1 + o.measured, 1 + measured));
        if (std::isnan(limit))
            QVERIFY(std::isnan(o.limit));
        else
            QVERIFY(qFuzzyCompare(1 + o.limit, 1 + limit));
        QVERIFY(!o.detail.isEmpty());
        if (verdict == Verdict::Pass || verdict == Verdict::Fail)
            QVERIFY2(o.detail.contains(QString::number(newValue, 'g', 6)),
                qPrintable(o.detail)); // the measured value is shown
    }

    void providerErrorIsInconclusiveNeverPass()
    {
        QString e;
        const auto c = MetricCondition::parse(QStringLiteral("error_ratio/new < 0.005"), &e);
        QHash<QString, Reading> readings;
        readings.insert(QStringLiteral("error_ratio/new"), error(QStringLiteral("connection refused")));
        const auto o = c->judge(readings);
        QCOMPARE(o.verdict, Verdict::Inconclusive);
        QVERIFY(o.detail.contains(QStringLiteral("connection refused")));
    }

    void evaluateThroughTheHub()
    {
        MetricHub hub;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        hub.ingest({ { now - 2000, QStringLiteral("p99_seconds/old"), 0.200 },
            { now - 1000, QStringLiteral("p99_seconds/old"), 0.250 },
            { now - 1000, QStringLiteral("p99_seconds/new"), 0.280 } });
        QString e;
        const auto c = MetricCondition::parse(QStringLiteral("p99_seconds/new <= 1.2 * p99_seconds/old"), &e);
        QVERIFY(c);
        QCOMPARE(c->seriesNames(),
            (QStringList { QStringLiteral("p99_seconds/new"), QStringLiteral("p99_seconds/old") }));
        std::optional<MetricCondition::Outcome> outcome;
        int calls = 0;
        c->evaluate(hub, [&](const MetricCondition::Outcome &o) {
            outcome = o;
            ++calls;
        });
        QVERIFY(!outcome); // asynchronous: never called before evaluate returns
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(calls, 1);
        QCOMPARE(outcome->verdict, Verdict::Pass);
        QCOMPARE(outcome->measured, 0.280);
        QVERIFY(qFuzzyCompare(outcome->limit, 0.300));

        // The newest sample is a gap: no data, not a pass.
        hub.ingest({ { now, QStringLiteral("p99_seconds/new"), std::numeric_limits<double>::quiet_NaN() } });
        outcome.reset();
        c->evaluate(hub, [&](const MetricCondition::Outcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->verdict, Verdict::NoData);
    }
};

QTEST_GUILESS_MAIN(TestMetricCondition)
#include "tst_metriccondition.moc"
