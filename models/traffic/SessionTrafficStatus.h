// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficStatusSource.h"

#include <QObject>

class SessionStore;

// The traffic status read from the session's traffic tables (plan, state, confirmed changes, gate
// measurements), so a process without the engine — `cutoverctl serve`, the read-only viewer — shows the
// same split, step and verdicts as the lead's cockpit. refresh() reads the tables (a few small queries)
// and keeps the result; trafficStatus() answers from memory. Call refresh() when the session changed
// (SessionWatcher::changed, or the engine's signals in the process that runs it).
class SessionTrafficStatus : public QObject, public TrafficStatusSource {
    Q_OBJECT
public:
    // The store must outlive this object; it may be read-only.
    explicit SessionTrafficStatus(SessionStore *store, QObject *parent = nullptr);

    TrafficStatus trafficStatus() const override { return m_status; }
    // Reads the status now (from the session).
    static TrafficStatus read(SessionStore *store);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void changed();

private:
    SessionStore *m_store;
    TrafficStatus m_status;
};
