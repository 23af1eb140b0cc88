// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The audit trail as CSV, the one format of `cutoverctl audit export` and of the report's CSV export:
// RFC 4180 (cells escaped by Csv::cell), UTF-8 without a byte order mark, CRLF line ends, one header row
//
//     seq,at,actor,action,entity,entity_id,field,old,new,reason,hash
//
// then one row per record in seq order. `at` is the stored UTC timestamp (ISO 8601 with milliseconds),
// `old`/`new` are the old and new value; every value is written exactly as recorded, so the chain can be
// recomputed from the file (a record's previous hash is the hash of the row before it, the first one's is
// 64 zeros).
class AuditCsv {
public:
    static QByteArray write(const QList<AuditRecord> &records);
    // Writes atomically (the file appears complete or not at all).
    static bool writeFile(const QList<AuditRecord> &records, const QString &path, QString *error);
};
