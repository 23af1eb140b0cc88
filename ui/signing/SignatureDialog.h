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
class QTimer;
class UserIdentity;

// An electronic signature, asked for in one dialog: it shows what is signed (the act, the record, the
// meaning, who signs and when: the manifestation, and the exact statement), the key (from the settings;
// another key file can be chosen, also a public key whose private half is in ssh-agent), a passphrase
// field when the key has one, and Sign / Cancel. Signing runs on a worker thread (ssh-keygen) with a
// busy indicator; a refusal (wrong passphrase, a key the allowed signers lack, the four-eyes rule) is
// shown in the dialog and nothing typed is lost. In a `declared` session nothing is signed with a key:
// the dialog says "identities declared, not verified" and records the act with the declared principal.
// "Signed by" names the principal the allowed-signers file maps the chosen key to (looked up on a worker
// thread whenever another key is chosen), or says that the key is not in that file.
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
    // Whose the chosen key is, as the header shows it (Required): the principal, "" while unknown.
    QString keyPrincipal() const { return m_keyState == KeyState::Known ? m_keyPrincipal : QString(); }
    bool isLookingUpKey() const { return m_keyState == KeyState::Reading; }

    void reject() override;

private:
    enum class KeyState { NoKey, NoAllowedSigners, Reading, Known, NotAllowed, Unreadable };

    void sign();
    void lookUpKey(); // whose the chosen key is, on a worker thread
    void setKeyOwner(KeyState state, const QString &principal, const QString &problem);
    QString signerText() const;
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
    KeyState m_keyState = KeyState::NoKey;
    QString m_keyPrincipal;
    QString m_keyProblem;
    int m_keyLookup = 0;
    QTimer *m_keyChanged;

    QLabel *m_manifestation;
    QPlainTextEdit *m_text;
    QLabel *m_declared;
    SigningKeyField *m_key;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPushButton *m_sign;
    QPushButton *m_cancel;
};
