// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateMeasurement.h"

#include <QWidget>

class CutoverEngine;
class IncidentLog;
class QLabel;
class QToolButton;

// The live part of the status strip, fed by the session's engine and incident log: the split in force,
// the step, the last gate verdict (green / amber / red), drift or a backend error (red), the verified
// log entries, and the Roll back button. Shows "traffic not configured" instead of numbers until a
// backend and a plan exist.
class RuntimeIndicators : public QWidget {
    Q_OBJECT
public:
    RuntimeIndicators(CutoverEngine *engine, IncidentLog *log, QWidget *parent = nullptr);
    void setRollbackAction(QAction *action);
    // Any other problem of the running session (e.g. a step announcement that could not be written), in red.
    void showProblem(const QString &message);
    QString splitText() const;
    QString stepText() const;
    QString gateText() const;
    QString problemText() const;
    QString logText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTraffic();
    void updateGate();
    void updateLog();

    CutoverEngine *m_engine;
    IncidentLog *m_log;
    bool m_haveOutcome = false;
    GateOutcome m_outcome = GateOutcome::Passed;
    QString m_outcomeReason;
    bool m_haveMeasurement = false;
    GateMeasurement m_lastMeasurement; // the newest one, also from before this window opened
    QString m_otherProblem;
    QLabel *m_split;
    QLabel *m_step;
    QLabel *m_gate;
    QLabel *m_problem;
    QLabel *m_logCount;
    QToolButton *m_rollback;
};
