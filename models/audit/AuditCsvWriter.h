// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"
#include "core/ActionResult.h"

#include <QList>

// The audit trail as CSV (RFC 4180, UTF-8, one record per row, every field exactly as stored, so the hash
// chain can be recomputed from the file).
// Note for the merge: the cli branch writes models/AuditCsv for `cutoverctl audit export`; the two should
// become one.
class AuditCsvWriter {
public:
    static QByteArray toCsv(const QList<AuditRecord> &records);
    static ActionResult write(const QList<AuditRecord> &records, const QString &path);
};
