// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerError.h"

#include "store/SessionConnection.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerError", text);
}

// The server's own sentence, without libpq's continuation lines and Qt's driver suffix.
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    text = end < 0 ? text : text.left(end).trimmed();
    // libpq may have printed the server's last words itself and leave the error empty.
    return text.isEmpty() ? tr("no answer from the server") : text;
}

}

ServerError::Kind ServerError::kind(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // No SQLSTATE: the client library itself failed, i.e. there was no server to answer.
    if (code.isEmpty())
        return Kind::ConnectionLost;
    // Class 08 (connection exception), 57P01-57P03 (the server shuts down, crashed, or is starting up).
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return Kind::ConnectionLost;
    // 55P03 lock_not_available (lock_timeout), 57014 query_canceled (statement_timeout).
    if (code == QLatin1String("55P03") || code == QLatin1String("57014"))
        return Kind::Busy;
    // 40001 serialization_failure, 40P01 deadlock_detected.
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Kind::Conflict;
    // 25006 read_only_sql_transaction.
    if (code == QLatin1String("25006"))
        return Kind::ReadOnly;
    // 42501 insufficient_privilege is also what the session's own rules raise (four eyes ...): those say
    // what is wrong themselves; the server's "permission denied" is about the role's grants.
    if (code == QLatin1String("42501") && serverText(error).startsWith(QLatin1String("permission denied")))
        return Kind::AccessDenied;
    return Kind::Other;
}

QString ServerError::accessRevoked(const QString &role, const QString &session, Access access)
{
    if (access == Access::Read)
        return tr("Access denied: the role %1 may not open the session %2 (its team role was revoked, or it "
                  "was never granted one; the lead can grant it with cutoverctl team grant).")
            .arg(role, session);
    return tr(
        "access denied: the role %1 may no longer change the session %2 (its team role was revoked; the "
        "lead can grant it again with cutoverctl team grant). Nothing was changed.")
        .arg(role, session);
}

QString ServerError::readOnlyRole(const QString &role, const QString &session)
{
    return tr("access denied: the role %1 may only read the session %2 (a viewer). Nothing was changed.")
        .arg(role, session);
}

QString ServerError::describe(const QSqlDatabase &db, const QSqlError &error, Stage stage)
{
    return describe(SessionConnection::isPostgres(db), db.userName(), error, stage);
}

QString ServerError::describe(const QSqlQuery &failed)
{
    const bool server = failed.driver() && failed.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return describe(server, QString(), failed.lastError(), Stage::Writing);
}

QString ServerError::describe(bool postgres, const QString &role, const QSqlError &error, Stage stage)
{
    if (!postgres)
        return error.text();
    const QString server = serverText(error);
    const Kind k = kind(error);
    if (stage == Stage::Reading) {
        switch (k) {
        case Kind::ConnectionLost:
            return tr("the connection to the server was lost (%1). Try again when the server is back.")
                .arg(server);
        case Kind::Busy:
            return tr("the server is busy and gave up waiting (%1). Try again.").arg(server);
        case Kind::AccessDenied:
            return tr("access denied for the role %1 (%2).")
                .arg(role.isEmpty() ? tr("you are logged in as") : role, server);
        default:
            return tr("the server refused: %1").arg(server);
        }
    }
    switch (k) {
    case Kind::ConnectionLost:
        if (stage == Stage::Committing)
            return tr("the connection to the server was lost during the commit (%1): whether this change was "
                      "saved is known only when the server is back; look at the session then (cutoverctl "
                      "status).")
                .arg(server);
        return tr(
            "the connection to the server was lost (%1); nothing was changed. Try again when the server "
            "is back.")
            .arg(server);
    case Kind::Busy:
        return tr(
            "the server is busy: the session is locked by another writer, and the server gave up waiting "
            "(%1); nothing was changed. Try again.")
            .arg(server);
    case Kind::Conflict:
        return tr("another writer changed the session at the same moment (%1); nothing was changed. Try "
                  "again.")
            .arg(server);
    case Kind::ReadOnly:
        return tr("the connection is read-only (%1); nothing was changed.").arg(server);
    case Kind::AccessDenied:
        return tr("access denied for the role %1 (%2): its team role was revoked, or it may only read. "
                  "Nothing was changed.")
            .arg(role.isEmpty() ? tr("you are logged in as") : role, server);
    case Kind::Other:
        break;
    }
    return tr("the server refused the change: %1. Nothing was changed.").arg(server);
}
