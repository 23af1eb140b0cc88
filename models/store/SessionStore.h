// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ServerError.h"
#include <QSqlDatabase>

#include <QSqlError>
#include <QString>

#include <QList>
#include <QPair>

#include <functional>
#include <memory>

// One session: a file (*.cutover) or, in team mode, a schema on a PostgreSQL server (SessionAddress).
// A session file is an SQLite database in WAL mode with foreign keys on and synchronous=FULL (a
// commit reported done survives a power loss). Opening checks the file before anything is written to it: a
// directory, FIFO or device is named as such and never read; a file that is not SQLite, is damaged, belongs
// to another program or has a newer schema is refused with a message saying so, and left byte-identical with
// nothing created beside it (no -wal, no -shm).
class SessionStore {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    // Creates a new, empty session file with the current schema. Refuses to overwrite a file.
    // `path` is a file path or a postgresql:// address (SessionAddress).
    static std::unique_ptr<SessionStore> create(const QString &path, QString *error);
    static std::unique_ptr<SessionStore> open(const QString &path, Mode mode, QString *error);
    // Fills a team session while createTeam creates it; false with *error set to give up.
    using TeamFiller = std::function<bool(SessionStore &store, QString *error)>;
    // Creates a new team session at `address` (postgresql://...?session=NAME), as create() does, and runs
    // `fill` inside the one transaction that creates it: after its tables exist and before the server's rules
    // (TeamSchema: triggers, grants) are installed, so rows written in other people's names (a file's trail,
    // SessionCopier) can be brought in verbatim, and the rules hold for every change after. Only a lead (or
    // a superuser) creates team sessions; an existing session of that name is refused. When anything fails,
    // nothing is left on the server (when fill fails, *error is fill's).
    static std::unique_ptr<SessionStore> createTeam(
        const QString &address, const TeamFiller &fill, QString *error);
    // Removes a team session that could not be completed (its schema and everything in it); false when
    // the server cannot be reached or refuses. Never used on a session that was in use.
    static bool dropTeam(const QString &address, QString *error = nullptr);

    QSqlDatabase database() const;
    // The file's path, or a team session's address (postgresql://...; never a password).
    QString path() const { return m_path; }
    // A team session on a PostgreSQL server rather than a file.
    bool isTeam() const { return m_team; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // A write: beginWrite, the feature's statements, commit (or rollback). On a team session the errors say
    // in words what the server refused (ServerError): busy, access revoked, a lost connection.
    bool beginWrite(QString *error);
    bool commit(QString *error);
    void rollback();
    // The message for a statement of a write that failed (the server's SQLSTATE in words on a team session,
    // the driver's text for a file).
    QString describe(const QSqlError &error, ServerError::Stage stage = ServerError::Stage::Writing) const;
    // Called after every commit this store makes (whichever feature wrote), e.g. so the window shows the
    // new audit head; commits of other processes are seen through PRAGMA data_version (SessionWatcher).
    // Returns an id for removeCommitObserver.
    int addCommitObserver(std::function<void()> observer);
    void removeCommitObserver(int id);

    // The next free id of a table with an explicit BIGINT id column (portable, no AUTOINCREMENT).
    qint64 nextId(const QString &table, const QString &column = QStringLiteral("id"));

private:
    SessionStore(const QString &path, Mode mode, const QString &connectionName);
    static std::unique_ptr<SessionStore> openTeam(const QString &address, Mode mode, QString *error);
    // Runs the migrations above the current version, each in a transaction of its own unless the caller
    // holds one (a team session's creation).
    bool migrate(QString *error, bool ownTransactions = true);

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_team = false;
    QString m_schema; // a team session's schema on its server
    QList<QPair<int, std::function<void()>>> m_commitObservers;
    int m_nextObserverId = 1;
};
