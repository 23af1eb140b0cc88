// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The change a lesson makes to the runbook for the next cutover. A task is referred to by its phase name
// and its task text (or its 1-based number within the phase); both are matched case-insensitively.
//  - Add + Task:        add task `newText` (expected result `expected`) at the end of `phase` (created if
//  new)
//  - Change + Task:     rename task `task` to `newText`
//  - Remove + Task:     remove task `task`
//  - Add/Change + Expected: set the expected result of `task` to `expected`
//  - Remove + Expected: clear the expected result of `task`
struct RunbookChange {
    enum class Kind { None, Add, Change, Remove };
    enum class Target { Task, Expected };

    Kind kind = Kind::None;
    Target target = Target::Task;
    QString phase;
    QString task; // the existing task (Change/Remove, and Expected changes)
    QString newText; // the new task text (Add + Task, Change + Task)
    QString expected; // the expected result (Add + Task, Add/Change + Expected)

    bool isNone() const { return kind == Kind::None; }

    static QString kindKey(Kind k)
    {
        switch (k) {
        case Kind::Add:
            return QStringLiteral("add");
        case Kind::Change:
            return QStringLiteral("change");
        case Kind::Remove:
            return QStringLiteral("remove");
        case Kind::None:
            break;
        }
        return QString();
    }
    static bool kindFromKey(const QString &key, Kind *k)
    {
        if (key.isEmpty() || key == QLatin1String("none"))
            *k = Kind::None;
        else if (key == QLatin1String("add"))
            *k = Kind::Add;
        else if (key == QLatin1String("change"))
            *k = Kind::Change;
        else if (key == QLatin1String("remove"))
            *k = Kind::Remove;
        else
            return false;
        return true;
    }
    static QString targetKey(Target t)
    {
        return t == Target::Expected ? QStringLiteral("expected") : QStringLiteral("task");
    }
    static bool targetFromKey(const QString &key, Target *t)
    {
        if (key.isEmpty() || key == QLatin1String("task"))
            *t = Target::Task;
        else if (key == QLatin1String("expected"))
            *t = Target::Expected;
        else
            return false;
        return true;
    }
};
