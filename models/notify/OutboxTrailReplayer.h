// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The outbox's replayer: what the trail says the outbox table must hold (each message as enqueued, and
// its state as last changed), compared with what it holds.
class OutboxTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("notify"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
