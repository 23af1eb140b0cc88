// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPair>
#include <QStringList>

// The team sessions a database holds, asked for off the GUI thread (a connection of its own on a worker
// thread, closed at once), for the window's Open team session dialog. One question at a time; a newer one
// makes the answer to an older one stale (not announced).
class TeamSessionDirectory : public QObject {
    Q_OBJECT
public:
    explicit TeamSessionDirectory(QObject *parent = nullptr);
    ~TeamSessionDirectory() override;

    // `address`: a postgresql:// address of the database (a session in it is ignored).
    void list(const QString &address);

Q_SIGNALS:
    // The session names (sorted), or an error naming the server and the cause.
    void listed(const QStringList &sessions, const QString &error);

private:
    QFutureWatcher<QPair<QStringList, QString>> m_watcher;
    QString m_pending;
};
