// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The metric samples as the metrics.batch records say they were written: each record names the rowids of
// its batch and their count, series, time range and SHA-256 (SampleBatchDigest); every stored sample must
// belong to a recorded batch whose digest it still matches. Samples a version before trail version 2
// wrote (rowids below the first recorded batch, in a session not begun with version 2) are not checked.
class SampleBatchTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("metric-samples"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
