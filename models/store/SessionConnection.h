// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

class SessionAddress;

// The one place that knows how each engine is connected to: a session file through QSQLITE, a team session
// through QPSQL (libpq finds the password in ~/.pgpass, PGPASSFILE or PGPASSWORD; a client certificate
// comes from the address's sslcert/sslkey). Used by SessionStore and by every extra connection to a
// session (the metric sample writer's thread, a watcher).
class SessionConnection {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Adds and opens connection `name` to the team session at `address` (PostgreSQL) with the session's
    // schema first on the search path (none when the address names no session). On failure the connection
    // is removed again and *error names the server and the cause.
    static QSqlDatabase openPostgres(
        const SessionAddress &address, const QString &name, Access access, QString *error);
    // Adds and opens connection `name` to a session file (no checks; SessionStore inspects files first).
    static QSqlDatabase openFile(const QString &path, const QString &name, Access access, QString *error);
    // Either of the two, by the address's kind (`text` as the user gave it).
    static QSqlDatabase open(const QString &text, const QString &name, Access access, QString *error);

    // Begins a write transaction that holds the session's write lock from its first statement, so that a
    // read of the audit head inside it stays the head until commit: BEGIN IMMEDIATE on a file; on a team
    // session BEGIN and the session's lock (TeamSchema::writeLock, which the server's triggers take too).
    // Every writer of a session (SessionStore, the metric sample writer) begins this way. `schema` names
    // the team session's schema (empty: the connection's current schema; ignored for a file).
    static bool beginWrite(const QSqlDatabase &db, const QString &schema, QString *error);

    static bool isPostgres(const QSqlDatabase &db);
    // The role the connection authenticated as (PostgreSQL's session_user); empty for a file.
    static QString sessionUser(const QSqlDatabase &db);
};
