// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/RunbookChange.h"

#include <QDateTime>
#include <QString>

// One lesson learned: what we learned, the action that follows, who owns it, and the runbook change it
// makes (optional).
struct Lesson {
    qint64 id = 0;
    int position = 0;
    QString text;
    QString action;
    QString owner;
    RunbookChange change;
    QString createdBy;
    QDateTime createdAt;
};
