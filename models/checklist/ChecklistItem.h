// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One row of the checklist as stored in the session.
struct ChecklistItem {
    qint64 id = 0;
    qint64 phaseId = 0;
    int position = 0;
    QString task;
    QString expected;
    QString owner;
    ItemStatus status = ItemStatus::Open;
    QString skipReason;
    QDateTime plannedStart;
    int plannedMinutes = 0;
    QDateTime actualStart;
    QDateTime actualEnd;
    QString notes;
    QStringList evidence;
    bool signOffRequired = false;
    QString completedBy;
    QString signedOffBy;
};

struct Phase {
    qint64 id = 0;
    int position = 0;
    QString name;
};
