// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class CutoverSession;
class IncidentLog;
class QTimer;

// Follows another process's commits to the same session file (a viewer or `cutoverctl serve` beside the
// lead's cockpit): polls SQLite's PRAGMA data_version, which changes when any other connection commits,
// and then reloads the session and the log and emits changed(). The poll is one tiny query on the
// thread the watcher lives in.
class SessionWatcher : public QObject {
    Q_OBJECT
public:
    SessionWatcher(CutoverSession *session, IncidentLog *log, QObject *parent = nullptr);

    void setInterval(int ms);
    void start();
    void stop();

Q_SIGNALS:
    void changed();
    void reloadFailed(const QString &message);

private:
    void poll();
    qint64 dataVersion() const;

    QPointer<CutoverSession> m_session;
    QPointer<IncidentLog> m_log;
    QTimer *m_timer;
    qint64 m_lastVersion = -1;
};
