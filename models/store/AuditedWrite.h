// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// A change and its audit record, written in the caller's open write transaction the way the session's engine
// takes it: in a file, the statement and AuditChain::append; on a team server, one call of the session's
// write function (TeamSchema), which makes the change and appends the record itself, as the logged-in role
// (members may not write those tables directly). The record says what changed (action, field, old and new
// value, reason, time); seq, actor and hash come back filled in. false with *error on any refusal.
class AuditedWrite {
public:
    // One column of a checklist item (field: a column name from CutoverSession, never input).
    static bool setItemField(QSqlDatabase &db, qint64 id, const QString &field, const QVariant &value,
        AuditRecord &record, QString *error);
    // A log entry, values in IncidentTrailReplayer::entryColumns() order.
    static bool addIncidentEntry(
        QSqlDatabase &db, const QVariantList &values, AuditRecord &record, QString *error);
    // An event of a log entry: id, entry_id, event, actor, at, caused_by, reason.
    static bool addIncidentEvent(
        QSqlDatabase &db, const QVariantList &values, AuditRecord &record, QString *error);

private:
    // statement with values in a file; function (its name and the placeholders of arguments, then the
    // record's six) with arguments on a server.
    static bool write(QSqlDatabase &db, const QString &statement, const QVariantList &values,
        const QString &function, const QVariantList &arguments, AuditRecord &record, QString *error);
};
