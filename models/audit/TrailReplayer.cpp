// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/TrailReplayer.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

void TrailReplayer::compareRows(const QSqlDatabase &db, const QString &table, const QString &what,
    const Rows &expected, const QStringList &columns, QStringList *out, const QString &unrecorded)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return; // an older session without this table
    QSet<qint64> seen;
    while (q.next()) {
        const qint64 id = q.value(QStringLiteral("id")).toLongLong();
        seen.insert(id);
        const auto it = expected.constFind(id);
        if (it == expected.constEnd()) {
            if (!unrecorded.isEmpty())
                *out << unrecorded.arg(id);
            else
                *out << QCoreApplication::translate(
                    "TrailReplayer", "%1 %2 exists but the trail never recorded it")
                            .arg(what)
                            .arg(id);
            continue;
        }
        for (const QString &column : columns) {
            const QString stored = q.value(column).toString();
            const QString trail = it->value(column);
            if (stored != trail)
                *out << QCoreApplication::translate(
                    "TrailReplayer", "%1 %2: %3 is \"%4\" but the trail says \"%5\"")
                            .arg(what)
                            .arg(id)
                            .arg(column, stored, trail);
        }
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            *out << QCoreApplication::translate("TrailReplayer", "%1 %2 is in the trail but was deleted")
                        .arg(what)
                        .arg(it.key());
    }
}
