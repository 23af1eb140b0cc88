// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/NotificationSettingsTrailReplayer.h"

#include <QCoreApplication>
#include <QSqlQuery>

QStringList NotificationSettingsTrailReplayer::mismatches(
    const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    const QString key = QStringLiteral("notify.channels");
    // The setting is a meta row keyed by name; compareRows wants an id, so the row is given id 1.
    Rows expected;
    for (const AuditRecord &r : records) {
        if (r.action == key && r.field == key)
            expected[1] = { { QStringLiteral("value"), r.newValue } };
    }
    QStringList out;
    compareRows(db, QStringLiteral("(SELECT 1 AS id, value FROM meta WHERE key = '%1') AS setting").arg(key),
        QCoreApplication::translate("NotificationSettingsTrailReplayer", "notification channel setting"),
        expected, { QStringLiteral("value") }, &out);
    return out;
}
