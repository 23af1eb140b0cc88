// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;
class SessionStore;

// Which session a file holds, stable across copies and renames: the QUuid stored in the meta table
// (key session_id) when the session was created; a session without one (made by another tool) is named
// by the hash of its first audit record, and a file without any record by its path.
class SessionIdentity {
public:
    static QString of(SessionStore *store);
    // Stores a new session id inside the caller's open write transaction; false with *error on failure.
    static bool assign(const QSqlDatabase &db, QString *error);
};
