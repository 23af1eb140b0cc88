// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholder/StatusSnapshot.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CutoverSession;
class IncidentLog;
class QTimer;
class TrafficStatusSource;

// Builds the stakeholder snapshot from the session, the incident log and (when connected) the traffic
// source, and emits a new one whenever any of them changes (coalesced), plus every few seconds while a
// traffic source is connected (it is polled; it has no change signal).
class StatusSnapshotBuilder : public QObject {
    Q_OBJECT
public:
    StatusSnapshotBuilder(CutoverSession *session, IncidentLog *log, QObject *parent = nullptr);

    // Not owned; must outlive the builder or be reset to nullptr first.
    void setTrafficSource(TrafficStatusSource *source);
    // The report feature provides the result statement once it is marked final; until then it gives an
    // empty text and stakeholders see none (a draft statement is never shown).
    void setResultStatementProvider(std::function<QString()> provider);

    // What stakeholders may see of the traffic status: a backend's own error text becomes a neutral line.
    static TrafficStatus stakeholderView(TrafficStatus status);
    void setEntryLimit(int limit) { m_entryLimit = limit; }

    // While paused (the team session's server does not answer) nothing is read; stakeholders keep the last
    // snapshot, and resuming builds a fresh one.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    StatusSnapshot build() const;
    const StatusSnapshot &current() const { return m_current; }

public Q_SLOTS:
    void scheduleUpdate();

Q_SIGNALS:
    void snapshotChanged(const StatusSnapshot &snapshot);

private:
    void update();

    QPointer<CutoverSession> m_session;
    QPointer<IncidentLog> m_log;
    TrafficStatusSource *m_traffic = nullptr;
    std::function<QString()> m_resultStatement;
    QTimer *m_coalesce;
    QTimer *m_poll;
    int m_entryLimit = 10;
    bool m_paused = false;
    StatusSnapshot m_current;
};
