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

    State loadState() const;
    bool saveState(const State &state, const QString &actor, const QString &reason, QString *error);

    // Commits the intent (and its audit record) and returns its id, 0 on error.
    qint64 recordIntent(
        int percentNew, int stepIndex, const QString &actor, const QString &reason, QString *error);
    bool recordEvent(Event event, QString *error);
    QList<Event> events(const QString &kind = {}) const;
    // The last intent, and whether a confirmation or error for it was recorded.
    bool lastIntent(Event *intent, bool *answered) const;

    bool recordMeasurement(GateMeasurement &m, const QString &actor, QString *error);
    QList<GateMeasurement> measurements() const;

private:
    bool audit(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
        const QString &field, const QString &oldValue, const QString &newValue, const QString &reason,
        QString *error);
    SessionStore *m_store;
};
