// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SignOffCommand.h"

#include "checklist/CutoverSession.h"

#include <QCoreApplication>

SignOffCommand::SignOffCommand(
    CutoverSession *session, qint64 itemId, const QString &signer, ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_itemId(itemId)
    , m_signer(signer)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("SignOffCommand", "sign off \"%1\"").arg(session->item(itemId).task));
}

void SignOffCommand::undo()
{
    const ActionResult r = m_session->withdrawSignOff(m_itemId, m_signer,
        QCoreApplication::translate("SignOffCommand", "sign-off withdrawn by its signer (undo)"));
    if (!r) {
        setObsolete(true);
        if (m_onError)
            m_onError(r.error);
    }
}

void SignOffCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    const ActionResult r = m_session->signOff(m_itemId, m_signer, QStringLiteral("redo"));
    if (!r) {
        setObsolete(true);
        if (m_onError)
            m_onError(r.error);
    }
}
