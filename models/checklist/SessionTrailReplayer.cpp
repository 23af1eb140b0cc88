// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SessionTrailReplayer.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionTrailReplayer", text);
}

}

QStringList SessionTrailReplayer::mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows session;
    Rows phases;
    bool phasesRecorded = recordsEveryTable(records);
    // session.create names the template "template"; the table says template_name.
    static const QHash<QString, QString> columnOfKey { { QStringLiteral("template"),
                                                           QStringLiteral("template_name") },
        { QStringLiteral("trail"), QString() } };
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("session.create")) {
            Row &row = session[1];
            row.clear();
            fillFromJson(row, jsonOf(r.newValue), columnOfKey);
        } else if (r.action == QLatin1String("phase.create")) {
            fillFromJson(phases[r.entityId], jsonOf(r.newValue));
            phasesRecorded = true;
        } else if (r.action == QLatin1String("policy.change") && r.entity == QLatin1String("session")) {
            session[1][QStringLiteral("signatures")] = r.newValue;
        }
    }
    QStringList out;
    CompareOptions older;
    older.skipMissing = true; // created_at: recorded since trail version 2; signatures: since migration 9
    compareRows(db, QStringLiteral("session"), tr("session"), session,
        { QStringLiteral("name"), QStringLiteral("goal"), QStringLiteral("rehearsal"),
            QStringLiteral("language"), QStringLiteral("template_name"), QStringLiteral("created_at"),
            QStringLiteral("signatures") },
        &out, tr("session %1 exists but the trail never created it"), older);
    if (phasesRecorded)
        compareRows(db, QStringLiteral("phases"), tr("phase"), phases,
            { QStringLiteral("position"), QStringLiteral("name") }, &out,
            tr("phase %1 exists but the trail never created it"));
    return out;
}
