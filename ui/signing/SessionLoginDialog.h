// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity/SessionLogin.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class SigningKeyField;

// Opening a session whose signatures are required: the person proves who they are once, by signing a
// fresh challenge with their key (verified against the allowed signers; ssh-keygen runs on a worker
// thread). Accepted with the proof; rejected means "open read-only". Without a key or an allowed-signers
// file it says so and offers the settings.
class SessionLoginDialog : public QDialog {
    Q_OBJECT
public:
    SessionLoginDialog(const QString &sessionName, const QString &sessionId, QWidget *parent = nullptr);

    SessionLogin::Proof proof() const { return m_proof; }
    SigningKeyField *key() const { return m_key; }
    QString errorText() const;
    void reject() override;

private:
    void signIn();
    void updateReadiness();

    QString m_sessionId;
    SessionLogin::Proof m_proof;
    int m_generation = 0;
    QLabel *m_missing;
    SigningKeyField *m_key;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPushButton *m_signIn;
};
