// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/SessionIdentity.h"

#include "store/SessionStore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

QString SessionIdentity::of(SessionStore *store)
{
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("session_id"));
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY seq LIMIT 1")) && q.next())
        return QStringLiteral("audit:") + q.value(0).toString();
    return QStringLiteral("file:") + QFileInfo(store->path()).absoluteFilePath();
}

bool SessionIdentity::assign(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("session_id"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}
