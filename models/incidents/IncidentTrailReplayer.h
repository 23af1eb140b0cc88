// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The incident log's replayer: what the trail says incident_entries and incident_events must hold
// (both are append-only), compared with what they hold.
class IncidentTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("incidents"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;

    // The columns of incident_entries an incident.add record holds, in the table's order.
    static const QStringList &entryColumns();
};
