// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// What a failed write to a team session's PostgreSQL server means, in the words a person needs: the one
// place where a SQLSTATE (QSqlError::nativeErrorCode) becomes a message. The session's own rules (four eyes,
// an append-only trail) keep the server's wording; a lock the server gave up waiting for, a role whose access
// was revoked, a concurrent writer and a lost connection get their own. A session file's errors pass through.
class ServerError {
public:
    enum class Kind { Other, Busy, AccessDenied, Conflict, ConnectionLost, ReadOnly };
    // When it failed: reading changes nothing; a write that failed before COMMIT changed nothing; a
    // connection lost during COMMIT leaves the outcome unknown until the server is reached again.
    enum class Stage { Reading, Writing, Committing };

    static Kind kind(const QSqlError &error);
    // The message for `error` on `db` (a write that failed at `stage`); the role it names is the one the
    // connection logged in as.
    static QString describe(const QSqlDatabase &db, const QSqlError &error, Stage stage = Stage::Writing);
    // The same for a statement that failed where its connection is not at hand.
    static QString describe(const QSqlQuery &failed);
    // The message when the logged-in role may not read or not change the session (its team role was
    // revoked, or it is a viewer).
    enum class Access { Read, Write };
    static QString accessRevoked(const QString &role, const QString &session, Access access);
    // The message when a role that may read (a viewer) tries to change the session.
    static QString readOnlyRole(const QString &role, const QString &session);

private:
    static QString describe(bool postgres, const QString &role, const QSqlError &error, Stage stage);
};
