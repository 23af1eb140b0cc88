// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A feature's check of its own tables against the audit trail: it replays the records the feature wrote
// and names every row whose stored state differs from what the trail says (changed, added or deleted
// behind the application's back). Features register theirs with TrailReplayerRegistry; AuditChain::verify
// runs them all, so the audit room needs to know no feature's schema.
class TrailReplayer {
public:
    virtual ~TrailReplayer() = default;
    // A stable id ("checklist", "incidents", ...); the registry keeps one replayer per name.
    virtual QString name() const = 0;
    // One line per difference, in the user's language; empty when the tables agree with the trail.
    virtual QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const = 0;

    // Row id -> column -> value, as a replay of the trail leaves a table.
    using Rows = QHash<qint64, QHash<QString, QString>>;
    // Compares every row of `table` (keyed by its column id) with `expected` in `columns`; `what` names a
    // row in messages ("log entry"), `unrecorded` (with %1 for the id) replaces the message for a row the
    // trail never recorded. A table that does not exist (an older session) has no differences.
    static void compareRows(const QSqlDatabase &db, const QString &table, const QString &what,
        const Rows &expected, const QStringList &columns, QStringList *out, const QString &unrecorded = {});
};
