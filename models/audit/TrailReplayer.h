// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"
#include "audit/TrailCompareOptions.h"
#include "audit/TrailRow.h"

#include <QHash>
#include <QJsonObject>
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
    using Row = TrailRow;
    using Rows = QHash<qint64, Row>;
    using CompareOptions = TrailCompareOptions;

    // Compares every row of `table` (keyed by its column id) with `expected` in `columns`; `what` names a
    // row in messages ("log entry"), `unrecorded` (with %1 for the id) replaces the message for a row the
    // trail never recorded. A table that does not exist (an older session) has no differences.
    static void compareRows(const QSqlDatabase &db, const QString &table, const QString &what,
        const Rows &expected, const QStringList &columns, QStringList *out, const QString &unrecorded = {},
        const CompareOptions &options = {});

    // Sets row[column] for every key of a record's JSON object (renamed by `columnOfKey` where it names a
    // key, dropped where it maps a key to an empty name), as text the way the tables hold it: strings as
    // they are, integral numbers without a fraction, booleans as 1/0, arrays and objects as compact JSON.
    static void fillFromJson(
        Row &row, const QJsonObject &json, const QHash<QString, QString> &columnOfKey = {});
    static QJsonObject jsonOf(const QString &text); // {} when the text is no JSON object
    static QString jsonValueText(const QJsonValue &value);

    // True when the trail was begun by a version that records every table in full (its session.create
    // record carries "trail": 2 or later): then nothing is excused as "written by an older version".
    static bool recordsEveryTable(const QList<AuditRecord> &records);
};
