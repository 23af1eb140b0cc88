// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistTrailReplayer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace {

// The item columns whose history the trail records and which the replay compares with the stored item.
const char *const trackedItemFields[]
    = { "task", "expected", "owner", "status", "skip_reason", "notes", "evidence", "completed_by",
          "signed_off_by", "signoff_required", "planned_minutes", "actual_start", "actual_end" };
// Where the item sits and when it is planned: carried by item.create since trail version 2, never changed
// afterwards. An item created by an older version lacks them and they are not compared for it.
const char *const placementFields[] = { "phase_id", "position", "planned_start" };

QString tr(const char *text)
{
    return QCoreApplication::translate("ChecklistTrailReplayer", text);
}

}

QStringList ChecklistTrailReplayer::mismatches(
    const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows replayed;
    // "phase" names the phase in item.create; the table says it with phase_id.
    static const QHash<QString, QString> columnOfKey { { QStringLiteral("phase"), QString() } };
    QStringList columns;
    for (const char *field : trackedItemFields)
        columns << QLatin1String(field);
    // What a new item has unless the record says otherwise; copied into each row (the names are shared).
    TrailRow fresh;
    fresh.reserve(std::size(trackedItemFields) + std::size(placementFields));
    for (const QString &column : std::as_const(columns))
        fresh.insert(column, QString());
    for (const char *field : placementFields)
        columns << QLatin1String(field);
    for (const AuditRecord &r : records) {
        if (r.entity != QLatin1String("item"))
            continue;
        if (r.action == QLatin1String("item.create")) {
            Row &row = replayed[r.entityId];
            row = fresh;
            row.reserve(columns.size()); // one allocation for the copy and what the record adds
            fillFromJson(row, jsonOf(r.newValue), columnOfKey);
        } else if (!r.field.isEmpty()) {
            replayed[r.entityId][r.field] = r.newValue;
        }
    }
    QStringList out;
    CompareOptions leniency;
    leniency.skipMissing = !recordsEveryTable(records);
    compareRows(db, QStringLiteral("items"), tr("item"), replayed, columns, &out,
        tr("item %1 exists but the trail never created it"), leniency);
    return out;
}
