// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SigningKeyField.h"

#include "identity/SigningKeyFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SigningKeyField::SigningKeyField(QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_row(new QWidget(parent))
    , m_keyLabel(new QLabel(tr("Signing &key:"), parent))
    , m_key(new QLineEdit(m_row))
    , m_choose(new QPushButton(tr("Choose…"), m_row))
    , m_passphraseLabel(new QLabel(tr("&Passphrase:"), parent))
    , m_passphrase(new QLineEdit(parent))
{
    auto *layout = new QHBoxLayout(m_row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_key->setObjectName(QStringLiteral("signingKeyFile"));
    m_key->setPlaceholderText(tr("a private key file, or KEY.pub of a key in ssh-agent"));
    layout->addWidget(m_key, 1);
    layout->addWidget(m_choose);
    m_keyLabel->setBuddy(m_key);
    form->addRow(m_keyLabel, m_row);
    m_passphrase->setObjectName(QStringLiteral("signingPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    connect(m_key, &QLineEdit::textChanged, this, &SigningKeyField::updatePassphrase);
    connect(m_key, &QLineEdit::textChanged, this, [this] { Q_EMIT keyFileChanged(keyFile()); });
    connect(m_passphrase, &QLineEdit::editingFinished, this, &SigningKeyField::passphraseEntered);
    connect(m_choose, &QPushButton::clicked, this, [this, parent] {
        const QString start = keyFile().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : keyFile();
        const QString path = QFileDialog::getOpenFileName(parent, tr("Signing key"), start);
        if (!path.isEmpty())
            m_key->setText(path);
    });
    updatePassphrase();
}

QString SigningKeyField::keyFile() const
{
    return m_key->text().trimmed();
}

void SigningKeyField::setKeyFile(const QString &path)
{
    m_key->setText(path);
}

QByteArray SigningKeyField::passphrase() const
{
    return m_passphrase->isHidden() ? QByteArray() : m_passphrase->text().toUtf8();
}

void SigningKeyField::clearPassphrase()
{
    m_passphrase->clear();
}

void SigningKeyField::setEnabled(bool enabled)
{
    m_key->setEnabled(enabled);
    m_choose->setEnabled(enabled);
    m_passphrase->setEnabled(enabled);
}

void SigningKeyField::setVisible(bool visible)
{
    m_visible = visible;
    m_keyLabel->setVisible(visible);
    m_row->setVisible(visible);
    updatePassphrase();
}

void SigningKeyField::updatePassphrase()
{
    // Read from the file itself (no process): an OpenSSH key with a cipher, or a PEM key marked ENCRYPTED.
    const bool needs = m_visible && !keyFile().isEmpty() && SigningKeyFile::needsPassphrase(keyFile());
    m_passphraseLabel->setVisible(needs);
    m_passphrase->setVisible(needs);
    if (!needs)
        m_passphrase->clear();
}
