// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The states of a checklist item. AwaitingSignOff is "done" by the person who did the work, but not yet
// signed off by a second person; only a sign-off turns it into Done.
enum class ItemStatus { Open, InProgress, AwaitingSignOff, Done, Failed, Skipped };

namespace ItemStatusText {
// Stable key stored in the database and used on the command line ("in-progress").
QString key(ItemStatus status);
// Parses a key; returns false for an unknown key.
bool fromKey(const QString &key, ItemStatus *status);
// Human-readable, translated label.
QString label(ItemStatus status);
// Items that no longer need work (done, skipped); failed still needs attention.
bool isFinished(ItemStatus status);
}
