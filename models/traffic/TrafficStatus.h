// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What stakeholders see of the traffic shift: the split in force, the current step and the last gate
// verdicts. configured is false until a traffic plan with a backend exists; nothing is shown as real then.
struct TrafficStatus {
    struct Gate {
        QString name;
        QString verdict; // "pass", "fail", "inconclusive", "running", "pending"
        QString detail; // measured value and condition, e.g. "error rate 0.2 % < 1 %"
    };

    bool configured = false;
    int percentNew = 0; // the split really in force (read back from the backend), new path
    int step = 0; // 1-based; 0 before the first step
    int stepCount = 0;
    QString stepLabel; // e.g. "holding 10 min", "awaiting promotion", "rolled back"
    QString problem; // drift, backend error; empty when none
    QList<Gate> gates;
};
