// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/EngineTrafficStatus.h"

#include "traffic/CutoverEngine.h"

#include <QCoreApplication>

EngineTrafficStatus::EngineTrafficStatus(CutoverEngine *engine)
    : m_engine(engine)
{
}

TrafficStatus EngineTrafficStatus::trafficStatus() const
{
    TrafficStatus status;
    if (!m_engine || m_engine->backendId().isEmpty() || m_engine->plan().steps.isEmpty())
        return status;
    status.configured = true;
    status.percentNew = m_engine->percentInForce();
    status.stepCount = int(m_engine->plan().steps.size());
    status.step = m_engine->stepIndex() + 1;
    status.stepLabel = CutoverEngine::stateLabel(m_engine->state());
    if (m_engine->state() == CutoverEngine::State::Holding && m_engine->holdIsIndefinite())
        status.stepLabel = QCoreApplication::translate("EngineTrafficStatus", "holding until promoted");
    if (m_engine->driftPercent() >= 0)
        status.problem = QCoreApplication::translate(
            "EngineTrafficStatus", "the backend reports %1 % on the new path, not %2 %")
                             .arg(m_engine->driftPercent())
                             .arg(m_engine->percentInForce());
    else if (!m_engine->lastBackendError().isEmpty())
        status.problem = m_engine->lastBackendError();
    // The latest measurement of each gate of the current step, in the order the gates first reported.
    QList<TrafficStatus::Gate> gates;
    const QList<GateMeasurement> measurements = m_engine->measurements();
    for (const GateMeasurement &m : measurements) {
        if (m.stepIndex != m_engine->stepIndex())
            continue;
        TrafficStatus::Gate gate { m.gate, GateMeasurement::verdictKey(m.verdict),
            m.condition.isEmpty() ? m.value : m.value + QStringLiteral(" / ") + m.condition };
        if (m.verdict == GateMeasurement::Verdict::NoData || m.verdict == GateMeasurement::Verdict::Error)
            gate.verdict = QStringLiteral("inconclusive");
        bool replaced = false;
        for (TrafficStatus::Gate &g : gates) {
            if (g.name == gate.name) {
                g = gate;
                replaced = true;
            }
        }
        if (!replaced)
            gates << gate;
    }
    status.gates = gates;
    return status;
}
