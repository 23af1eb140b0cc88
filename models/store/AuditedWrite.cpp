// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditedWrite.h"

#include "audit/AuditChain.h"
#include "core/SqlText.h"
#include "store/ServerError.h"

#include <QSqlQuery>

bool AuditedWrite::setItemField(QSqlDatabase &db, qint64 id, const QString &field, const QVariant &value,
    AuditRecord &record, QString *error)
{
    return write(db, QStringLiteral("UPDATE items SET %1 = ? WHERE id = ?").arg(field), { value, id },
        QStringLiteral("item_change(?, ?, ?, "), { id, field, SqlText::notNull(record.newValue) }, record,
        error);
}

bool AuditedWrite::addIncidentEntry(
    QSqlDatabase &db, const QVariantList &values, AuditRecord &record, QString *error)
{
    return write(db,
        QStringLiteral("INSERT INTO incident_entries (id, kind, text, severity, author, occurred_at, "
                       "recorded_at, item_id, traffic_step, refers_to, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values, QStringLiteral("incident_add(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "), values, record, error);
}

bool AuditedWrite::addIncidentEvent(
    QSqlDatabase &db, const QVariantList &values, AuditRecord &record, QString *error)
{
    return write(db,
        QStringLiteral("INSERT INTO incident_events (id, entry_id, event, actor, at, caused_by, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        values, QStringLiteral("incident_event(?, ?, ?, ?, ?, ?, ?, "), values, record, error);
}

bool AuditedWrite::write(QSqlDatabase &db, const QString &statement, const QVariantList &values,
    const QString &function, const QVariantList &arguments, AuditRecord &record, QString *error)
{
    QSqlQuery q(db);
    if (db.driverName() != QLatin1String("QPSQL")) {
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = ServerError::describe(q);
            return false;
        }
        return AuditChain::append(db, record, error);
    }
    if (!AuditChain::prepareServerAppend(db, record, error))
        return false;
    // The function's own arguments, then what the record says.
    q.prepare(
        QStringLiteral("SELECT seq, actor, hash FROM ") + function + QStringLiteral("?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : arguments)
        q.addBindValue(v);
    for (const QString &text :
        { record.action, record.field, record.oldValue, record.newValue, record.reason, record.atText })
        q.addBindValue(SqlText::notNull(text));
    if (!q.exec() || !q.next()) {
        *error = ServerError::describe(q);
        return false;
    }
    return AuditChain::acceptServerAppend(
        db, record, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), error);
}
