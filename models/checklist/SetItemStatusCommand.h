// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

class CutoverSession;

// An undoable status change of one checklist item. It is pushed only after the change was made and
// accepted by the session, so its first redo() does nothing. Undo is not an erasure: it records a new,
// audited change back to the old status (reason "undo"); the audit trail stays append-only.
// Undo covers one's own edit only: when the item was changed since (signed off by a second person,
// or changed by someone else), undo is refused and the command dropped; a sign-off is withdrawn by its
// signer (SignOffCommand), never by undoing the completion under it.
// A failed undo/redo reports through onError and marks the command obsolete so the stack drops it.
class SetItemStatusCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const QString &)>;

    SetItemStatusCommand(CutoverSession *session, qint64 itemId, ItemStatus oldStatus,
        const QString &oldSkipReason, ItemStatus newStatus, const QString &newReason, const QString &actor,
        ErrorHandler onError, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    // Sets status if the item, as stored inside the write transaction, is still as this command left it
    // (expected status, completed by expectedCompletedBy unless that is null, not signed off).
    void change(
        ItemStatus status, const QString &reason, ItemStatus expected, const QString &expectedCompletedBy);

    CutoverSession *m_session;
    qint64 m_itemId;
    ItemStatus m_oldStatus;
    QString m_oldSkipReason;
    ItemStatus m_newStatus;
    ItemStatus m_resultStatus; // what the change really set (done -> awaiting sign-off)
    QString m_resultCompletedBy;
    QString m_newReason;
    QString m_actor;
    ErrorHandler m_onError;
    bool m_skipFirstRedo = true;
};
