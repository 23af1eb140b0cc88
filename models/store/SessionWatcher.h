// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class CutoverSession;
class IncidentLog;
class SessionChangeSignal;

// Follows another process's commits to the same session (a viewer or `cutoverctl serve` beside the lead's
// cockpit): when the session's change signal fires (SessionChangeSignal: for a file, PRAGMA data_version
// polled on this thread), reloads the session and the log and emits changed(). A session that can no longer
// be followed (its file removed or replaced) is reported once through reloadFailed().
class SessionWatcher : public QObject {
    Q_OBJECT
public:
    SessionWatcher(CutoverSession *session, IncidentLog *log, QObject *parent = nullptr);
    ~SessionWatcher() override;

    void setInterval(int ms);
    void start();
    void stop();

Q_SIGNALS:
    void changed();
    void reloadFailed(const QString &message);

private:
    void reload();

    QPointer<CutoverSession> m_session;
    QPointer<IncidentLog> m_log;
    std::unique_ptr<SessionChangeSignal> m_signal;
};
