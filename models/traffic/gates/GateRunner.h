// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateDefinition.h"
#include "traffic/gates/GateMeasurement.h"

#include <QObject>

#include <memory>

class GateProbe;
class QTimer;

// Runs one gate: takes its measurements at its interval through a probe and decides with its limits
// (see GateDefinition). Every measurement is emitted; finished is emitted once with the outcome and the
// reason. A probe that does not answer within the gate's timeout counts as a provider error.
// After it passed, watch() keeps it measuring at its interval (during a step's hold, as Argo Rollouts'
// background analysis does): the counts go on, and finished is emitted again only when the failure or
// inconclusive limit is exceeded.
class GateRunner : public QObject {
    Q_OBJECT
public:
    GateRunner(const GateDefinition &gate, std::unique_ptr<GateProbe> probe, QObject *parent = nullptr);
    ~GateRunner() override;

    void start();
    void stop();
    // Goes on measuring after a pass until stop(); finished(Failed|Inconclusive) when a limit is exceeded.
    void watch();
    bool isWatching() const { return m_watching; }
    const GateDefinition &gate() const { return m_gate; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void measured(const GateMeasurement &measurement);
    void finished(GateOutcome outcome, const QString &reason);

private:
    void measureOnce();
    void take(GateMeasurement m);
    void finish(GateOutcome outcome, const QString &reason);

    GateDefinition m_gate;
    std::unique_ptr<GateProbe> m_probe;
    QTimer *m_next;
    QTimer *m_guard;
    quint64 m_attempt = 0;
    int m_taken = 0;
    int m_failures = 0;
    int m_inconclusive = 0;
    int m_consecutiveErrors = 0;
    bool m_finished = false;
    bool m_running = false;
    bool m_watching = false;
};
