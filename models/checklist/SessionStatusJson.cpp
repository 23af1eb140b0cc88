// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SessionStatusJson.h"

#include "checklist/ChecklistProgress.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"

#include <QJsonArray>

namespace {

QJsonObject itemJson(const ChecklistItem &item)
{
    return QJsonObject {
        { QStringLiteral("id"), item.id },
        { QStringLiteral("task"), item.task },
        { QStringLiteral("expected"), item.expected },
        { QStringLiteral("owner"), item.owner },
        { QStringLiteral("status"), ItemStatusText::key(item.status) },
        { QStringLiteral("skip_reason"), item.skipReason },
        { QStringLiteral("signoff_required"), item.signOffRequired },
        { QStringLiteral("completed_by"), item.completedBy },
        { QStringLiteral("signed_off_by"), item.signedOffBy },
        { QStringLiteral("notes"), item.notes },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(item.evidence) },
        { QStringLiteral("planned_minutes"), item.plannedMinutes },
        { QStringLiteral("actual_start"), Timestamps::toText(item.actualStart) },
        { QStringLiteral("actual_end"), Timestamps::toText(item.actualEnd) },
    };
}

}

QJsonObject SessionStatusJson::build(const CutoverSession &session)
{
    const SessionInfo &info = session.info();
    ChecklistProgress overall;
    QJsonArray phases;
    for (const Phase &phase : session.phases()) {
        ChecklistProgress progress;
        QJsonArray items;
        for (const ChecklistItem &item : session.items(phase.id)) {
            progress.add(item.status);
            overall.add(item.status);
            items.append(itemJson(item));
        }
        phases.append(
            QJsonObject { { QStringLiteral("id"), phase.id }, { QStringLiteral("name"), phase.name },
                { QStringLiteral("progress"), progress.toJson() }, { QStringLiteral("items"), items } });
    }
    return QJsonObject {
        { QStringLiteral("name"), info.name },
        { QStringLiteral("goal"), info.goal },
        { QStringLiteral("rehearsal"), info.rehearsal },
        { QStringLiteral("language"), info.language },
        { QStringLiteral("template"), info.templateName },
        { QStringLiteral("created_at"), Timestamps::toText(info.createdAt) },
        { QStringLiteral("audit_head"), session.headHash() },
        { QStringLiteral("audit_records"), session.auditRecordCount() },
        { QStringLiteral("progress"), overall.toJson() },
        { QStringLiteral("phases"), phases },
    };
}
