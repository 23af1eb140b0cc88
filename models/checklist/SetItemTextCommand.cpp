// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SetItemTextCommand.h"

#include "checklist/CutoverSession.h"

#include <QCoreApplication>

namespace {

QString fieldLabel(SetItemTextCommand::Field field)
{
    switch (field) {
    case SetItemTextCommand::Field::Notes:
        return QCoreApplication::translate("SetItemTextCommand", "notes");
    case SetItemTextCommand::Field::Owner:
        return QCoreApplication::translate("SetItemTextCommand", "owner");
    case SetItemTextCommand::Field::Evidence:
        return QCoreApplication::translate("SetItemTextCommand", "evidence");
    }
    return QString();
}

}

SetItemTextCommand::SetItemTextCommand(CutoverSession *session, qint64 itemId, Field field,
    const QString &oldText, const QString &newText, const QString &actor, ErrorHandler onError,
    QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_itemId(itemId)
    , m_field(field)
    , m_oldText(oldText)
    , m_newText(newText)
    , m_actor(actor)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("SetItemTextCommand", "edit %1 of \"%2\"")
                .arg(fieldLabel(field), session->item(itemId).task));
}

QString SetItemTextCommand::currentText(const CutoverSession *session, qint64 itemId, Field field)
{
    const ChecklistItem item = session->item(itemId);
    switch (field) {
    case Field::Notes:
        return item.notes;
    case Field::Owner:
        return item.owner;
    case Field::Evidence:
        return item.evidence.join(QLatin1Char('\n'));
    }
    return QString();
}

ActionResult SetItemTextCommand::write(CutoverSession *session, qint64 itemId, Field field,
    const QString &text, const QString &actor, const QString &reason)
{
    switch (field) {
    case Field::Notes:
        return session->setNotes(itemId, text, actor, reason);
    case Field::Owner:
        return session->setOwner(itemId, text, actor, reason);
    case Field::Evidence:
        return session->setEvidence(itemId, text.split(QLatin1Char('\n')), actor, reason);
    }
    return ActionResult::failure(QStringLiteral("unknown field"));
}

void SetItemTextCommand::undo()
{
    change(m_oldText, QStringLiteral("undo"));
}

void SetItemTextCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    change(m_newText, QStringLiteral("redo"));
}

void SetItemTextCommand::change(const QString &text, const QString &reason)
{
    const ActionResult r = write(m_session, m_itemId, m_field, text, m_actor, reason);
    if (!r) {
        setObsolete(true);
        if (m_onError)
            m_onError(r.error);
    }
}
