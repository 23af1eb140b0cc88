// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditCsv.h"

#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

}

QByteArray AuditCsv::write(const QList<AuditRecord> &records)
{
    QString out = QStringLiteral("seq,at,actor,action,entity,entity_id,field,old,new,reason,hash\r\n");
    for (const AuditRecord &r : records) {
        const QStringList fields = { QString::number(r.seq), Timestamps::toText(r.at), r.actor, r.action,
            r.entity, QString::number(r.entityId), r.field, r.oldValue, r.newValue, r.reason, r.hash };
        QStringList cells;
        for (const QString &f : fields)
            cells << csvField(f);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

bool AuditCsv::writeFile(const QList<AuditRecord> &records, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("AuditCsv", "%1 cannot be written: %2")
                     .arg(path, file.errorString());
        return false;
    }
    file.write(write(records));
    if (!file.commit()) {
        *error = QCoreApplication::translate("AuditCsv", "%1 cannot be written: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}
