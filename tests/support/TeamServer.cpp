// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TeamServer.h"

#include <QFile>
#include <QProcess>

TeamServer::TeamServer(const QStringList &people, const QStringList &unlisted)
    : m_people(people)
    , m_unlisted(unlisted)
    , m_server(std::make_unique<PostgresProcess>(PostgresProcess::Network::Loopback))
{
}

bool TeamServer::start(QString *error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_home.errorString());
        return false;
    }
    if (!m_server->start(error))
        return false;
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.remove(QStringLiteral("PGPASSWORD"));
    m_env.remove(QStringLiteral("COCKPIT_SIGNING_KEY"));
    // The people: login roles with passwords; the passwords are in a pgpass file only.
    QStringList setup;
    for (const QString &who : std::as_const(m_people))
        setup << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%1-secret'").arg(who);
    setup << QStringLiteral("CREATE DATABASE cutover");
    for (const QString &sql : std::as_const(setup)) {
        const Result r = adminPsql(sql, QStringLiteral("postgres"));
        if (r.code != 0) {
            *error = QStringLiteral("%1: %2").arg(sql, r.err);
            return false;
        }
    }
    const QString pgpass = m_home.filePath(QStringLiteral("pgpass"));
    QFile f(pgpass);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(pgpass, f.errorString());
        return false;
    }
    for (const QString &who : std::as_const(m_people)) {
        if (!m_unlisted.contains(who))
            f.write(QStringLiteral("127.0.0.1:*:*:%1:%1-secret\n").arg(who).toUtf8());
    }
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_env.insert(QStringLiteral("PGPASSFILE"), pgpass);
    return true;
}

QString TeamServer::address(const QString &user, const QString &session) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/cutover?session=%3")
        .arg(user)
        .arg(m_server->port())
        .arg(session);
}

QString TeamServer::adminAddress() const
{
    return QStringLiteral("postgresql://%1@/cutover?host=%2&port=%3")
        .arg(PostgresProcess::user(), m_server->socketDir())
        .arg(m_server->port());
}

QList<QStringList> TeamServer::setupCommands(const QList<std::pair<QString, QString>> &grants) const
{
    const QString admin = adminAddress();
    QList<QStringList> commands { { QStringLiteral("team"), QStringLiteral("init"), admin } };
    for (const auto &[who, as] : grants)
        commands.append(
            { QStringLiteral("team"), QStringLiteral("grant"), admin, who, QStringLiteral("--as"), as });
    return commands;
}

TeamServer::Result TeamServer::psql(const QString &user, const QString &sql) const
{
    return runPsql({ QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
        QString::number(m_server->port()), QStringLiteral("-U"), user, QStringLiteral("-d"),
        QStringLiteral("cutover"), QStringLiteral("-c"), sql });
}

TeamServer::Result TeamServer::adminPsql(const QString &sql, const QString &database) const
{
    return runPsql({ QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                         .arg(PostgresProcess::user(), database, m_server->socketDir())
                         .arg(m_server->port()),
        QStringLiteral("-c"), sql });
}

TeamServer::Result TeamServer::runPsql(const QStringList &args) const
{
    QProcess p;
    p.setProcessEnvironment(m_env.isEmpty() ? QProcessEnvironment::systemEnvironment() : m_env);
    p.start(QStringLiteral("psql"),
        QStringList { QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1") } + args);
    Result r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("psql timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
