// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The checklist's replayer: replays every item's history (item.create and the field changes) and compares
// it with what the items table holds now.
class ChecklistTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("checklist"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
