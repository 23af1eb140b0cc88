// SPDX-License-Identifier: GPL-3.0-or-later
// SampleBatchDigest is the digest docs/audit-format.md section 7 defines (every line sorted, the SHA-256 of
// all lines and of each series' lines), checked against a plain implementation of that text on batches with
// ties, gaps, signed zeros, unsorted times and several series. The value text is valueText()'s
// (QString::number(v, 'g', 17)); the document says "%.17g", which rounds an exact tie at the 17th digit to
// even where Qt rounds it up (6843926537.76953125: ...7695312 vs ...7695313), so it is not used here.
#include "metrics/SampleBatchDigest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The documented digest, written from the document (the value text aside, see above).
SampleBatchDigest documented(const QList<MetricSample> &rows)
{
    QList<QByteArray> lines;
    for (const MetricSample &s : rows) {
        const QByteArray value = SampleBatchDigest::valueText(s.value).toUtf8();
        lines.append(s.series.toUtf8() + '\t' + QByteArray::number(s.t) + '\t' + value + '\n');
    }
    // Sorting whole lines by bytes is the documented order (series, t, value): TAB sorts before every
    // character of a name, but not before a longer number, so the three parts are compared one by one.
    std::sort(lines.begin(), lines.end(), [](const QByteArray &a, const QByteArray &b) {
        const QList<QByteArray> x = a.split('\t');
        const QList<QByteArray> y = b.split('\t');
        if (x.at(0) != y.at(0))
            return x.at(0) < y.at(0);
        if (x.at(1).toLongLong() != y.at(1).toLongLong())
            return x.at(1).toLongLong() < y.at(1).toLongLong();
        return x.at(2) < y.at(2);
    });
    SampleBatchDigest d;
    d.count = rows.size();
    QSet<QString> names;
    QMap<QByteArray, QByteArray> bySeries;
    QByteArray all;
    for (const QByteArray &line : std::as_const(lines)) {
        all += line;
        bySeries[line.split('\t').at(0)] += line;
    }
    for (const MetricSample &s : rows)
        names.insert(s.series);
    d.series = names.size();
    for (auto it = bySeries.constBegin(); it != bySeries.constEnd(); ++it)
        d.bySeries.insert(QString::fromUtf8(it.key()),
            QString::fromLatin1(
                QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex().left(16)));
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex());
    if (!rows.isEmpty()) {
        d.tFrom = std::min_element(rows.cbegin(), rows.cend(), [](auto &a, auto &b) { return a.t < b.t; })->t;
        d.tTo = std::max_element(rows.cbegin(), rows.cend(), [](auto &a, auto &b) { return a.t < b.t; })->t;
    }
    return d;
}

void compareDigests(const SampleBatchDigest &got, const SampleBatchDigest &want)
{
    QCOMPARE(got.count, want.count);
    QCOMPARE(got.series, want.series);
    QCOMPARE(got.tFrom, want.tFrom);
    QCOMPARE(got.tTo, want.tTo);
    QCOMPARE(got.bySeries, want.bySeries);
    QCOMPARE(got.sha256, want.sha256);
}

constexpr double gap = std::numeric_limits<double>::quiet_NaN();

MetricSample sample(qint64 t, const QString &series, double value)
{
    MetricSample s;
    s.t = t;
    s.series = series;
    s.value = value;
    return s;
}

}

class TestSampleBatchDigest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesTheDocument_data()
    {
        QTest::addColumn<QList<MetricSample>>("rows");
        QTest::newRow("empty") << QList<MetricSample>();
        QTest::newRow("one") << QList<MetricSample> { sample(1000, QStringLiteral("error_ratio/new"), 0.25) };
        QTest::newRow("interleaved series in time order")
            << QList<MetricSample> { sample(1000, QStringLiteral("p99_seconds/old"), 0.1),
                   sample(1000, QStringLiteral("error_ratio/new"), 0.001),
                   sample(2000, QStringLiteral("p99_seconds/old"), 0.3),
                   sample(2000, QStringLiteral("error_ratio/new"), 1e-7) };
        QTest::newRow("times out of order, ties on t, gaps, zeros")
            << QList<MetricSample> { sample(3000, QStringLiteral("a"), 2.5),
                   sample(1000, QStringLiteral("a"), gap), sample(3000, QStringLiteral("a"), 10.0),
                   sample(3000, QStringLiteral("a"), -0.0), sample(2000, QStringLiteral("a"), 0.0),
                   sample(3000, QStringLiteral("a"), 2.5), sample(1000, QStringLiteral("a"), -1e300),
                   sample(1000, QStringLiteral("b"), 1e21) };
        QTest::newRow("names whose bytes sort otherwise than their UTF-16")
            << QList<MetricSample> { sample(1, QStringLiteral("m/\uff21"), 1),
                   sample(1, QStringLiteral("m/\U0001F680"), 2), sample(1, QStringLiteral("m/a"), 3),
                   sample(1, QStringLiteral("m"), 4), sample(1, QStringLiteral("m/"), 5) };
    }

    void matchesTheDocument()
    {
        QFETCH(QList<MetricSample>, rows);
        compareDigests(SampleBatchDigest::of(rows), documented(rows));
    }

    void randomBatches()
    {
        QRandomGenerator random(20261202);
        const QStringList names = { QStringLiteral("error_ratio/old"), QStringLiteral("error_ratio/new"),
            QStringLiteral("p99_seconds/old"), QStringLiteral("p99_seconds/new"), QStringLiteral("rate") };
        for (int batch = 0; batch < 40; ++batch) {
            QList<MetricSample> rows;
            const int n = random.bounded(1, 3000);
            const qint64 t0 = 1795688186000;
            for (int i = 0; i < n; ++i) {
                double value = random.generateDouble() * std::pow(10.0, random.bounded(-12, 12));
                if (random.bounded(50) == 0)
                    value = gap;
                else if (random.bounded(50) == 0)
                    value = -value;
                // Mostly in time order, as a source delivers; sometimes late or on the same millisecond.
                const qint64 t = t0 + (random.bounded(20) == 0 ? random.bounded(n) : i) * 1000;
                rows.append(sample(t, names.at(random.bounded(int(names.size()))), value));
            }
            compareDigests(SampleBatchDigest::of(rows), documented(rows));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleBatchDigest)
#include "tst_samplebatchdigest.moc"
