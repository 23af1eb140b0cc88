// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/TemplateVersionTrailReplayer.h"

#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateVersionTrailReplayer", text);
}

}

QStringList TemplateVersionTrailReplayer::mismatches(
    const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows versions;
    for (const AuditRecord &r : records) {
        if (r.action != QLatin1String("template.version"))
            continue;
        const QJsonObject o = jsonOf(r.newValue);
        QStringList changelog;
        for (const QJsonValue &line : o.value(QStringLiteral("changelog")).toArray())
            changelog << line.toString();
        Row &row = versions[r.entityId];
        row = { { QStringLiteral("name"), o.value(QStringLiteral("template")).toString() },
            { QStringLiteral("version"), jsonValueText(o.value(QStringLiteral("version"))) },
            { QStringLiteral("created_at"), Timestamps::toText(r.at) },
            { QStringLiteral("created_by"), r.actor },
            { QStringLiteral("changelog"), changelog.join(QLatin1Char('\n')) },
            { QStringLiteral("file_path"), o.value(QStringLiteral("file")).toString() } };
        if (o.contains(QStringLiteral("runbook_sha256")))
            row.insert(QStringLiteral("runbook"), o.value(QStringLiteral("runbook_sha256")).toString());
    }
    QStringList out;
    CompareOptions older;
    older.skipMissing = true; // the runbook's hash: recorded since trail version 2
    older.hashed = { QStringLiteral("runbook") }; // the record carries its hash, the table the whole text
    compareRows(db, QStringLiteral("template_versions"), tr("template version"), versions,
        { QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("created_at"),
            QStringLiteral("created_by"), QStringLiteral("changelog"), QStringLiteral("file_path"),
            QStringLiteral("runbook") },
        &out, {}, older);
    return out;
}
