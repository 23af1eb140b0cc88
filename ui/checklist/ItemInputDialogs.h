// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistItem.h"
#include "checklist/SetItemTextCommand.h"

class QWidget;

// The small questions an item action asks before it is made. Each returns false if the person cancelled.
// The dialogs carry object names (skipReasonDialog, notesDialog, evidenceDialog,
// ownerDialog) so that tests can answer them.
namespace ItemInputDialogs {
bool askSkipReason(QWidget *parent, const ChecklistItem &item, QString *reason);
bool askText(QWidget *parent, const ChecklistItem &item, SetItemTextCommand::Field field,
    const QString &current, QString *text);
}
