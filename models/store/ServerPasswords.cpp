// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerPasswords.h"

#include "identity/OperatingSystemAccount.h"
#include "store/SessionAddress.h"

#include <QHash>
#include <QMutex>

namespace {

QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}

// The server, database and role: what a password belongs to (the session within it does not matter).
QString keyOf(const SessionAddress &address)
{
    return address.withSession(QString()).toString();
}

}

QString ServerPasswords::lookup(const SessionAddress &address)
{
    const QMutexLocker locker(&lock()); // connections are also opened on worker threads
    return passwords().value(keyOf(address));
}

void ServerPasswords::remember(const SessionAddress &address, const QString &password)
{
    const QMutexLocker locker(&lock());
    passwords().insert(keyOf(address), password);
}

void ServerPasswords::forget(const SessionAddress &address)
{
    const QMutexLocker locker(&lock());
    passwords().remove(keyOf(address));
}

bool ServerPasswords::isPasswordProblem(const QString &error)
{
    return error.contains(QLatin1String("no password supplied"))
        || error.contains(QLatin1String("password authentication failed"));
}

QString ServerPasswords::keychainKey(const SessionAddress &address)
{
    const QString role = address.user().isEmpty() ? OperatingSystemAccount::accountName() : address.user();
    return QStringLiteral("database/%1@%2").arg(role, address.serverLabel());
}
