// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditCsvWriter.h"

#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

QString cell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

}

QByteArray AuditCsvWriter::toCsv(const QList<AuditRecord> &records)
{
    QString out = QStringLiteral(
        "seq,at,actor,action,entity,entity_id,field,old_value,new_value,reason,prev_hash,hash\r\n");
    for (const AuditRecord &r : records) {
        const QStringList cells = { QString::number(r.seq), Timestamps::toText(r.at), r.actor, r.action,
            r.entity, QString::number(r.entityId), r.field, r.oldValue, r.newValue, r.reason, r.prevHash,
            r.hash };
        QStringList quoted;
        for (const QString &c : cells)
            quoted << cell(c);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

ActionResult AuditCsvWriter::write(const QList<AuditRecord> &records, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ActionResult::failure(QCoreApplication::translate("AuditCsvWriter", "Cannot write %1: %2")
                                         .arg(path, file.errorString()));
    file.write(toCsv(records));
    if (!file.commit())
        return ActionResult::failure(QCoreApplication::translate("AuditCsvWriter", "Cannot write %1: %2")
                                         .arg(path, file.errorString()));
    return ActionResult::success();
}
