// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <limits>

class SessionStore;

// The metric samples a session recorded (table metric_samples), read synchronously on the caller's
// thread: the series, their summary and their points, reduced in the database when a series is long.
// For a report or a tool; the live cockpit reads them through SampleStore.
class SampleHistory {
public:
    explicit SampleHistory(const SessionStore *store);

    struct Stats {
        qint64 count = 0;
        double min = std::numeric_limits<double>::quiet_NaN(); // NaN when every sample is a gap
        double max = std::numeric_limits<double>::quiet_NaN();
        double mean = std::numeric_limits<double>::quiet_NaN();
        qint64 from = 0; // ms since the epoch
        qint64 to = 0;
    };

    // Whether the session has the samples table (a session from before the metrics feature has not).
    bool exists() const;
    // Every recorded series, in name order.
    bool series(QStringList *out, QString *error) const;
    bool stats(const QString &series, Stats *out, QString *error) const;
    // The first and the last sample's time over all series; false when there is none.
    bool timeRange(qint64 *from, qint64 *to) const;
    // The points (x: ms since the epoch, y: the stored value) of one series for a chart `columns` pixels
    // wide: every sample when there are at most `rawLimit`, else per bucket (a few per pixel column) its
    // minimum, mean and maximum, so no spike is lost. A gap (NULL value) becomes NaN. Stops, returning
    // false without an error, when `canceled` says so.
    bool points(const QString &series, const Stats &stats, int columns, qint64 rawLimit,
        const std::function<bool()> &canceled, QList<QPointF> *out, QString *error) const;

private:
    QSqlDatabase m_db;
};
