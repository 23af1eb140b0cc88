// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// The prompt for a team server's password (SessionOpener): the password of ROLE on SERVER, kept in memory
// for this run; "Remember in the system keychain" (off by default, unavailable when the keychain is switched
// off) keeps it for the next runs once the server takes it. After the server refused a password that came
// from the keychain, it also offers to forget that one there (ticked).
class ServerPasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Why { Asked, Refused, KeychainRefused };
    ServerPasswordDialog(const QString &role, const QString &server, Why why, QWidget *parent = nullptr);

    QString password() const;
    bool rememberInKeychain() const;
    bool forgetFromKeychain() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QCheckBox *m_forget;
};
