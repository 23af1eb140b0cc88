// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Where a session lives: a file path (a .cutover SQLite file, the default for one person and for archives)
// or a team session on a PostgreSQL server, named in libpq's URI form
//
//     postgresql://[user@]host[:port]/dbname?session=NAME[&sslmode=...&sslcert=...]
//
// (host may instead be a socket directory, as `?host=/run/postgresql` or a percent-encoded path). A
// password never belongs in the address: it would end up in recent sessions, logs and shell history, so an
// address carrying one is refused; libpq finds it in ~/.pgpass, PGPASSFILE or PGPASSWORD. Each session of a
// database is a schema of its own, "cutover_NAME".
class SessionAddress {
public:
    enum class Kind { Invalid, File, Postgres };

    // True when the text is meant as a PostgreSQL address (it starts with postgresql:// or postgres://).
    static bool isPostgres(const QString &text);
    // Parses a session address; Invalid with *error (when given) naming what is wrong.
    static SessionAddress parse(const QString &text, QString *error);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isTeam() const { return m_kind == Kind::Postgres; }

    QString filePath() const { return m_filePath; }

    // PostgreSQL: empty user/host mean libpq's defaults (the OS account, the local socket); port 0 is 5432.
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    // The session within the database; empty for an address of the database alone (team init, grant).
    QString sessionName() const { return m_session; }
    // The PostgreSQL schema that holds the session's tables.
    QString schemaName() const;
    // libpq connection keywords other than host, port, user and dbname (sslmode, sslcert, ...), in the
    // address's order; as QPSQL's connect options ("k=v;k=v").
    QList<QPair<QString, QString>> options() const { return m_options; }
    QString connectOptions() const;

    // The address as the user gives it again (canonical; never a password).
    QString toString() const;
    // Short, for people: "host:port/dbname" (the socket directory for a local socket), no role, no session.
    QString serverLabel() const;
    // For a list of sessions: "NAME on host:port/dbname" for a team session, the file's name otherwise.
    static QString displayName(const QString &text);
    // The same address with another session (or none).
    SessionAddress withSession(const QString &session) const;

    // The session name rules: a lower-case letter, then up to 47 lower-case letters, digits or '_' (so the
    // schema name needs no quoting on any server).
    static bool isValidSessionName(const QString &name);

private:
    Kind m_kind = Kind::Invalid;
    QString m_filePath;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_session;
    QList<QPair<QString, QString>> m_options;
};
