// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class CutoverSession;
class EngineTrafficStatus;
class IncidentLog;
class SessionRuntime;
class SessionWatcher;
class StatusSnapshotBuilder;

// What a stakeholder view needs, in one piece: the session opened read-only (every change refused) and
// its runtime from the one composition root, following the lead's commits from another process; the
// snapshot builder is what the board and the status page show. Used by `cutover-cockpit --viewer` and
// `cutoverctl serve`.
class StakeholderFeed : public QObject {
    Q_OBJECT
public:
    ~StakeholderFeed() override;

    static std::unique_ptr<StakeholderFeed> open(const QString &path, QString *error, int pollMs = 500);

    CutoverSession *session() const { return m_session.get(); }
    SessionRuntime *runtime() const { return m_runtime.get(); }
    IncidentLog *log() const;
    SessionWatcher *watcher() const;
    StatusSnapshotBuilder *builder() const;
    // The traffic status of the session's record (reloaded when the watcher sees a change).
    EngineTrafficStatus *trafficStatus() const;

Q_SIGNALS:
    // The file could not be re-read (damaged, removed); the view keeps showing the last good state.
    void followFailed(const QString &message);

private:
    StakeholderFeed() = default;

    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<SessionRuntime> m_runtime;
};
