// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonsTrailReplayer.h"

#include "core/Timestamps.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LessonsTrailReplayer", text);
}

// The keys of a lesson's record (LessonsLearned's lessonJson) -> the lessons table's columns.
const QHash<QString, QString> &lessonColumnOfKey()
{
    static const QHash<QString, QString> columns { { QStringLiteral("change"),
                                                       QStringLiteral("change_kind") },
        { QStringLiteral("target"), QStringLiteral("change_target") },
        { QStringLiteral("phase"), QStringLiteral("change_phase") },
        { QStringLiteral("task"), QStringLiteral("change_task") },
        { QStringLiteral("new_text"), QStringLiteral("change_new_text") },
        { QStringLiteral("expected"), QStringLiteral("change_expected") } };
    return columns;
}

}

QStringList LessonsTrailReplayer::mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Rows result;
    Rows final;
    Rows lessons;
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("result.edit")) {
            Row &row = result[1];
            row[r.field] = r.newValue;
            row[QStringLiteral("updated_by")] = r.actor;
            row[QStringLiteral("updated_at")] = Timestamps::toText(r.at);
        } else if (r.action == QLatin1String("result.final")) {
            final[1] = { { QStringLiteral("final_by"), r.actor },
                { QStringLiteral("final_at"), Timestamps::toText(r.at) } };
        } else if (r.action == QLatin1String("lesson.add")) {
            // Before trail version 2 the record had no position: a new lesson went after the last one.
            qint64 position = -1;
            for (const Row &l : std::as_const(lessons))
                position = std::max(position, l.value(QStringLiteral("position")).toLongLong());
            Row &row = lessons[r.entityId];
            row = { { QStringLiteral("position"), QString::number(position + 1) },
                { QStringLiteral("created_by"), r.actor },
                { QStringLiteral("created_at"), Timestamps::toText(r.at) } };
            fillFromJson(row, jsonOf(r.newValue), lessonColumnOfKey());
        } else if (r.action == QLatin1String("lesson.edit")) {
            lessons[r.entityId][lessonColumnOfKey().value(r.field, r.field)] = r.newValue;
        } else if (r.action == QLatin1String("lesson.remove")) {
            lessons.remove(r.entityId);
        }
    }
    QStringList out;
    compareRows(db, QStringLiteral("result_statement"), tr("result statement"), result,
        { QStringLiteral("goal"), QStringLiteral("went_well"), QStringLiteral("open_points"),
            QStringLiteral("updated_by"), QStringLiteral("updated_at") },
        &out);
    compareRows(db, QStringLiteral("result_final"), tr("final mark of the result statement"), final,
        { QStringLiteral("final_by"), QStringLiteral("final_at") }, &out);
    compareRows(db, QStringLiteral("lessons"), tr("lesson"), lessons,
        { QStringLiteral("position"), QStringLiteral("text"), QStringLiteral("action"),
            QStringLiteral("owner"), QStringLiteral("change_kind"), QStringLiteral("change_target"),
            QStringLiteral("change_phase"), QStringLiteral("change_task"), QStringLiteral("change_new_text"),
            QStringLiteral("change_expected"), QStringLiteral("created_by"), QStringLiteral("created_at") },
        &out);
    return out;
}
