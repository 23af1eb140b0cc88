// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/SessionTrafficStatus.h"

#include "store/SessionSchema.h"
#include "store/SessionStore.h"
#include "traffic/CutoverEngine.h"
#include "traffic/TrafficStore.h"

#include <QHash>

namespace {

QString statusVerdict(GateMeasurement::Verdict v)
{
    switch (v) {
    case GateMeasurement::Verdict::Pass:
        return QStringLiteral("pass");
    case GateMeasurement::Verdict::Fail:
        return QStringLiteral("fail");
    case GateMeasurement::Verdict::Inconclusive:
    case GateMeasurement::Verdict::NoData:
    case GateMeasurement::Verdict::Error:
        return QStringLiteral("inconclusive");
    }
    return QStringLiteral("inconclusive");
}

bool sameGates(const QList<TrafficStatus::Gate> &a, const QList<TrafficStatus::Gate> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i).name != b.at(i).name || a.at(i).verdict != b.at(i).verdict
            || a.at(i).detail != b.at(i).detail)
            return false;
    return true;
}

bool sameStatus(const TrafficStatus &a, const TrafficStatus &b)
{
    return a.configured == b.configured && a.percentNew == b.percentNew && a.step == b.step
        && a.stepCount == b.stepCount && a.stepLabel == b.stepLabel && a.problem == b.problem
        && sameGates(a.gates, b.gates);
}

}

SessionTrafficStatus::SessionTrafficStatus(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_status = read(m_store);
}

void SessionTrafficStatus::refresh()
{
    const TrafficStatus next = read(m_store);
    if (sameStatus(next, m_status))
        return;
    m_status = next;
    Q_EMIT changed();
}

TrafficStatus SessionTrafficStatus::read(SessionStore *store)
{
    TrafficStatus status;
    if (!SessionSchema::hasTable(store->database(), QStringLiteral("traffic_state")))
        return status; // a session without the traffic tables
    TrafficStore traffic(store);
    StepPlan plan;
    QString backendId;
    QJsonObject config;
    const bool hasPlan = traffic.loadPlan(&plan) && !plan.steps.isEmpty();
    const bool hasBackend = traffic.loadBackend(&backendId, &config);
    if (!hasPlan || !hasBackend)
        return status; // nothing is shown as real before a plan with a backend exists
    status.configured = true;
    status.stepCount = int(plan.steps.size());

    const TrafficStore::State state = traffic.loadState();
    const CutoverEngine::State engineState = CutoverEngine::stateFromKey(state.state);
    status.step = state.stepIndex >= 0 ? qMin(state.stepIndex + 1, status.stepCount) : 0;
    status.stepLabel = CutoverEngine::stateLabel(engineState);
    if (engineState == CutoverEngine::State::Holding && state.stepIndex >= 0
        && state.stepIndex < status.stepCount && plan.steps.at(state.stepIndex).holdSeconds < 0)
        status.stepLabel = tr("awaiting promotion");

    // The split in force: what the backend confirmed last; a later error or drift is the problem shown.
    const QList<TrafficStore::Event> events = traffic.events();
    status.percentNew = state.percentNew;
    for (const TrafficStore::Event &e : events) {
        if (e.kind == QLatin1String("confirmed")) {
            status.percentNew = e.percentNew;
            status.problem.clear();
        } else if (e.kind == QLatin1String("error")) {
            status.problem = tr("The change to %1 % new failed: %2").arg(e.percentNew).arg(e.detail);
        } else if (e.kind == QLatin1String("drift")) {
            status.percentNew = e.percentNew;
            status.problem
                = tr("The backend reports %1 % new, which the cockpit did not set.").arg(e.percentNew);
        } else if (e.kind == QLatin1String("reconcile")) {
            status.problem.clear();
        }
    }

    // The gates of the current step: the latest measurement of each, in the plan's order; gates not
    // measured yet are pending (or running while the engine runs gates).
    const int stepIndex = state.stepIndex;
    if (stepIndex >= 0 && stepIndex < status.stepCount) {
        QHash<QString, GateMeasurement> latest;
        for (const GateMeasurement &m : traffic.measurements())
            if (m.stepIndex == stepIndex)
                latest.insert(m.gate, m);
        for (const GateDefinition &g : plan.steps.at(stepIndex).gates) {
            TrafficStatus::Gate gate;
            gate.name = g.name;
            const auto it = latest.constFind(g.name);
            if (it == latest.constEnd()) {
                gate.verdict = engineState == CutoverEngine::State::Gating ? QStringLiteral("running")
                                                                           : QStringLiteral("pending");
            } else {
                gate.verdict = engineState == CutoverEngine::State::Gating
                        && it->verdict != GateMeasurement::Verdict::Fail
                    ? QStringLiteral("running")
                    : statusVerdict(it->verdict);
                QStringList parts;
                if (!it->value.isEmpty())
                    parts << it->value;
                if (!it->condition.isEmpty())
                    parts << it->condition;
                if (parts.isEmpty() && !it->reason.isEmpty())
                    parts << it->reason;
                gate.detail = parts.join(QStringLiteral(" — "));
            }
            status.gates.append(gate);
        }
    }
    return status;
}
