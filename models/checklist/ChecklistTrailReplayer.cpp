// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistTrailReplayer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The item columns whose history the trail records and which the replay compares with the stored item.
const char *const trackedItemFields[]
    = { "task", "expected", "owner", "status", "skip_reason", "notes", "evidence", "completed_by",
          "signed_off_by", "signoff_required", "planned_minutes", "actual_start", "actual_end" };

QString tr(const char *text)
{
    return QCoreApplication::translate("ChecklistTrailReplayer", text);
}

}

QStringList ChecklistTrailReplayer::mismatches(
    const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows replayed;
    for (const AuditRecord &r : records) {
        if (r.entity != QLatin1String("item"))
            continue;
        if (r.action == QLatin1String("item.create")) {
            const QJsonObject created = QJsonDocument::fromJson(r.newValue.toUtf8()).object();
            for (auto it = created.constBegin(); it != created.constEnd(); ++it)
                replayed[r.entityId][it.key()] = it.value().toString();
        } else if (!r.field.isEmpty()) {
            replayed[r.entityId][r.field] = r.newValue;
        }
    }
    QStringList columns;
    for (const char *field : trackedItemFields)
        columns << QLatin1String(field);
    QStringList out;
    compareRows(db, QStringLiteral("items"), tr("item"), replayed, columns, &out,
        tr("item %1 exists but the trail never created it"));
    return out;
}
