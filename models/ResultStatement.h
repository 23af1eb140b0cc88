// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The result statement written after the cutover: what the goal was, what went well, what is open.
struct ResultStatement {
    QString goal;
    QString wentWell;
    QString openPoints;
    QString updatedBy; // who saved it last (set by the store)
    QDateTime updatedAt;
    QString finalBy; // who marked it final (then it is announced once and no longer edited)
    QDateTime finalAt;

    bool isFinal() const { return !finalBy.isEmpty(); }

    bool isEmpty() const { return goal.isEmpty() && wentWell.isEmpty() && openPoints.isEmpty(); }
};
