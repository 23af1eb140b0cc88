// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A runbook template: phases with tasks, as imported from Markdown/CSV/JSON or built in.
// Plain value types; a session is created from one.
struct RunbookTask {
    QString task;
    QString expected;
    QString owner;
    bool signOffRequired = false;
    int plannedMinutes = 0; // 0 = not planned
};

struct RunbookPhase {
    QString name;
    QList<RunbookTask> tasks;
};

struct Runbook {
    QString name;
    QString language; // "en" or "de"
    QList<RunbookPhase> phases;

    int taskCount() const
    {
        int n = 0;
        for (const RunbookPhase &p : phases)
            n += int(p.tasks.size());
        return n;
    }
};
