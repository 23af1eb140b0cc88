// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The audit trail as CSV (RFC 4180, UTF-8, header row): seq, at, actor, action, entity, entity_id, field,
// old, new, reason, hash. Values are written exactly as recorded, so the export can be checked against the
// chain.
class AuditCsv {
public:
    static QByteArray write(const QList<AuditRecord> &records);
    // Writes atomically (the file appears complete or not at all).
    static bool writeFile(const QList<AuditRecord> &records, const QString &path, QString *error);
};
