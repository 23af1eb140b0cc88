// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The metric source's replayer: the last metrics.source record says which source the session has (none
// when its new value is empty); the metric_source table must hold exactly that, by that person, then.
class MetricSourceTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
