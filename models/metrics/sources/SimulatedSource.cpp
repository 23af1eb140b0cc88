// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/SimulatedSource.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

SimulatedSource::SimulatedSource(QObject *parent, quint32 seed)
    : MetricSource(parent)
    , m_random(seed)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedSource::tick);
}

QString SimulatedSource::displayName() const
{
    return QCoreApplication::translate("SimulatedSource", "Simulated (demo)");
}

QStringList SimulatedSource::seriesNames() const
{
    QStringList names;
    for (const QString &path : { MetricSeries::oldPath(), MetricSeries::newPath() }) {
        for (const char *m : { "error_ratio", "p50_seconds", "p95_seconds", "p99_seconds", "request_rate" })
            names.append(MetricSeries::name(QLatin1String(m), path));
    }
    return names;
}

void SimulatedSource::start()
{
    if (isRunning())
        return;
    setRunning(true);
    m_timer.start();
    tick();
}

void SimulatedSource::stop()
{
    m_timer.stop();
    setRunning(false);
}

void SimulatedSource::tick()
{
    Q_EMIT samplesReady(sampleAt(QDateTime::currentMSecsSinceEpoch()));
}

QList<MetricSample> SimulatedSource::sampleAt(qint64 t)
{
    auto noise = [this](double scale) { return (m_random.generateDouble() - 0.5) * 2.0 * scale; };
    const double minute = double(t) / 60000.0;
    const double wave = std::sin(minute / 7.0); // slow daily-traffic-like drift
    QList<MetricSample> out;
    const double newShare = std::clamp(m_split, 0.0, 100.0) / 100.0;
    for (const QString &path : { MetricSeries::oldPath(), MetricSeries::newPath() }) {
        const bool isNew = path == MetricSeries::newPath();
        const double share = isNew ? newShare : 1.0 - newShare;
        const double rate = m_totalRate * (1.0 + 0.15 * wave) * share + noise(3.0) * share;
        const double baseLatency = isNew ? 0.045 : 0.050;
        const double degrade = (isNew && m_degraded) ? 2.5 : 1.0;
        double errorRatio = (isNew ? 0.0012 : 0.0018) * degrade * degrade + std::abs(noise(0.0008));
        if (m_random.bounded(400) == 0)
            errorRatio += 0.01; // an occasional short spike, as real services have
        const double p50 = (baseLatency + noise(0.004)) * degrade;
        const double p95 = p50 * (2.2 + noise(0.15));
        const double p99 = p95 * (1.6 + noise(0.2));
        const bool noTraffic = share <= 0.0;
        auto v = [noTraffic](double x) { return noTraffic ? std::numeric_limits<double>::quiet_NaN() : x; };
        out.append({ t, MetricSeries::name(QStringLiteral("error_ratio"), path), v(errorRatio) });
        out.append({ t, MetricSeries::name(QStringLiteral("p50_seconds"), path), v(p50) });
        out.append({ t, MetricSeries::name(QStringLiteral("p95_seconds"), path), v(p95) });
        out.append({ t, MetricSeries::name(QStringLiteral("p99_seconds"), path), v(p99) });
        out.append({ t, MetricSeries::name(QStringLiteral("request_rate"), path), std::max(0.0, rate) });
    }
    return out;
}

void SimulatedSource::emitHistory(qint64 from, qint64 to, qint64 stepMs)
{
    QList<MetricSample> all;
    for (qint64 t = from; t <= to; t += std::max<qint64>(1, stepMs))
        all.append(sampleAt(t));
    if (!all.isEmpty())
        Q_EMIT samplesReady(all);
}
