// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a PostgreSQL server enforces for a team session, whatever client writes to it (the cockpit, cutoverctl
// or psql): the rules live in the session's schema as triggers whose functions run with a fixed search_path.
//
// - The audit trail is append-only; every record's actor is the role the connection authenticated as
//   (session_user), and each record follows the head of the chain (seq + 1, prev_hash = the head's hash),
//   so two writers cannot fork it or leave a gap. Each record notifies the session's channel (LISTEN), so
//   other cockpits re-read at once instead of polling.
// - Four eyes on the server: an item is completed and signed off only as the logged-in role, never signed
//   off by the role that completed it; a log entry is never edited or deleted, and is verified only by a
//   role other than its author, as that role.
// - Roles: the group roles cutover_lead, cutover_member and cutover_viewer (`cutoverctl team init`,
//   `team grant`); viewers may only read.
class TeamSchema {
public:
    static QString leadRole() { return QStringLiteral("cutover_lead"); }
    static QString memberRole() { return QStringLiteral("cutover_member"); }
    static QString viewerRole() { return QStringLiteral("cutover_viewer"); }
    // Owns the session's write functions (SECURITY DEFINER); cannot log in. Leads are members (to install
    // the functions), but cutover_lead does not inherit its privileges: a lead writes through the functions
    // like a member unless it explicitly takes the role (SET ROLE).
    static QString ownerRole() { return QStringLiteral("cutover_owner"); }
    // The LISTEN channel of a session: its schema's name.
    static QString channel(const QString &schema) { return schema; }

    // The SQL call that takes a session's write lock (held to the end of the transaction), for the schema
    // the expression names: what SessionStore::beginWrite and the server's own triggers wait on.
    static QString writeLock(const QString &schemaExpression);

    // Database level, idempotent: the three group roles (needs a role that may create roles).
    static bool initDatabase(const QSqlDatabase &db, QString *error);
    // Session level, inside the caller's transaction, in this order: what the tables need beyond the
    // migrations (a session's rows can be written now, in anyone's name: an import copies them verbatim),
    // then the rules (the triggers above and the grants to the group roles), in force for every row after.
    static bool installSessionTables(const QSqlDatabase &db, const QString &schema, QString *error);
    static bool installSessionRules(const QSqlDatabase &db, const QString &schema, QString *error);
    // Whether the connection's role may create a team session here (a lead, or a superuser); false with
    // *error saying why not (not a lead, or the database has no team roles yet).
    static bool mayCreateSessions(const QSqlDatabase &db, QString *error);
    // Grants or revokes a role's membership in a group ("lead", "member", "viewer").
    static bool grant(const QSqlDatabase &db, const QString &role, const QString &as, QString *error);
    static bool revoke(const QSqlDatabase &db, const QString &role, QString *error);
    // The sessions (schema names without the cutover_ prefix) a database holds.
    static QStringList sessions(const QSqlDatabase &db, QString *error);

    // The statements installSessionTables and installSessionRules run (for the tests and docs).
    static QStringList sessionTableStatements(const QString &schema);
    static QStringList sessionRuleStatements(const QString &schema);
    // The write functions, the audit rule that goes with them and the grants (part of the rules; also what
    // upgradeSessions installs into a session made before them). Idempotent.
    static QStringList writeApiStatements(const QString &schema);
    // Brings every session of the database to the current write functions (each in its own transaction);
    // *upgraded names those it changed. Run by `team init`, as a role that may change every session.
    static bool upgradeSessions(QSqlDatabase &db, QStringList *upgraded, QString *error);
};
