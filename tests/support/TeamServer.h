// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/PostgresProcess.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A team's PostgreSQL server for the team tests and cockpit-bench: a PostgresProcess on loopback with
// scram-sha-256, the database "cutover", login roles (alice, bob, carol unless told otherwise; each one's
// password is "<name>-secret") whose passwords are only in a pgpass file, and an environment for the
// processes that log in as them (HOME, XDG_CONFIG_HOME and PGPASSFILE in a temporary folder). The pgpass
// entries match any port on 127.0.0.1, so a relay in front of the server (TcpRelay) logs in the same way.
class TeamServer {
public:
    struct Result {
        int code = -1;
        QString out;
        QString err;
    };

    // `unlisted`: people among `people` whose password is left out of the pgpass file (the client has to
    // ask for it).
    explicit TeamServer(const QStringList &people
        = { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") },
        const QStringList &unlisted = {});

    // Starts the server and sets up the database, the roles and the pgpass file; false with *error set.
    bool start(QString *error);
    PostgresProcess &server() { return *m_server; }
    QProcessEnvironment environment() const { return m_env; }
    QString homePath(const QString &name) const { return m_home.filePath(name); }

    // postgresql://USER@127.0.0.1:PORT/cutover?session=SESSION (the address a person uses).
    QString address(const QString &user, const QString &session = QStringLiteral("night")) const;
    // The database as the server's superuser, over the Unix socket (team init, grants).
    QString adminAddress() const;
    // The cutoverctl commands that set the database up for team sessions: `team init`, then `team grant`
    // for each (person, lead|member|viewer).
    QList<QStringList> setupCommands(const QList<std::pair<QString, QString>> &grants) const;
    // psql as `user` over TCP with the password from the pgpass file.
    Result psql(const QString &user, const QString &sql) const;
    // psql as the superuser over the Unix socket.
    Result adminPsql(const QString &sql, const QString &database = QStringLiteral("cutover")) const;

private:
    Result runPsql(const QStringList &args) const;

    QStringList m_people;
    QStringList m_unlisted;
    std::unique_ptr<PostgresProcess> m_server;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
