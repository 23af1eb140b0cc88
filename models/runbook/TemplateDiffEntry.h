// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One difference between two runbooks: a task added, removed, or changed in one field.
struct TemplateDiffEntry {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString phase;
    QString task;
    QString field; // Changed: "expected", "owner", "signoff", "minutes"
    QString oldValue;
    QString newValue;

    QString kindKey() const
    {
        return kind == Kind::Added  ? QStringLiteral("added")
            : kind == Kind::Removed ? QStringLiteral("removed")
                                    : QStringLiteral("changed");
    }
};
