// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

class CutoverSession;

// A sign-off given in this window, on the signer's own undo stack: undo withdraws it (an audited act
// of the signer, item.signoff.withdraw), redo signs off again. Pushed after the sign-off was accepted,
// so its first redo() does nothing. Only the signer acts through it; the session refuses anyone else.
class SignOffCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const QString &)>;

    SignOffCommand(CutoverSession *session, qint64 itemId, const QString &signer, ErrorHandler onError,
        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    CutoverSession *m_session;
    qint64 m_itemId;
    QString m_signer;
    ErrorHandler m_onError;
    bool m_skipFirstRedo = true;
};
