// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/MetricSource.h"

#include <QTimer>

class QIODevice;

// Replays recorded samples from CSV lines "time,series,value" (an optional header line "time,series,value").
// time is Unix epoch milliseconds or ISO 8601 (e.g. 2026-11-26T10:00:00Z); an empty value or "NaN" is
// a gap. With speed 0 everything is emitted at once; otherwise samples are paced by their time
// differences divided by speed. With retime, times are shifted so that the first sample is "now".
class CsvReplaySource : public MetricSource {
    Q_OBJECT
public:
    struct Config {
        QString filePath;
        double speed = 0;
        bool retime = false;
        int batchMs = 100; // pacing granularity
    };

    explicit CsvReplaySource(const Config &config, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("csv"); }
    QString displayName() const override;
    QStringList seriesNames() const override { return m_seriesNames; }
    void start() override;
    void stop() override;

    // Parses the whole CSV; on the first bad line returns false with *error naming the line and problem.
    static bool parse(QIODevice &device, QList<MetricSample> *samples, QString *error);

private:
    void emitDue();

    Config m_config;
    QList<MetricSample> m_samples;
    QStringList m_seriesNames;
    int m_next = 0;
    qint64 m_shift = 0;
    qint64 m_startWall = 0;
    QTimer m_timer;
};
