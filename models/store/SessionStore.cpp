// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionStore.h"

#include "core/FileKind.h"
#include "store/ServerError.h"
#include "store/SessionAddress.h"
#include "store/SessionConnection.h"
#include "store/SessionSchema.h"
#include "store/TeamSchema.h"
#include "store/TestKillHook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionStore", text);
}

QString newConnectionName()
{
    return QStringLiteral("cockpit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Inspects a file through a read-only connection, so that nothing is written to a file we refuse.
// Returns the schema version, or -1 with *error set.
int inspect(const QString &path, QString *error)
{
    if (FileKind::of(path) == FileKind::Kind::Missing) {
        *error = tr("The session file %1 does not exist.").arg(path);
        return -1;
    }
    // A FIFO would block the open below and a device never ends: say what it is, read nothing.
    if (const QString notFile = FileKind::notAFile(path, tr("session")); !notFile.isEmpty()) {
        *error = notFile;
        return -1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The session file %1 cannot be read: %2").arg(path, file.errorString());
        return -1;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1 is not a Cutover Cockpit session: it is not an SQLite database "
                    "(it may be damaged or another kind of file). It was not changed.")
                     .arg(path);
        return -1;
    }

    const QString name = newConnectionName();
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Even a read-only connection creates -wal and -shm beside a WAL-mode file. While there is no -wal
        // (no other connection has uncommitted pages), the file is opened immutable: nothing is created
        // beside a file that is then refused, and it stays byte-identical.
        if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            *error = tr("%1 cannot be opened: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok")) {
                const QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
                *error = tr("%1 is damaged (SQLite integrity check: %2). It was not changed; restore it "
                            "from a copy, or open it read-only with the sqlite3 shell to rescue data.")
                             .arg(path, detail);
            } else if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'"))
                || !q.next() || q.value(0).toString() != SessionSchema::applicationTag()) {
                *error
                    = tr("%1 is an SQLite database, but not a Cutover Cockpit session. It was not changed.")
                          .arg(path);
            } else if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                || !q.next()) {
                *error
                    = tr("%1 has no schema version; it is not a usable Cutover Cockpit session.").arg(path);
            } else {
                bool ok = false;
                const int v = q.value(0).toString().toInt(&ok);
                if (!ok || v < 1) {
                    *error = tr("%1 has an invalid schema version \"%2\".").arg(path, q.value(0).toString());
                } else if (v > SessionSchema::currentVersion()) {
                    *error = tr("%1 was written by a newer Cutover Cockpit (schema version %2; this version "
                                "understands up to %3). It was not changed; open it with a newer version.")
                                 .arg(path)
                                 .arg(v)
                                 .arg(SessionSchema::currentVersion());
                } else {
                    version = v;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

// A team session's schema on its server: exists, is a Cutover Cockpit session, has a schema version this
// build understands. Returns the version, or -1 with *error set.
int inspectPostgres(const QSqlDatabase &db, const SessionAddress &address, QString *error)
{
    const QString where = address.toString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT n.oid IS NOT NULL, n.oid IS NOT NULL AND has_schema_privilege(n.oid, "
                             "'USAGE'), session_user FROM (SELECT to_regnamespace(?) AS oid) n"));
    q.addBindValue(address.schemaName());
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot look up the session at %1: %2")
                     .arg(where, ServerError::describe(db, q.lastError(), ServerError::Stage::Reading));
        return -1;
    }
    if (!q.value(0).toBool()) {
        *error = tr("There is no session \"%1\" in the database %2 (create one with cutoverctl new ... "
                    "--out %3).")
                     .arg(address.sessionName(), address.databaseName(), where);
        return -1;
    }
    if (!q.value(1).toBool()) {
        *error = ServerError::accessRevoked(q.value(2).toString(), where, ServerError::Access::Read);
        return -1;
    }
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) || !q.next()
        || q.value(0).toString() != SessionSchema::applicationTag()) {
        *error = tr("The schema %1 at %2 is not a Cutover Cockpit session, or you may not read it (%3).")
                     .arg(address.schemaName(), where,
                         ServerError::describe(db, q.lastError(), ServerError::Stage::Reading));
        return -1;
    }
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next()) {
        *error = tr("%1 has no schema version; it is not a usable Cutover Cockpit session.").arg(where);
        return -1;
    }
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    if (!ok || v < 1) {
        *error = tr("%1 has an invalid schema version \"%2\".").arg(where, q.value(0).toString());
        return -1;
    }
    if (v > SessionSchema::currentVersion()) {
        *error
            = tr("%1 was written by a newer Cutover Cockpit (schema version %2; this version understands up "
                 "to %3); open it with a newer version.")
                  .arg(where)
                  .arg(v)
                  .arg(SessionSchema::currentVersion());
        return -1;
    }
    return v;
}

// A team session's address, which must name its session; Invalid with *error set otherwise.
SessionAddress teamAddress(const QString &text, QString *error)
{
    const SessionAddress address = SessionAddress::parse(text, error);
    if (address.isValid() && address.sessionName().isEmpty()) {
        *error = tr("The address %1 names no session: add ?session=NAME.").arg(text);
        return {};
    }
    return address;
}

}

SessionStore::SessionStore(const QString &path, Mode mode, const QString &connectionName)
    : m_path(path)
    , m_mode(mode)
    , m_connectionName(connectionName)
{
}

SessionStore::~SessionStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SessionStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<SessionStore> SessionStore::create(const QString &path, QString *error)
{
    if (SessionAddress::isPostgres(path))
        return createTeam(path, {}, error);
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists; choose another file name.").arg(path);
        return nullptr;
    }
    const QString name = newConnectionName();
    std::unique_ptr<SessionStore> store(new SessionStore(path, Mode::ReadWrite, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("Cannot create %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)
        || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error)
        || !exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), error)) {
        *error = tr("Cannot create %1: %2").arg(path, *error);
        return nullptr;
    }
    if (!store->migrate(error)) {
        store.reset();
        QFile::remove(path);
        return nullptr;
    }
    return store;
}

std::unique_ptr<SessionStore> SessionStore::createTeam(
    const QString &text, const TeamFiller &fill, QString *error)
{
    const SessionAddress address = teamAddress(text, error);
    if (!address.isValid())
        return nullptr;
    const QString name = newConnectionName();
    std::unique_ptr<SessionStore> store(new SessionStore(address.toString(), Mode::ReadWrite, name));
    QSqlDatabase db
        = SessionConnection::openPostgres(address, name, SessionConnection::Access::ReadWrite, error);
    if (!db.isValid())
        return nullptr;
    store->m_team = true;
    store->m_schema = address.schemaName();
    if (!TeamSchema::mayCreateSessions(db, error))
        return nullptr;
    // The schema, the tables, what fills them and the server's rules in one transaction: a failure leaves
    // nothing behind.
    const auto failed = [&](const QString &problem) {
        db.rollback();
        *error = tr("Cannot create the session at %1: %2").arg(store->m_path, problem);
        return nullptr;
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(address.schemaName()))) {
        // SQLSTATE: the schema exists (42P06), or another connection created it a moment before and
        // committed (23505) or is still creating it (55P03, this one waited lock_timeout for it).
        const QString state = q.lastError().nativeErrorCode();
        if (state != QLatin1String("42P06") && state != QLatin1String("23505")
            && state != QLatin1String("55P03"))
            return failed(q.lastError().text());
        db.rollback();
        *error = state == QLatin1String("55P03")
            ? tr("A session \"%1\" is being created in the database %2 by another connection right now; "
                 "choose another name, or look again when it is done.")
                  .arg(address.sessionName(), address.databaseName())
            : tr("A session \"%1\" already exists in the database %2; choose another name.")
                  .arg(address.sessionName(), address.databaseName());
        return nullptr;
    }
    if (!store->migrate(error, false) || !TeamSchema::installSessionTables(db, address.schemaName(), error))
        return failed(*error);
    if (fill && !fill(*store, error)) {
        db.rollback();
        return nullptr;
    }
    if (!TeamSchema::installSessionRules(db, address.schemaName(), error))
        return failed(*error);
    if (!db.commit())
        return failed(db.lastError().text());
    return store;
}

bool SessionStore::dropTeam(const QString &text, QString *error)
{
    QString own;
    QString &problem = error ? *error : own;
    const SessionAddress address = SessionAddress::parse(text, &problem);
    if (!address.isTeam() || address.sessionName().isEmpty())
        return false;
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db
            = SessionConnection::openPostgres(address, name, SessionConnection::Access::ReadWrite, &problem);
        if (!db.isValid())
            return false;
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(address.schemaName()));
        if (!ok)
            problem = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

std::unique_ptr<SessionStore> SessionStore::openTeam(const QString &text, Mode mode, QString *error)
{
    const SessionAddress address = teamAddress(text, error);
    if (!address.isValid())
        return nullptr;
    const QString name = newConnectionName();
    std::unique_ptr<SessionStore> store(new SessionStore(address.toString(), mode, name));
    QSqlDatabase db = SessionConnection::openPostgres(address, name,
        mode == Mode::ReadOnly ? SessionConnection::Access::ReadOnly : SessionConnection::Access::ReadWrite,
        error);
    if (!db.isValid())
        return nullptr;
    store->m_team = true;
    store->m_schema = address.schemaName();
    const int version = inspectPostgres(db, address, error);
    if (version < 0)
        return nullptr;
    store->m_schemaVersion = version;
    if (version < SessionSchema::currentVersion()) {
        if (mode == Mode::ReadOnly) {
            *error = tr("%1 uses an older schema (version %2); the session's lead must open it for writing "
                        "once to upgrade it.")
                         .arg(store->m_path)
                         .arg(version);
            return nullptr;
        }
        if (!store->migrate(error))
            return nullptr;
    }
    return store;
}

std::unique_ptr<SessionStore> SessionStore::open(const QString &path, Mode mode, QString *error)
{
    if (SessionAddress::isPostgres(path))
        return openTeam(path, mode, error);
    const int version = inspect(path, error);
    if (version < 0)
        return nullptr;
    if (mode == Mode::ReadOnly && version < SessionSchema::currentVersion()) {
        *error = tr("%1 uses an older schema (version %2) and must be opened for writing once to be "
                    "upgraded before it can be viewed read-only.")
                     .arg(path)
                     .arg(version);
        return nullptr;
    }

    const QString name = newConnectionName();
    std::unique_ptr<SessionStore> store(new SessionStore(path, mode, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("%1 cannot be opened: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    store->m_schemaVersion = version;
    if (mode == Mode::ReadWrite) {
        if (!exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), error)
            || !exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
            || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)
            || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error)) {
            *error = tr("%1 cannot be opened for writing: %2").arg(path, *error);
            return nullptr;
        }
        if (!store->migrate(error))
            return nullptr;
    }
    return store;
}

bool SessionStore::migrate(QString *error, bool ownTransactions)
{
    QSqlDatabase db = database();
    for (const SchemaMigration &m : SessionSchema::migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        if (ownTransactions && !db.transaction()) {
            *error = tr("Cannot upgrade %1: %2").arg(m_path, db.lastError().text());
            return false;
        }
        for (const QString &sql : m.statements) {
            if (!exec(db, sql, error)) {
                if (ownTransactions)
                    db.rollback();
                *error
                    = tr("Cannot upgrade %1 to schema version %2: %3").arg(m_path).arg(m.version).arg(*error);
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key IN ('schema_version', 'application')"));
        q.exec();
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)"));
        q.addBindValue(QStringLiteral("schema_version"));
        q.addBindValue(QString::number(m.version));
        q.addBindValue(QStringLiteral("application"));
        q.addBindValue(SessionSchema::applicationTag());
        if (!q.exec() || (ownTransactions && !db.commit())) {
            *error = tr("Cannot record schema version %1 in %2: %3")
                         .arg(m.version)
                         .arg(m_path, q.lastError().text());
            if (ownTransactions)
                db.rollback();
            return false;
        }
        m_schemaVersion = m.version;
    }
    return true;
}

bool SessionStore::beginWrite(QString *error)
{
    if (m_mode == Mode::ReadOnly) {
        *error = tr("This session is open read-only; nothing can be changed here.");
        return false;
    }
    QSqlDatabase db = database();
    if (!SessionConnection::beginWrite(db, m_schema, error))
        return false;
    if (!m_team)
        return true;
    // A role whose team role was revoked no longer sees the schema (the search path skips it): say so
    // rather than let the first statement fail on a table it cannot find.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT has_schema_privilege(?, 'USAGE'), CASE WHEN has_schema_privilege(?, "
                             "'USAGE') THEN has_table_privilege(quote_ident(?) || '.audit', 'INSERT') END"));
    q.addBindValue(m_schema);
    q.addBindValue(m_schema);
    q.addBindValue(m_schema);
    if (!q.exec() || !q.next() || !q.value(1).toBool()) {
        const QString role = SessionConnection::sessionUser(db);
        *error = q.lastError().isValid() ? ServerError::describe(db, q.lastError())
            : q.value(0).toBool()        ? ServerError::readOnlyRole(role, m_path)
                                  : ServerError::accessRevoked(role, m_path, ServerError::Access::Write);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool SessionStore::commit(QString *error)
{
    QSqlDatabase db = database();
    if (!db.commit()) {
        *error = ServerError::describe(db, db.lastError(), ServerError::Stage::Committing);
        db.rollback();
        return false;
    }
    // Test builds only (COCKPIT_TEST_HOOKS): with COCKPIT_TEST_KILL_AT_COMMIT=N, SIGKILL after commit N.
    TestKillHook::afterCommit();
    const auto observers = m_commitObservers; // an observer may remove itself
    for (const auto &o : observers)
        o.second();
    return true;
}

int SessionStore::addCommitObserver(std::function<void()> observer)
{
    const int id = m_nextObserverId++;
    m_commitObservers.append({ id, std::move(observer) });
    return id;
}

void SessionStore::removeCommitObserver(int id)
{
    m_commitObservers.removeIf([id](const QPair<int, std::function<void()>> &o) { return o.first == id; });
}

QString SessionStore::describe(const QSqlError &error, ServerError::Stage stage) const
{
    return ServerError::describe(database(), error, stage);
}

void SessionStore::rollback()
{
    database().rollback();
}

qint64 SessionStore::nextId(const QString &table, const QString &column)
{
    QSqlQuery q(database());
    // Table and column names come from our own code, never from input.
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(%1), 0) + 1 FROM %2").arg(column, table)) && q.next())
        return q.value(0).toLongLong();
    return 1;
}
