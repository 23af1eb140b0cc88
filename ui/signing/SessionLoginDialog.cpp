// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SessionLoginDialog.h"

#include "signing/SigningKeyField.h"
#include "signing/SigningSettings.h"
#include "signing/SigningSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

SessionLoginDialog::SessionLoginDialog(const QString &sessionName, const QString &sessionId, QWidget *parent)
    : QDialog(parent)
    , m_sessionId(sessionId)
    , m_missing(new QLabel(this))
    , m_key(nullptr)
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("sessionLoginDialog"));
    setWindowTitle(tr("Prove who you are"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("\"%1\" requires signatures: every action is recorded with the principal your "
                               "key proves. Sign a one-time challenge with your key to work in it; without "
                               "that it opens read-only.")
                                .arg(sessionName),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_missing->setObjectName(QStringLiteral("loginMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("background:#fde68a; color:#1f2937; padding:4px;"));
    layout->addWidget(m_missing);
    auto *form = new QFormLayout;
    m_key = new SigningKeyField(form, this);
    layout->addLayout(form);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b91c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_signIn->setDefault(true);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    QPushButton *settings = buttons->addButton(tr("Signing &keys…"), QDialogButtonBox::ResetRole);
    QPushButton *readOnly = buttons->addButton(tr("Open &read-only"), QDialogButtonBox::RejectRole);
    readOnly->setObjectName(QStringLiteral("loginReadOnly"));
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &SessionLoginDialog::signIn);
    connect(readOnly, &QPushButton::clicked, this, &SessionLoginDialog::reject);
    connect(settings, &QPushButton::clicked, this, [this] {
        SigningSettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_key->setKeyFile(SigningSettings::keyFile());
        updateReadiness();
    });
    m_key->setKeyFile(SigningSettings::keyFile());
    updateReadiness();
    resize(560, sizeHint().height());
}

QString SessionLoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SessionLoginDialog::reject()
{
    ++m_generation;
    m_key->clearPassphrase();
    QDialog::reject();
}

void SessionLoginDialog::updateReadiness()
{
    QStringList missing;
    if (SigningSettings::keyFile().isEmpty())
        missing << tr("no signing key is set");
    if (SigningSettings::allowedSignersFile().isEmpty())
        missing << tr("no allowed-signers file is set");
    m_missing->setText(missing.isEmpty()
            ? QString()
            : tr("Cannot prove who you are yet: %1. Set them under Signing keys…, or "
                 "open the session read-only.")
                  .arg(missing.join(QStringLiteral(", "))));
    m_missing->setVisible(!missing.isEmpty());
}

void SessionLoginDialog::signIn()
{
    m_error->hide();
    const QString key = m_key->keyFile();
    const QString allowed = SigningSettings::allowedSignersFile();
    const QByteArray passphrase = m_key->passphrase();
    const QString session = m_sessionId;
    const int generation = ++m_generation;
    m_progress->show();
    m_signIn->setEnabled(false);
    m_key->setEnabled(false);
    auto *watcher = new QFutureWatcher<SessionLogin::Proof>(this);
    connect(watcher, &QFutureWatcher<SessionLogin::Proof>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_progress->hide();
        m_signIn->setEnabled(true);
        m_key->setEnabled(true);
        const SessionLogin::Proof proof = watcher->result();
        if (!proof.ok()) {
            m_error->setText(proof.error);
            m_error->show();
            return;
        }
        m_proof = proof;
        m_key->clearPassphrase();
        accept();
    });
    watcher->setFuture(QtConcurrent::run([session, key, passphrase, allowed] {
        return SessionLogin::prove(session, key, passphrase, allowed);
    }));
}
