// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholder/StatusSnapshot.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QVBoxLayout;

// The stakeholder view (cutover-cockpit --viewer): a big read-only board of where the cutover stands —
// live or rehearsal, the split and step, gate verdicts, progress per phase, the latest verified updates
// and the result. It has no control that acts; it only shows the snapshots it is given.
class StakeholderBoard : public QWidget {
    Q_OBJECT
public:
    explicit StakeholderBoard(QWidget *parent = nullptr);

public Q_SLOTS:
    void setSnapshot(const StatusSnapshot &snapshot);

private:
    QLabel *m_title;
    QLabel *m_mode;
    QLabel *m_split;
    QLabel *m_step;
    QLabel *m_gates;
    QLabel *m_progress;
    QVBoxLayout *m_phaseBars;
    QLabel *m_result;
    QListWidget *m_entries;
    QLabel *m_stamp;
};
