// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The template versions made from this session (template.version records), compared with
// template_versions; the stored runbook by its SH-256 where the record carries it (trail version 2).
class TemplateVersionTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("template-versions"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
