// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/TrustStore.h"

#include "trust/SessionManifest.h"

#include <QCryptographicHash>
#include <QSettings>

namespace {

// One file shared by the cockpit and cutoverctl, whatever the application name.
QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("cutover-cockpit"),
        QStringLiteral("trust"));
}

// A session id may hold a path: the settings key is its hash.
QString keyOf(const QString &sessionId)
{
    return QStringLiteral("sessions/")
        + QString::fromLatin1(
            QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

}

QString TrustStore::trustedHash(const QString &sessionId) const
{
    return settings().value(keyOf(sessionId) + QStringLiteral("/manifest")).toString();
}

bool TrustStore::isTrusted(const SessionManifest &manifest) const
{
    return manifest.isEmpty() || trustedHash(manifest.sessionId()) == manifest.hash();
}

void TrustStore::trust(const SessionManifest &manifest)
{
    QSettings s = settings();
    s.setValue(keyOf(manifest.sessionId()) + QStringLiteral("/manifest"), manifest.hash());
    s.setValue(keyOf(manifest.sessionId()) + QStringLiteral("/session"), manifest.sessionId());
    s.sync();
}

void TrustStore::revoke(const SessionManifest &manifest)
{
    QSettings s = settings();
    s.remove(keyOf(manifest.sessionId()));
    s.sync();
}
