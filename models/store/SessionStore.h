// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <QList>
#include <QPair>

#include <functional>
#include <memory>

// One session file (*.cutover): an SQLite database in WAL mode with foreign keys on and synchronous=FULL (a
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
    static std::unique_ptr<SessionStore> create(const QString &path, QString *error);
    static std::unique_ptr<SessionStore> open(const QString &path, Mode mode, QString *error);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    bool beginWrite(QString *error);
    bool commit(QString *error);
    void rollback();
    // Called after every commit this store makes (whichever feature wrote), e.g. so the window shows the
    // new audit head; commits of other processes are seen through PRAGMA data_version (SessionWatcher).
    // Returns an id for removeCommitObserver.
    int addCommitObserver(std::function<void()> observer);
    void removeCommitObserver(int id);

    // The next free id of a table with an explicit BIGINT id column (portable, no AUTOINCREMENT).
    qint64 nextId(const QString &table, const QString &column = QStringLiteral("id"));

private:
    SessionStore(const QString &path, Mode mode, const QString &connectionName);
    bool migrate(QString *error);

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QList<QPair<int, std::function<void()>>> m_commitObservers;
    int m_nextObserverId = 1;
};
