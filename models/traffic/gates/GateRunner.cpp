// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateRunner.h"

#include "core/Timestamps.h"
#include "traffic/gates/GateProbe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

GateRunner::GateRunner(const GateDefinition &gate, std::unique_ptr<GateProbe> probe, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_probe(std::move(probe))
    , m_next(new QTimer(this))
    , m_guard(new QTimer(this))
{
    m_next->setSingleShot(true);
    m_guard->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &GateRunner::measureOnce);
    connect(m_guard, &QTimer::timeout, this, [this]() {
        ++m_attempt; // a late answer of this attempt is ignored
        GateMeasurement m;
        m.verdict = GateMeasurement::Verdict::Error;
        m.value = tr("no result");
        m.reason = tr("The measurement gave no result within %1 ms.").arg(m_gate.timeoutMs);
        take(m);
    });
}

GateRunner::~GateRunner() = default;

void GateRunner::start()
{
    m_running = true;
    measureOnce();
}

void GateRunner::stop()
{
    m_running = false;
    ++m_attempt;
    m_next->stop();
    m_guard->stop();
}

void GateRunner::watch()
{
    if (!m_running)
        return;
    m_watching = true;
    m_finished = false;
    m_next->start(m_gate.intervalMs);
}

void GateRunner::measureOnce()
{
    if (!m_running || m_finished)
        return;
    const quint64 attempt = ++m_attempt;
    m_guard->start(m_gate.timeoutMs + 500);
    QPointer<GateRunner> self(this);
    m_probe->measure([self, attempt](const GateMeasurement &m) {
        if (!self)
            return;
        // Deliver asynchronously so a probe that answers at once still returns before we go on.
        QMetaObject::invokeMethod(
            self.data(),
            [self, attempt, m]() {
                if (!self || attempt != self->m_attempt)
                    return;
                self->m_guard->stop();
                self->take(m);
            },
            Qt::QueuedConnection);
    });
}

void GateRunner::take(GateMeasurement m)
{
    if (m_finished || !m_running)
        return;
    m.gate = m_gate.name;
    m.kind = GateDefinition::kindKey(m_gate.kind);
    if (!m.at.isValid())
        m.at = Timestamps::now();
    if (m.condition.isEmpty())
        m.condition = tr("(not evaluated)");
    Q_EMIT measured(m);

    using V = GateMeasurement::Verdict;
    if (m.verdict == V::Error) {
        ++m_consecutiveErrors;
        if (m_consecutiveErrors > m_gate.consecutiveErrorLimit) {
            finish(GateOutcome::Failed,
                tr("%1 provider errors in a row (limit %2); errors never pass. Last: %3")
                    .arg(m_consecutiveErrors)
                    .arg(m_gate.consecutiveErrorLimit)
                    .arg(m.reason));
            return;
        }
    } else {
        m_consecutiveErrors = 0;
        ++m_taken;
        const bool failed = m.verdict == V::Fail || (m.verdict == V::NoData && m_gate.noDataFails);
        const bool inconclusive
            = m.verdict == V::Inconclusive || (m.verdict == V::NoData && !m_gate.noDataFails);
        if (failed && ++m_failures > m_gate.failureLimit) {
            finish(GateOutcome::Failed,
                tr("%1 failed measurements (limit %2). Last: %3 (%4; condition %5)")
                    .arg(m_failures)
                    .arg(m_gate.failureLimit)
                    .arg(m.reason, m.value, m.condition));
            return;
        }
        if (inconclusive && ++m_inconclusive > m_gate.inconclusiveLimit) {
            finish(GateOutcome::Inconclusive,
                tr("%1 inconclusive measurements (limit %2). Last: %3")
                    .arg(m_inconclusive)
                    .arg(m_gate.inconclusiveLimit)
                    .arg(m.reason));
            return;
        }
        if (m_taken >= m_gate.count && !m_watching) {
            finish(GateOutcome::Passed,
                tr("%1 of %2 measurements passed (%3 failed, %4 inconclusive within limits)")
                    .arg(m_taken - m_failures - m_inconclusive)
                    .arg(m_taken)
                    .arg(m_failures)
                    .arg(m_inconclusive));
            return;
        }
    }
    m_next->start(m_gate.intervalMs);
}

void GateRunner::finish(GateOutcome outcome, const QString &reason)
{
    m_finished = true;
    m_next->stop();
    m_guard->stop();
    Q_EMIT finished(outcome, reason);
}
