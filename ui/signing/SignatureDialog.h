// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "signing/ElectronicSignature.h"
#include "signing/SignaturePolicy.h"

#include <QDialog>

#include <functional>

class QLabel;
class SigningKeyField;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class UserIdentity;

// An electronic signature, asked for in one dialog: it shows what is signed (the act, the record, the
// meaning, who signs and when: the manifestation, and the exact statement), the key (from the settings;
// another key file can be chosen, also a public key whose private half is in ssh-agent), a passphrase
// field when the key has one, and Sign / Cancel. Signing runs on a worker thread (ssh-keygen) with a
// busy indicator; a refusal (wrong passphrase, a key the allowed signers lack, the four-eyes rule) is
// shown in the dialog and nothing typed is lost. In a `declared` session nothing is signed with a key:
// the dialog says "identities declared, not verified" and records the act with the declared principal.
//
// The act is made through the caller's models/actions object: compose makes the statement for a
// principal (on the GUI thread, it reads the session), submit makes the signed act.
class SignatureDialog : public QDialog {
    Q_OBJECT
public:
    using Compose = std::function<SignatureStatement(const QString &principal, const QString &displayName)>;
    using Submit = std::function<ActionResult(const ElectronicSignature &signature)>;

    SignatureDialog(const QString &title, SignaturePolicy policy, UserIdentity *identity, Compose compose,
        Submit submit, QWidget *parent = nullptr);
    ~SignatureDialog() override;

    SigningKeyField *key() const { return m_key; }
    // The message of the last refusal ("" when none).
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    QPushButton *signButton() const { return m_sign; }
    // The signature the act was made with, once accepted.
    ElectronicSignature signature() const { return m_signature; }

    void reject() override;

private:
    void sign();
    void signed_(const ElectronicSignature &signature, const QString &error);
    void showStatement();
    void updateManifestation(); // the manifestation and the statement text of m_statement
    void setBusy(bool busy);
    void showError(const QString &text);

    SignaturePolicy m_policy;
    UserIdentity *m_identity;
    Compose m_compose;
    Submit m_submit;
    SignatureStatement m_statement;
    ElectronicSignature m_signature;
    bool m_busy = false;
    int m_generation = 0;

    QLabel *m_manifestation;
    QPlainTextEdit *m_text;
    QLabel *m_declared;
    SigningKeyField *m_key;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPushButton *m_sign;
    QPushButton *m_cancel;
};
