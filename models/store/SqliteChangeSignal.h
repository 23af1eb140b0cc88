// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SessionChangeSignal.h"

class QTimer;

// A session file's changes: SQLite's PRAGMA data_version, which changes when any other connection commits,
// polled on a timer (one tiny query on the thread the signal lives in; 100 ms by default). Each poll also
// looks at the file itself: an open connection keeps reading a file that was removed or replaced, so that
// is noticed by the path no longer naming the file that was opened (lost()).
class SqliteChangeSignal : public SessionChangeSignal {
    Q_OBJECT
public:
    // connectionName: the store's connection (looked up at each poll, so a closed store is only silent).
    SqliteChangeSignal(const QString &connectionName, const QString &path, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    void setInterval(int ms) override;

private:
    struct FileIdentity {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const FileIdentity &o) const
        {
            return exists == o.exists && device == o.device && inode == o.inode;
        }
    };

    void poll();
    // The data version, or -1 when it cannot be read (*error set unless the connection is gone).
    qint64 dataVersion(QString *error) const;
    FileIdentity identity() const;
    QString fileProblem() const;
    void lose(const QString &message);

    QString m_connectionName;
    QString m_path; // as the store names it, for messages
    QString m_absolutePath;
    QTimer *m_timer;
    qint64 m_lastVersion = -1;
    FileIdentity m_opened;
    int m_failures = 0;
};
