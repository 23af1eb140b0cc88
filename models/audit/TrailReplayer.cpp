// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/TrailReplayer.h"

#include "core/Timestamps.h"
#include "store/SessionSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace {

bool sameValue(const QString &column, const QString &stored, const QString &trail,
    const TrailReplayer::CompareOptions &options)
{
    if (stored == trail)
        return true;
    if (!options.nearTimes.contains(column))
        return false;
    const QDateTime a = Timestamps::fromText(stored);
    const QDateTime b = Timestamps::fromText(trail);
    return a.isValid() && b.isValid() && std::abs(a.msecsTo(b)) <= TrailCompareOptions::nearTimeMs;
}

}

void TrailReplayer::compareRows(const QSqlDatabase &db, const QString &table, const QString &what,
    const Rows &expected, const QStringList &columns, QStringList *out, const QString &unrecorded,
    const CompareOptions &options)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A table an older session does not have yet has no differences; it is not queried (on PostgreSQL a
    // failed statement would abort the read snapshot every other check runs in).
    const bool plainTable = !table.contains(QLatin1Char(' '));
    if (plainTable && !SessionSchema::hasTable(db, table))
        return;
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
        *out << QCoreApplication::translate("TrailReplayer", "%1: the table cannot be read (%2)")
                    .arg(what, q.lastError().text());
        return;
    }
    // Column positions once, not a lookup by name for every value of every row.
    const QSqlRecord shape = q.record();
    const int idColumn = shape.indexOf(QStringLiteral("id"));
    QList<int> positions;
    positions.reserve(columns.size());
    for (const QString &column : columns)
        positions << shape.indexOf(column);
    // The ids of stored rows the trail knows; a set of them is made only when some recorded row is missing.
    QList<qint64> matched;
    matched.reserve(expected.size());
    while (q.next()) {
        const qint64 id = q.value(idColumn).toLongLong();
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
        if (matched.isEmpty() || matched.constLast() != id) // ORDER BY id: a repeated id comes next
            matched << id;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &column = columns.at(c);
            const auto recorded = it->constFind(column);
            if (options.skipMissing && recorded == it->constEnd())
                continue;
            // A NULL reads as "" whatever the engine (PostgreSQL's driver gives a NULL number as 0).
            const QString value = positions.at(c) < 0 || q.isNull(positions.at(c))
                ? QString()
                : q.value(positions.at(c)).toString();
            const QString stored = options.hashed.contains(column)
                ? QString::fromLatin1(
                    QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex())
                : value;
            const QString trail = recorded == it->constEnd() ? QString() : recorded->second;
            if (!sameValue(column, stored, trail, options))
                *out << QCoreApplication::translate(
                    "TrailReplayer", "%1 %2: %3 is \"%4\" but the trail says \"%5\"")
                            .arg(what)
                            .arg(id)
                            .arg(column, stored, trail);
        }
    }
    if (matched.size() == expected.size())
        return; // every recorded row is there (each id counted once)
    const QSet<qint64> seen(matched.cbegin(), matched.cend());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            *out << QCoreApplication::translate("TrailReplayer", "%1 %2 is in the trail but was deleted")
                        .arg(what)
                        .arg(it.key());
    }
}

QString TrailReplayer::jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

QJsonObject TrailReplayer::jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void TrailReplayer::fillFromJson(
    Row &row, const QJsonObject &json, const QHash<QString, QString> &columnOfKey)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const auto renamed = columnOfKey.constFind(it.key());
        const QString column = renamed == columnOfKey.constEnd() ? it.key() : *renamed;
        if (!column.isEmpty())
            row[column] = jsonValueText(it.value());
    }
}

bool TrailReplayer::recordsEveryTable(const QList<AuditRecord> &records)
{
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("session.create"))
            return jsonOf(r.newValue).value(QStringLiteral("trail")).toInt() >= 2;
    }
    return false;
}
