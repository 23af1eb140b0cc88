// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SampleBatchDigest.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <charconv>

QString SampleBatchDigest::valueText(double value)
{
    if (value != value)
        return QString();
    if (value == 0) // SQLite reads a stored -0.0 back as 0
        return QStringLiteral("0");
    return QString::number(value, 'g', 17);
}

namespace {

// One row of a series as the digest sorts and writes it.
struct SeriesRow {
    qint64 t;
    QString value; // valueText(), ASCII
};

// A series' rows in the digest's order (t, then value text; ASCII text compares the same as its bytes).
void sortRows(QList<SeriesRow> &rows)
{
    const auto before
        = [](const SeriesRow &a, const SeriesRow &b) { return a.t != b.t ? a.t < b.t : a.value < b.value; };
    // Samples arrive in time order: most series are sorted already.
    if (!std::is_sorted(rows.cbegin(), rows.cend(), before))
        std::sort(rows.begin(), rows.end(), before);
}

void appendAscii(QByteArray &out, const QString &ascii)
{
    const qsizetype at = out.size();
    out.resize(at + ascii.size());
    char *p = out.data() + at;
    for (const QChar c : ascii)
        *p++ = char(c.unicode());
}

}

// The rows are grouped by series (few per batch) instead of sorted whole: each series' name is encoded once
// and its lines are hashed as one block, which gives the same bytes as sorting all lines.
SampleBatchDigest SampleBatchDigest::of(QList<MetricSample> rows)
{
    SampleBatchDigest d;
    d.count = rows.size();
    QHash<QString, qsizetype> groupOf;
    QList<QList<SeriesRow>> groups;
    for (const MetricSample &s : std::as_const(rows)) {
        auto it = groupOf.constFind(s.series);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(s.series, groups.size());
            groups.append(QList<SeriesRow>());
        }
        groups[*it].append(SeriesRow { s.t, valueText(s.value) });
    }
    if (!rows.isEmpty()) {
        const auto [earliest, latest] = std::minmax_element(rows.cbegin(), rows.cend(),
            [](const MetricSample &a, const MetricSample &b) { return a.t < b.t; });
        d.tFrom = earliest->t;
        d.tTo = latest->t;
    }
    d.series = groups.size();

    // Series in the order of their UTF-8 bytes; two names with the same bytes (possible only with invalid
    // UTF-16) are one series of lines, as they were when every line was sorted.
    struct Series {
        QByteArray name;
        qsizetype group;
    };
    QList<Series> order;
    order.reserve(groups.size());
    for (auto it = groupOf.constBegin(); it != groupOf.constEnd(); ++it)
        order.append(Series { it.key().toUtf8(), it.value() });
    std::sort(order.begin(), order.end(), [](const Series &a, const Series &b) {
        return a.name != b.name ? a.name < b.name : a.group < b.group;
    });

    QCryptographicHash h(QCryptographicHash::Sha256);
    QCryptographicHash one(QCryptographicHash::Sha256);
    QByteArray lines;
    char digits[24];
    for (qsizetype i = 0; i < order.size();) {
        const QByteArray &name = order.at(i).name;
        QList<SeriesRow> seriesRows = std::move(groups[order.at(i).group]);
        for (++i; i < order.size() && order.at(i).name == name; ++i)
            seriesRows.append(groups.at(order.at(i).group));
        sortRows(seriesRows);
        lines.resize(0);
        lines.reserve(seriesRows.size() * (name.size() + 40));
        for (const SeriesRow &r : std::as_const(seriesRows)) {
            lines += name;
            lines += '\t';
            const auto written = std::to_chars(digits, digits + sizeof digits, r.t);
            lines.append(digits, written.ptr - digits);
            lines += '\t';
            appendAscii(lines, r.value);
            lines += '\n';
        }
        h.addData(lines);
        one.addData(lines);
        d.bySeries.insert(QString::fromUtf8(name), QString::fromLatin1(one.result().toHex().left(16)));
        one.reset();
    }
    d.sha256 = QString::fromLatin1(h.result().toHex());
    return d;
}
