// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricSourceTrailReplayer.h"

#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QStringList MetricSourceTrailReplayer::mismatches(
    const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows source;
    for (const AuditRecord &r : records) {
        if (r.action != QLatin1String("metrics.source") || r.entity != QLatin1String("metric_source"))
            continue;
        source.remove(r.entityId);
        if (r.newValue.isEmpty()) // switched off: the row is deleted
            continue;
        Row &row = source[r.entityId];
        row[QStringLiteral("kind")]
            = QJsonDocument::fromJson(r.newValue.toUtf8()).object().value(QStringLiteral("kind")).toString();
        row[QStringLiteral("settings")] = r.newValue;
        row[QStringLiteral("updated_by")] = r.actor;
        row[QStringLiteral("updated_at")] = Timestamps::toText(r.at);
    }
    QStringList out;
    compareRows(db, QStringLiteral("metric_source"),
        QCoreApplication::translate("MetricSourceTrailReplayer", "metric source"), source,
        { QStringLiteral("kind"), QStringLiteral("settings"), QStringLiteral("updated_by"),
            QStringLiteral("updated_at") },
        &out);
    return out;
}
