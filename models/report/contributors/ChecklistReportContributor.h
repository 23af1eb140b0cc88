// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

// The checklist's part of a report: per phase a summary and a table with planned versus actual times and
// who did and who signed off each task; remarks (skip reasons, notes, evidence); and the timeline events
// of completions, failures, skips and sign-offs, taken from the audit trail.
class ChecklistReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("checklist"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;
};
