// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedBackend.h"

#include <QFile>
#include <QSaveFile>
#include <QTimer>

SimulatedBackend::SimulatedBackend()
    : m_drift(new QTimer(this))
{
    m_drift->setSingleShot(true);
    connect(m_drift, &QTimer::timeout, this, [this]() { setPercent(m_driftTo); });
}

QStringList SimulatedBackend::configure(const QJsonObject &config)
{
    QStringList problems;
    m_percent = config.value(QLatin1String("initial_percent")).toInt(0);
    m_latencyMs = config.value(QLatin1String("latency_ms")).toInt(50);
    m_failAfter = config.value(QLatin1String("fail_after")).toInt(-1);
    m_hang = config.value(QLatin1String("hang")).toBool(false);
    m_oldHealthy = config.value(QLatin1String("old_healthy")).toBool(true);
    m_stateFile = config.value(QLatin1String("state_file")).toString();
    m_driftTo = config.value(QLatin1String("drift_to")).toInt(0);
    if (m_percent < 0 || m_percent > 100)
        problems << tr("\"initial_percent\" must be between 0 and 100.");
    if (m_driftTo < 0 || m_driftTo > 100)
        problems << tr("\"drift_to\" must be between 0 and 100.");
    if (m_latencyMs < 0)
        problems << tr("\"latency_ms\" must not be negative.");
    if (!m_stateFile.isEmpty() && !QFile::exists(m_stateFile))
        setPercent(m_percent);
    const int driftAfter = config.value(QLatin1String("drift_after_ms")).toInt(0);
    if (driftAfter > 0)
        m_drift->start(driftAfter);
    return problems;
}

int SimulatedBackend::percent() const
{
    if (m_stateFile.isEmpty())
        return m_percent;
    QFile f(m_stateFile);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int p = f.readAll().trimmed().toInt(&ok);
    return ok ? p : -1;
}

void SimulatedBackend::setPercent(int percent)
{
    m_percent = percent;
    if (m_stateFile.isEmpty())
        return;
    QSaveFile f(m_stateFile);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QByteArray::number(percent) + '\n');
        f.commit();
    }
}

void SimulatedBackend::later(std::function<void()> work)
{
    if (m_hang)
        return; // scripted: never answer
    QTimer::singleShot(m_latencyMs, this, std::move(work));
}

void SimulatedBackend::apply(int percentNew, Done done)
{
    later([this, percentNew, done]() {
        if (m_failAfter >= 0 && m_changes >= m_failAfter) {
            done(TrafficResult::failure(
                tr("simulated failure (the script allows %1 changes)").arg(m_failAfter)));
            return;
        }
        ++m_changes;
        setPercent(percentNew);
        done(TrafficResult::success(
            percent(), tr("simulated: old %1, new %2").arg(100 - percentNew).arg(percentNew)));
    });
}

void SimulatedBackend::readSplit(Done done)
{
    later([this, done]() {
        const int p = percent();
        if (p < 0)
            done(TrafficResult::failure(tr("the simulated state file %1 cannot be read").arg(m_stateFile)));
        else
            done(TrafficResult::success(p, tr("simulated: old %1, new %2").arg(100 - p).arg(p)));
    });
}

void SimulatedBackend::rollback(Done done)
{
    // A rollback is a change too and fails with the script: a rehearsal of the worst case.
    apply(0, std::move(done));
}

void SimulatedBackend::checkOldPath(Done done)
{
    later([this, done]() {
        if (m_oldHealthy)
            done(TrafficResult::success(percent(), tr("simulated old path is healthy")));
        else
            done(TrafficResult::failure(tr("the simulated old path is unhealthy")));
    });
}
