// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SetItemStatusCommand.h"

#include "checklist/CutoverSession.h"

#include <QCoreApplication>

SetItemStatusCommand::SetItemStatusCommand(CutoverSession *session, qint64 itemId, ItemStatus oldStatus,
    const QString &oldSkipReason, ItemStatus newStatus, const QString &newReason, const QString &actor,
    ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_itemId(itemId)
    , m_oldStatus(oldStatus)
    , m_oldSkipReason(oldSkipReason)
    , m_newStatus(newStatus)
    , m_newReason(newReason)
    , m_actor(actor)
    , m_onError(std::move(onError))
{
    const ChecklistItem now = session->item(itemId);
    m_resultStatus = now.status;
    m_resultCompletedBy = now.completedBy;
    const QString task = now.task;
    setText(QCoreApplication::translate("SetItemStatusCommand", "set \"%1\" to %2")
                .arg(task, ItemStatusText::label(newStatus)));
}

namespace {

// Empty when item is as the command left it; otherwise why undo/redo is refused.
QString notAsLeft(const ChecklistItem &item, ItemStatus expected, const QString &expectedCompletedBy)
{
    const bool sameCompleter = expectedCompletedBy.isNull() || item.completedBy == expectedCompletedBy;
    if (item.status == expected && item.signedOffBy.isEmpty() && sameCompleter)
        return QString();
    const QString who = item.signedOffBy.isEmpty()
        ? QString()
        : QCoreApplication::translate("SetItemStatusCommand", " (signed off by %1)").arg(item.signedOffBy);
    return QCoreApplication::translate("SetItemStatusCommand",
        "\"%1\" was changed since: it is now %2%3. Undo takes back only your own last change; "
        "a sign-off is withdrawn by the person who gave it.")
        .arg(item.task, ItemStatusText::label(item.status).toLower(), who);
}

}

void SetItemStatusCommand::undo()
{
    // An item awaiting sign-off is reached by marking it done again; a skip needs its old reason back.
    ItemStatus target = m_oldStatus == ItemStatus::AwaitingSignOff ? ItemStatus::Done : m_oldStatus;
    change(target, target == ItemStatus::Skipped ? m_oldSkipReason : QStringLiteral("undo"), m_resultStatus,
        m_resultCompletedBy);
}

void SetItemStatusCommand::redo()
{
    if (m_skipFirstRedo) { // the change was made before the command was pushed
        m_skipFirstRedo = false;
        return;
    }
    change(m_newStatus, m_newStatus == ItemStatus::Skipped ? m_newReason : QStringLiteral("redo"),
        m_oldStatus, QString());
}

void SetItemStatusCommand::change(
    ItemStatus status, const QString &reason, ItemStatus expected, const QString &expectedCompletedBy)
{
    const ActionResult r = m_session->setStatus(
        m_itemId, status, m_actor, reason, [expected, expectedCompletedBy](const ChecklistItem &current) {
            return notAsLeft(current, expected, expectedCompletedBy);
        });
    if (!r) {
        setObsolete(true);
        if (m_onError)
            m_onError(r.error);
    }
}
