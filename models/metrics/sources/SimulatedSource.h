// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/MetricSource.h"

#include <QRandomGenerator>
#include <QTimer>

// Demo data, and labelled as such everywhere (isSimulated(), display name "Simulated (demo)"):
// error ratio, p50/p95/p99 latency and request rate of both paths with plausible noise. The request
// rate follows the split set with setSplitPercent(); setNewPathDegraded() makes the new path worse,
// so a demo can show a failing gate.
class SimulatedSource : public MetricSource {
    Q_OBJECT
public:
    explicit SimulatedSource(QObject *parent = nullptr, quint32 seed = 42);

    QString kind() const override { return QStringLiteral("simulated"); }
    QString displayName() const override;
    bool isSimulated() const override { return true; }
    QStringList seriesNames() const override;
    void start() override;
    void stop() override;

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void setSplitPercent(double percentNew) { m_split = percentNew; }
    void setNewPathDegraded(bool degraded) { m_degraded = degraded; }
    void setTotalRequestRate(double perSecond) { m_totalRate = perSecond; }

    // Samples of all series at time t (ms); deterministic for a given seed and call order.
    QList<MetricSample> sampleAt(qint64 t);
    // A history from..to at the given step, emitted in one batch (demo backfill).
    void emitHistory(qint64 from, qint64 to, qint64 stepMs);

private:
    void tick();

    QTimer m_timer;
    QRandomGenerator m_random;
    double m_split = 0;
    double m_totalRate = 400;
    bool m_degraded = false;
};
