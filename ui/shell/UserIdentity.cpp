// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserIdentity.h"

#include "signing/SigningSettings.h"
#include "signing/SshKeygen.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString settingsKey = QStringLiteral("user/name");
}

UserIdentity::UserIdentity(QObject *parent)
    : QObject(parent)
    , m_principal(Principal::fromOperatingSystem(QSettings().value(settingsKey).toString()))
{
    refreshSigningKey();
}

void UserIdentity::refreshSigningKey()
{
    m_keyPath = SigningSettings::keyFile();
    m_keyFingerprint.clear();
    const int lookup = ++m_keyLookup;
    Q_EMIT changed();
    if (m_keyPath.isEmpty())
        return;
    // ssh-keygen runs off the GUI thread; a later refresh makes this answer stale.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, lookup] {
        watcher->deleteLater();
        if (lookup != m_keyLookup)
            return;
        m_keyFingerprint = watcher->result();
        if (!m_principal.proven) // a proven principal keeps the fingerprint of the key it proved itself with
            m_principal.keyFingerprint = m_keyFingerprint;
        Q_EMIT changed();
    });
    watcher->setFuture(QtConcurrent::run([path = m_keyPath] {
        QString error;
        return SshKeygen::fingerprint(path, &error);
    }));
}

void UserIdentity::setDisplayName(const QString &name, bool remember)
{
    const QString n = name.trimmed();
    if (remember)
        QSettings().setValue(settingsKey, n);
    if (n == m_principal.displayName)
        return;
    m_principal.displayName = n;
    Q_EMIT changed();
}

void UserIdentity::setProven(const QString &principal, const QString &keyFingerprint)
{
    const bool other = principal != m_principal.name;
    m_principal.name = principal;
    m_principal.keyFingerprint = keyFingerprint;
    m_principal.proven = true;
    if (other)
        Q_EMIT nameChanged(m_principal.name);
    Q_EMIT changed();
}

void UserIdentity::resetToOperatingSystem()
{
    const Principal os = Principal::fromOperatingSystem(m_principal.displayName);
    const bool other = os.name != m_principal.name;
    m_principal = os;
    m_server.clear();
    if (other)
        Q_EMIT nameChanged(m_principal.name);
    Q_EMIT changed();
}

void UserIdentity::setServerLogin(const QString &role, const QString &server)
{
    const bool other = role != m_principal.name;
    m_principal.name = role;
    m_principal.host = server;
    m_server = server;
    if (other)
        Q_EMIT nameChanged(m_principal.name);
    Q_EMIT changed();
}
