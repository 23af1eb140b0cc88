// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The traffic tables as the trail says they must be: the backend settings and plans (each save a new row),
// the steps of every plan, the engine's state, every intent and answer, every gate measurement, and who
// holds the lease. Compared with traffic_backend, traffic_plan, traffic_steps, traffic_state,
// traffic_events, gate_measurements and traffic_lease.
class TrafficTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("traffic"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
