// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SigningSettingsDialog.h"

#include "signing/SigningSettings.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QWidget *fileRow(QWidget *parent, QLineEdit *edit, const QString &title)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *choose = new QPushButton(QCoreApplication::translate("SigningSettingsDialog", "Choose…"), row);
    layout->addWidget(choose);
    QObject::connect(choose, &QPushButton::clicked, row, [parent, edit, title] {
        const QString start
            = edit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : edit->text();
        const QString path = QFileDialog::getOpenFileName(parent, title, start);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

}

SigningSettingsDialog::SigningSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(this))
    , m_allowed(new QLineEdit(this))
{
    setObjectName(QStringLiteral("signingSettingsDialog"));
    setWindowTitle(tr("Signing keys"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Your signing key (a private key file, or KEY.pub of a key in ssh-agent) and "
                               "the OpenSSH allowed-signers file that says whose key is whose. Both stay "
                               "outside the session files."),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_key->setObjectName(QStringLiteral("settingsKeyFile"));
    m_allowed->setObjectName(QStringLiteral("settingsAllowedSigners"));
    form->addRow(tr("Signing &key:"), fileRow(this, m_key, tr("Signing key")));
    form->addRow(tr("&Allowed signers:"), fileRow(this, m_allowed, tr("Allowed signers")));
    layout->addLayout(form);
    for (const char *variable : { "COCKPIT_SIGNING_KEY", "COCKPIT_ALLOWED_SIGNERS" }) {
        if (qEnvironmentVariableIsEmpty(variable))
            continue;
        auto *note = new QLabel(tr("%1 is set in the environment; it is used instead of the setting.")
                                    .arg(QLatin1String(variable)),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_key->setText(SigningSettings::keyFile());
    m_allowed->setText(SigningSettings::allowedSignersFile());
    resize(620, sizeHint().height());
}

void SigningSettingsDialog::accept()
{
    SigningSettings::setKeyFile(m_key->text().trimmed());
    SigningSettings::setAllowedSignersFile(m_allowed->text().trimmed());
    QDialog::accept();
}
