// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionConnection.h"

#include "store/LoginProblem.h"
#include "store/ServerError.h"
#include "store/ServerPasswords.h"
#include "store/SessionAddress.h"
#include "store/TeamSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionConnection", text);
}

QString where(const SessionAddress &a)
{
    return a.withSession(QString()).toString();
}

}

QSqlDatabase SessionConnection::openPostgres(
    const SessionAddress &address, const QString &name, Access access, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Team sessions need Qt's PostgreSQL driver (Debian: libqt6sql6-psql), which is not "
                    "installed.");
        return {};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!address.host().isEmpty())
            db.setHostName(address.host());
        if (address.port() > 0)
            db.setPort(address.port());
        if (!address.user().isEmpty())
            db.setUserName(address.user());
        if (const QString password = ServerPasswords::lookup(address); !password.isEmpty())
            db.setPassword(password); // typed at the cockpit's prompt for this run; libpq's sources otherwise
        db.setDatabaseName(address.databaseName());
        // Defaults the address may override: a name the server's activity view shows, a 10 s connect limit.
        QStringList options;
        QStringList given;
        for (const auto &o : address.options())
            given << o.first;
        if (!given.contains(QLatin1String("application_name")))
            options << QStringLiteral("application_name='cutover-cockpit'");
        if (!given.contains(QLatin1String("connect_timeout")))
            options << QStringLiteral("connect_timeout=10");
        if (!address.connectOptions().isEmpty())
            options << address.connectOptions();
        db.setConnectOptions(options.join(QLatin1Char(';')));
        QString problem;
        if (!db.open()) {
            problem = db.lastError().databaseText().trimmed();
            if (problem.isEmpty())
                problem = db.lastError().text();
            if (ServerPasswords::isPasswordProblem(problem))
                ServerPasswords::forget(address); // a refused password is not offered again
            *error = tr("Cannot connect to %1: %2")
                         .arg(where(address), LoginProblem::describe(problem, address));
        } else {
            // The server waits at most 5 s for a lock and 60 s for a statement; the search path is fixed to
            // the session's schema, then nothing (no public schema to shadow names).
            QStringList setup { QStringLiteral("SET lock_timeout = '5s'"),
                QStringLiteral("SET statement_timeout = '60s'"), QStringLiteral("SET TIME ZONE 'UTC'") };
            if (!address.schemaName().isEmpty())
                setup << QStringLiteral("SET search_path TO %1").arg(address.schemaName());
            if (access == Access::ReadOnly)
                setup << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            for (const QString &sql : std::as_const(setup)) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    problem = ServerError::describe(db, q.lastError(), ServerError::Stage::Reading);
                    *error = tr("Cannot prepare the connection to %1: %2").arg(where(address), problem);
                    break;
                }
            }
        }
        if (problem.isEmpty())
            return db;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

QSqlDatabase SessionConnection::openFile(
    const QString &path, const QString &name, Access access, QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(access == Access::ReadOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            return db;
        *error = tr("%1 cannot be opened: %2").arg(path, db.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

QSqlDatabase SessionConnection::open(const QString &text, const QString &name, Access access, QString *error)
{
    if (!SessionAddress::isPostgres(text))
        return openFile(text, name, access, error);
    const SessionAddress address = SessionAddress::parse(text, error);
    if (!address.isValid())
        return {};
    return openPostgres(address, name, access, error);
}

bool SessionConnection::beginWrite(const QSqlDatabase &db, const QString &schema, QString *error)
{
    // IMMEDIATE takes the write lock at once (waiting up to busy_timeout). A deferred BEGIN would fail
    // with "database is locked" whenever another connection (e.g. the metric sample writer's) commits
    // between this transaction's first read and its first write.
    QSqlQuery q(db);
    if (!isPostgres(db)) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    // One writer of a team session at a time, as BEGIN IMMEDIATE makes it for a file: a transaction lock
    // per session schema, released at commit or rollback (the server waits lock_timeout for it).
    if (!q.exec(QStringLiteral("BEGIN"))) {
        *error = ServerError::describe(db, q.lastError());
        return false;
    }
    if (schema.isEmpty()) {
        q.prepare(QStringLiteral("SELECT ") + TeamSchema::writeLock(QStringLiteral("current_schema()")));
    } else {
        q.prepare(QStringLiteral("SELECT ") + TeamSchema::writeLock(QStringLiteral("?")));
        q.addBindValue(schema);
    }
    if (!q.exec()) {
        *error = ServerError::describe(db, q.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool SessionConnection::isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString SessionConnection::sessionUser(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return {};
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
        return q.value(0).toString();
    return {};
}
