// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ServerPasswordDialog.h"

#include "core/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ServerPasswordDialog::ServerPasswordDialog(
    const QString &role, const QString &server, Why why, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_forget(new QCheckBox(tr("&Forget the refused password in the system keychain"), this))
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Password for the team server"));
    auto *layout = new QVBoxLayout(this);
    const QString reason = why == Why::Asked ? tr("The server asks for a password.")
        : why == Why::Refused                ? tr("The server refused that password.")
                              : tr("The server refused the password kept in the system keychain.");
    auto *text
        = new QLabel(tr("%1\n\nThe password of %2 on %3 (kept in memory until the cockpit ends; put it "
                        "in ~/.pgpass, or remember it in the keychain, to be asked no more):")
                         .arg(reason, role, server),
            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_password);
    m_remember->setObjectName(QStringLiteral("rememberInKeychain"));
    m_remember->setChecked(false);
    if (!SecretStore::keychainAvailable()) {
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("The system keychain is switched off (COCKPIT_NO_KEYCHAIN)."));
    } else {
        m_remember->setToolTip(tr("Saved once the server takes the password, under the server, port, "
                                  "database and role."));
    }
    layout->addWidget(m_remember);
    m_forget->setObjectName(QStringLiteral("forgetFromKeychain"));
    m_forget->setChecked(why == Why::KeychainRefused);
    m_forget->setVisible(why == Why::KeychainRefused);
    layout->addWidget(m_forget);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::rememberInKeychain() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

bool ServerPasswordDialog::forgetFromKeychain() const
{
    return !m_forget->isHidden() && m_forget->isChecked();
}
