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

    bool isEmpty() const { return goal.isEmpty() && wentWell.isEmpty() && openPoints.isEmpty(); }
};
