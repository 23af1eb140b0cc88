// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <limits>

// One measurement of one series: time in ms since the epoch (UTC), the series name and the value.
// A NaN value is a gap (no data, or a value the source could not express as a number); never a zero.
// Series are named "<metric>/<path>", path "old" or "new", e.g. "error_ratio/new", "p99_seconds/old".
struct MetricSample {
    qint64 t = 0;
    QString series;
    double value = std::numeric_limits<double>::quiet_NaN();

    bool isGap() const { return !(value == value); }
    bool operator==(const MetricSample &o) const
    {
        return t == o.t && series == o.series && (value == o.value || (isGap() && o.isGap()));
    }
};

Q_DECLARE_METATYPE(MetricSample)
Q_DECLARE_METATYPE(QList<MetricSample>)

// Helpers for the "<metric>/<path>" naming convention.
namespace MetricSeries {
inline QString name(const QString &metric, const QString &path)
{
    return metric + QLatin1Char('/') + path;
}
inline QString metricOf(const QString &series)
{
    const int slash = series.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? series : series.left(slash);
}
inline QString pathOf(const QString &series)
{
    const int slash = series.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : series.mid(slash + 1);
}
inline QString oldPath()
{
    return QStringLiteral("old");
}
inline QString newPath()
{
    return QStringLiteral("new");
}
}
