// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/CutoverSession.h"
#include "checklist/ItemStatus.h"
#include "checklist/SetItemTextCommand.h"
#include "core/ActionResult.h"

#include <QObject>
#include <QUndoStack>

class CutoverSession;

// The checklist actions of one person on one session, with undo/redo. Every action goes to the
// session (which checks the rules and audits it); only accepted changes reach the undo stack.
// Every refusal or failure, including those of undo and redo, is also emitted as actionFailed so
// that the window can show it.
class ChecklistActions : public QObject {
    Q_OBJECT
public:
    explicit ChecklistActions(CutoverSession *session, QObject *parent = nullptr);

    CutoverSession *session() const { return m_session; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The principal who acts here (models/identity): never a typed name.
    QString actor() const { return m_actor; }
    // Another principal than before starts with an empty undo stack (undo covers one's own edits).
    void setActor(const QString &actor);

    ActionResult setStatus(qint64 itemId, ItemStatus status, const QString &reason = {});
    // open -> in progress -> done; a failed item goes back to in progress. Finished items stay.
    ActionResult advanceStatus(qint64 itemId);
    // A sign-off is its own act by a second person: the actor signs (the core refuses the completer). It
    // goes on the undo stack: undo withdraws it, as the signer's recorded act.
    ActionResult signOff(qint64 itemId);
    // The electronic signature of a sign-off (the statement comes from the session: signOffStatement). A
    // declared one goes on the undo stack like the plain sign-off; a signed one is final (withdrawn only
    // by its signer, with a reason).
    ActionResult signOff(qint64 itemId, const ElectronicSignature &signature);
    // Skipping an item that needs a sign-off is a signed act (skipStatement); not undoable.
    ActionResult skip(qint64 itemId, const ElectronicSignature &signature, const QString &reason);
    // The actor withdraws their own sign-off (refused for anyone else's).
    ActionResult withdrawSignOff(qint64 itemId, const QString &reason);
    ActionResult setText(qint64 itemId, SetItemTextCommand::Field field, const QString &text);

    static bool nextStatus(ItemStatus current, ItemStatus *next);

Q_SIGNALS:
    void actionFailed(const QString &message);

private:
    ActionResult report(const ActionResult &result);
    ActionResult changeStatus(qint64 itemId, ItemStatus status, const QString &reason,
        const CutoverSession::Precondition &precondition);

    CutoverSession *m_session;
    QUndoStack m_undoStack;
    QString m_actor;
};
