// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

class CutoverSession;

// An undoable edit of an item's notes, owner or evidence links (evidence: one link per line). Like
// SetItemStatusCommand it is pushed after the edit was accepted, and undo records a new audited change
// back to the old text with reason "undo".
class SetItemTextCommand : public QUndoCommand {
public:
    enum class Field { Notes, Owner, Evidence };
    using ErrorHandler = std::function<void(const QString &)>;

    SetItemTextCommand(CutoverSession *session, qint64 itemId, Field field, const QString &oldText,
        const QString &newText, const QString &actor, ErrorHandler onError, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // The current text of a field of an item, in the form this command writes it.
    static QString currentText(const CutoverSession *session, qint64 itemId, Field field);
    // Writes a field through the session (audited).
    static ActionResult write(CutoverSession *session, qint64 itemId, Field field, const QString &text,
        const QString &actor, const QString &reason);

private:
    void change(const QString &text, const QString &reason);

    CutoverSession *m_session;
    qint64 m_itemId;
    Field m_field;
    QString m_oldText;
    QString m_newText;
    QString m_actor;
    ErrorHandler m_onError;
    bool m_skipFirstRedo = true;
};
