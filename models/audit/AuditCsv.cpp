// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditCsv.h"

#include "core/AtomicFile.h"
#include "core/Csv.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QStringList>

QByteArray AuditCsv::write(const QList<AuditRecord> &records)
{
    QString out = QStringLiteral("seq,at,actor,action,entity,entity_id,field,old,new,reason,hash\r\n");
    for (const AuditRecord &r : records) {
        out += Csv::row({ QString::number(r.seq), Timestamps::toText(r.at), r.actor, r.action, r.entity,
                   QString::number(r.entityId), r.field, r.oldValue, r.newValue, r.reason, r.hash })
            + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

bool AuditCsv::writeFile(const QList<AuditRecord> &records, const QString &path, QString *error)
{
    QString reason;
    if (!AtomicFile::write(path, write(records), &reason)) {
        *error = QCoreApplication::translate("AuditCsv", "%1 cannot be written: %2").arg(path, reason);
        return false;
    }
    return true;
}
