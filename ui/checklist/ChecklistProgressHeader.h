// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class PhaseListModel;
class QLabel;
class QProgressBar;

// The line above the checklist: the shown phase's name with its progress, and the overall progress.
class ChecklistProgressHeader : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistProgressHeader(PhaseListModel *phases, QWidget *parent = nullptr);

    // 0 = all phases.
    void showPhase(qint64 phaseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PhaseListModel *m_phases;
    qint64 m_phaseId = 0;
    QLabel *m_title;
    QProgressBar *m_phaseProgress;
    QLabel *m_overallLabel;
    QProgressBar *m_overallProgress;
};
