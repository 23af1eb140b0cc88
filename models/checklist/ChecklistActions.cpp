// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistActions.h"

#include "checklist/CutoverSession.h"
#include "checklist/SetItemStatusCommand.h"
#include "checklist/SignOffCommand.h"

ChecklistActions::ChecklistActions(CutoverSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

ActionResult ChecklistActions::report(const ActionResult &result)
{
    if (!result)
        Q_EMIT actionFailed(result.error);
    return result;
}

ActionResult ChecklistActions::setStatus(qint64 itemId, ItemStatus status, const QString &reason)
{
    return changeStatus(itemId, status, reason, {});
}

ActionResult ChecklistActions::changeStatus(
    qint64 itemId, ItemStatus status, const QString &reason, const CutoverSession::Precondition &precondition)
{
    const ChecklistItem before = m_session->item(itemId);
    const ActionResult r = m_session->setStatus(itemId, status, m_actor, reason, precondition);
    if (!r)
        return report(r);
    const ChecklistItem after = m_session->item(itemId);
    if (after.status == before.status && after.skipReason == before.skipReason)
        return r; // nothing changed, nothing to undo
    m_undoStack.push(new SetItemStatusCommand(m_session, itemId, before.status, before.skipReason, status,
        reason, m_actor, [this](const QString &e) { Q_EMIT actionFailed(e); }));
    return r;
}

bool ChecklistActions::nextStatus(ItemStatus current, ItemStatus *next)
{
    switch (current) {
    case ItemStatus::Open:
        *next = ItemStatus::InProgress;
        return true;
    case ItemStatus::InProgress:
        *next = ItemStatus::Done;
        return true;
    case ItemStatus::Failed:
        *next = ItemStatus::InProgress;
        return true;
    case ItemStatus::AwaitingSignOff:
    case ItemStatus::Done:
    case ItemStatus::Skipped:
        return false;
    }
    return false;
}

ActionResult ChecklistActions::advanceStatus(qint64 itemId)
{
    if (!m_session->hasItem(itemId))
        return report(
            ActionResult::failure(tr("There is no checklist item %1 in this session.").arg(itemId)));
    const ChecklistItem item = m_session->item(itemId);
    ItemStatus next;
    if (!nextStatus(item.status, &next))
        return report(
            ActionResult::failure(tr("\"%1\" already has the status %2; use Reopen to work on it again.")
                                      .arg(item.task, ItemStatusText::label(item.status))));
    // The click applies to the status the person saw: if the item moved on meanwhile (another person,
    // another process), the stored row decides inside the write transaction and the step is refused.
    const ItemStatus seen = item.status;
    return changeStatus(itemId, next, QString(), [seen](const ChecklistItem &now) {
        return now.status == seen
            ? QString()
            : tr("\"%1\" was changed meanwhile: it is now %2. Look at it again before you change it.")
                  .arg(now.task, ItemStatusText::label(now.status).toLower());
    });
}

ActionResult ChecklistActions::signOff(qint64 itemId)
{
    const ActionResult r = m_session->signOff(itemId, m_actor);
    if (!r)
        return report(r);
    // Undoable by the signer (the one acting in this window): undo withdraws the sign-off.
    m_undoStack.push(
        new SignOffCommand(m_session, itemId, m_actor, [this](const QString &e) { Q_EMIT actionFailed(e); }));
    return r;
}

ActionResult ChecklistActions::signOff(qint64 itemId, const ElectronicSignature &signature)
{
    const ActionResult r = m_session->signOff(itemId, signature);
    if (!r)
        return report(r);
    if (signature.isDeclared() && signature.statement.principal == m_actor)
        m_undoStack.push(new SignOffCommand(
            m_session, itemId, m_actor, [this](const QString &e) { Q_EMIT actionFailed(e); }));
    return r;
}

ActionResult ChecklistActions::skip(
    qint64 itemId, const ElectronicSignature &signature, const QString &reason)
{
    return report(m_session->skip(itemId, signature, reason));
}

ActionResult ChecklistActions::withdrawSignOff(qint64 itemId, const QString &reason)
{
    return report(m_session->withdrawSignOff(itemId, m_actor, reason));
}

void ChecklistActions::setActor(const QString &actor)
{
    // Undo covers one's own edits: another principal (compared exactly) starts with an empty undo stack.
    if (!actor.isEmpty() && !m_actor.isEmpty() && actor != m_actor)
        m_undoStack.clear();
    m_actor = actor;
}

ActionResult ChecklistActions::setText(qint64 itemId, SetItemTextCommand::Field field, const QString &text)
{
    if (!m_session->hasItem(itemId))
        return report(
            ActionResult::failure(tr("There is no checklist item %1 in this session.").arg(itemId)));
    const QString before = SetItemTextCommand::currentText(m_session, itemId, field);
    const ActionResult r = SetItemTextCommand::write(m_session, itemId, field, text, m_actor, QString());
    if (!r)
        return report(r);
    const QString after = SetItemTextCommand::currentText(m_session, itemId, field);
    if (after == before)
        return r;
    m_undoStack.push(new SetItemTextCommand(m_session, itemId, field, before, after, m_actor,
        [this](const QString &e) { Q_EMIT actionFailed(e); }));
    return r;
}
