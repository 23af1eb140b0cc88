// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/OutboxTrailReplayer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The columns an outbox.enqueue record holds.
const char *const enqueuedColumns[] = { "channel", "kind", "ref_id", "summary", "payload" };

}

QStringList OutboxTrailReplayer::mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows outbox;
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("outbox.enqueue")) {
            const QJsonObject o = QJsonDocument::fromJson(r.newValue.toUtf8()).object();
            Row &row = outbox[r.entityId];
            for (const char *column : enqueuedColumns) {
                const QJsonValue v = o.value(QLatin1String(column));
                row[QLatin1String(column)]
                    = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
            }
            row[QStringLiteral("state")] = QStringLiteral("pending");
        } else if (r.entity == QLatin1String("outbox") && r.field == QLatin1String("state")) {
            outbox[r.entityId][QStringLiteral("state")] = r.newValue;
        }
    }
    QStringList columns { QStringLiteral("state") };
    for (const char *c : enqueuedColumns)
        columns << QLatin1String(c);
    QStringList out;
    compareRows(db, QStringLiteral("outbox"),
        QCoreApplication::translate("OutboxTrailReplayer", "outbox message"), outbox, columns, &out);
    return out;
}
