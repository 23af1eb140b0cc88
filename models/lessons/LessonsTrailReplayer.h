// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The result statement (result.edit), its final mark (result.final) and the lessons learned (lesson.add,
// lesson.edit, lesson.remove) as the trail says they must be, compared with result_statement,
// result_final and lessons.
class LessonsTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("lessons"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
