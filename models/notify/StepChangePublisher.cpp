// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/StepChangePublisher.h"

#include "notify/Outbox.h"
#include "traffic/CutoverEngine.h"

StepChangePublisher::StepChangePublisher(CutoverEngine *engine, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_outbox(outbox)
    , m_lastPercent(engine->percentInForce())
    , m_lastState(int(engine->state()))
{
    connect(engine, &CutoverEngine::splitChanged, this, &StepChangePublisher::onSplitChanged);
    connect(engine, &CutoverEngine::stateChanged, this,
        [this](CutoverEngine::State state, const QString &reason) { onStateChanged(int(state), reason); });
}

void StepChangePublisher::onSplitChanged(int percentNew)
{
    if (!m_engine)
        return;
    // Only a change the engine made and the backend confirmed: while shifting. A rollback is announced
    // once it is complete; a split re-read on open or reconcile is no change.
    const bool shifting = m_engine->state() == CutoverEngine::State::Shifting;
    if (shifting && percentNew != m_lastPercent)
        publish(percentNew, m_lastReason);
    m_lastPercent = percentNew;
}

void StepChangePublisher::onStateChanged(int state, const QString &reason)
{
    const int previous = m_lastState;
    m_lastState = state;
    if (state == int(CutoverEngine::State::Shifting))
        m_lastReason = reason;
    if (state == int(CutoverEngine::State::RolledBack) && previous == int(CutoverEngine::State::RollingBack)
        && m_engine)
        publish(m_engine->percentInForce(), tr("Rolled back to the old path: %1").arg(reason));
}

void StepChangePublisher::publish(int percentNew, const QString &note)
{
    if (!m_engine || !m_outbox)
        return;
    const int stepCount = qMax(1, int(m_engine->plan().steps.size()));
    const int step = qBound(0, m_engine->stepIndex() + 1, stepCount);
    const ActionResult r = m_outbox->publishStepChange(step, stepCount, percentNew, m_actor, note);
    if (!r) {
        Q_EMIT failed(r.error);
        return;
    }
    ++m_published;
    m_outbox->kick();
}
