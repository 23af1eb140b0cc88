// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/StepPlan.h"
#include "traffic/gates/GateMeasurement.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class SessionStore;

// The traffic tables of a session (schema version 2). Every write is one transaction that also appends
// its audit record, so the trail and the tables never disagree.
class TrafficStore {
public:
    explicit TrafficStore(SessionStore *store);

    // Whether the session has the traffic tables (a session from before the traffic feature has not).
    bool exists() const;

    struct Event {
        qint64 id = 0;
        QString at;
        QString kind; // intent, confirmed, error, drift, reconcile, warning, read
        QString actor;
        int percentNew = -1;
        int stepIndex = -1;
        qint64 intentId = 0;
        QString reason;
        QString detail;
    };
    struct State {
        QString state = QStringLiteral("idle");
        int stepIndex = -1;
        int percentNew = 0;
    };

    bool saveBackend(const QString &backendId, const QJsonObject &config, const QString &actor,
        const QString &reason, QString *error);
    bool loadBackend(QString *backendId, QJsonObject *config) const;
    bool savePlan(const StepPlan &plan, const QString &actor, const QString &reason, QString *error);
    // The newest plan. A stored gate that cannot be read any more is named in *problem (the step then has
    // fewer gates than recorded, so a caller must not run it as it is).
    bool loadPlan(StepPlan *plan, QString *problem = nullptr) const;

    // The saved state; percentNew is never a saved copy but the split of the last confirmed event (0
    // before any), so a state saved apart from its confirmation can never claim another split.
    State loadState() const;
    bool saveState(const State &state, const QString &actor, const QString &reason, QString *error);
    // The split of the last confirmed event (0 when nothing was ever confirmed).
    int confirmedPercent() const;

    // Intents and state changes of the engine holding the traffic lease are checked against it inside
    // their transaction (empty: no check).
    void setLeaseToken(const QString &token) { m_leaseToken = token; }
    // One traffic transition in ONE transaction: the event (if any; its id is set) and the state (if
    // any), each with its audit record. An intent or a state change is refused (*leaseLost set) when
    // the lease token is set and somebody else holds the lease; a confirmation or error is always
    // recorded (it is what the backend did), only the state is then left to the new holder.
    bool transition(Event *event, const State *state, const QString &actor, const QString &reason,
        QString *error, bool *leaseLost = nullptr);

    // Commits the intent (and its audit record, and the state when given) and returns its id, 0 on error.
    qint64 recordIntent(int percentNew, int stepIndex, const QString &actor, const QString &reason,
        QString *error, const State *state = nullptr, bool *leaseLost = nullptr);
    bool recordEvent(Event event, QString *error);
    QList<Event> events(const QString &kind = {}) const;
    // The last intent, and whether a confirmation or error for it was recorded.
    bool lastIntent(Event *intent, bool *answered) const;

    bool recordMeasurement(GateMeasurement &m, const QString &actor, QString *error);
    QList<GateMeasurement> measurements() const;

private:
    bool insertEvent(Event *e, QString *error);
    bool writeState(const State &state, const QString &actor, const QString &reason, QString *error);
    bool leaseHeldByOther() const;
    bool audit(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
        const QString &field, const QString &oldValue, const QString &newValue, const QString &reason,
        QString *error, const QDateTime &at = {});
    SessionStore *m_store;
    QString m_leaseToken;
};
