// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SampleBatchDigest.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

QString SampleBatchDigest::valueText(double value)
{
    if (value != value)
        return QString();
    if (value == 0) // SQLite reads a stored -0.0 back as 0
        return QStringLiteral("0");
    return QString::number(value, 'g', 17);
}

SampleBatchDigest SampleBatchDigest::of(QList<MetricSample> rows)
{
    SampleBatchDigest d;
    d.count = rows.size();
    struct Line {
        QByteArray series;
        qint64 t;
        QByteArray value;
    };
    QList<Line> lines;
    lines.reserve(rows.size());
    QSet<QString> series;
    for (const MetricSample &s : std::as_const(rows)) {
        lines.append(Line { s.series.toUtf8(), s.t, valueText(s.value).toUtf8() });
        series.insert(s.series);
        d.tFrom = lines.size() == 1 ? s.t : std::min(d.tFrom, s.t);
        d.tTo = lines.size() == 1 ? s.t : std::max(d.tTo, s.t);
    }
    d.series = series.size();
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (a.series != b.series)
            return a.series < b.series;
        if (a.t != b.t)
            return a.t < b.t;
        return a.value < b.value;
    });
    QCryptographicHash h(QCryptographicHash::Sha256);
    QCryptographicHash one(QCryptographicHash::Sha256);
    auto closeSeries = [&](const QByteArray &name) {
        d.bySeries.insert(QString::fromUtf8(name), QString::fromLatin1(one.result().toHex().left(16)));
        one.reset();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (i > 0 && lines.at(i - 1).series != l.series)
            closeSeries(lines.at(i - 1).series);
        QByteArray line = l.series;
        line += '\t';
        line += QByteArray::number(l.t);
        line += '\t';
        line += l.value;
        line += '\n';
        h.addData(line);
        one.addData(line);
    }
    if (!lines.isEmpty())
        closeSeries(lines.constLast().series);
    d.sha256 = QString::fromLatin1(h.result().toHex());
    return d;
}
