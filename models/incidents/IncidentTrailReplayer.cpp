// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentTrailReplayer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentTrailReplayer", text);
}

// Fills a row with every key of a record's JSON value.
void replay(TrailRow &row, const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        row[it.key()] = it.value().toString();
}

}

const QStringList &IncidentTrailReplayer::entryColumns()
{
    static const QStringList columns { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
        QStringLiteral("severity"), QStringLiteral("author"), QStringLiteral("occurred_at"),
        QStringLiteral("recorded_at"), QStringLiteral("item_id"), QStringLiteral("traffic_step"),
        QStringLiteral("refers_to"), QStringLiteral("reason") };
    return columns;
}

QStringList IncidentTrailReplayer::mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows entries;
    Rows events;
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("incident.add")) {
            replay(entries[r.entityId], r.newValue);
        } else if (r.entity == QLatin1String("incident") && r.field == QLatin1String("event")) {
            const QJsonObject o = QJsonDocument::fromJson(r.newValue.toUtf8()).object();
            replay(events[o.value(QStringLiteral("id")).toString().toLongLong()], r.newValue);
        }
    }
    static const QStringList eventColumns { QStringLiteral("id"), QStringLiteral("entry_id"),
        QStringLiteral("event"), QStringLiteral("actor"), QStringLiteral("at"), QStringLiteral("caused_by"),
        QStringLiteral("reason") };
    QStringList out;
    compareRows(db, QStringLiteral("incident_entries"), tr("log entry"), entries, entryColumns(), &out);
    compareRows(db, QStringLiteral("incident_events"), tr("log event"), events, eventColumns, &out);
    return out;
}
