// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class CutoverSession;
class IncidentLog;
class LessonsLearned;
class SessionTrafficStatus;
class SessionWatcher;
class StatusSnapshotBuilder;

// What a stakeholder view needs, in one piece: the session opened read-only (every change refused),
// its incident log, a watcher that follows the lead's commits from another process, and the snapshot
// builder the board and the status page show. Used by `cutover-cockpit --viewer` and `cutoverctl serve`.
class StakeholderFeed : public QObject {
    Q_OBJECT
public:
    ~StakeholderFeed() override;

    static std::unique_ptr<StakeholderFeed> open(const QString &path, QString *error, int pollMs = 500);

    CutoverSession *session() const { return m_session.get(); }
    IncidentLog *log() const { return m_log.get(); }
    SessionWatcher *watcher() const { return m_watcher; }
    StatusSnapshotBuilder *builder() const { return m_builder; }
    // The traffic status read from the session's tables (refreshed when the watcher sees a change).
    SessionTrafficStatus *trafficStatus() const { return m_traffic; }

Q_SIGNALS:
    // The file could not be re-read (damaged, removed); the view keeps showing the last good state.
    void followFailed(const QString &message);

private:
    StakeholderFeed() = default;

    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<IncidentLog> m_log;
    std::unique_ptr<LessonsLearned> m_notes; // the result statement, shown once it is final
    SessionWatcher *m_watcher = nullptr;
    StatusSnapshotBuilder *m_builder = nullptr;
    SessionTrafficStatus *m_traffic = nullptr;
};
