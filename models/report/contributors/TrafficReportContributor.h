// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

// The traffic shift's part of a report, read straight from the session's traffic tables: the plan, every
// change of the split with its intent, confirmation (or error), duration, who and why; every gate
// measurement with value, condition, verdict and reason; rollbacks as outcome notes; the final split as a
// title fact. Timeline events "traffic.step" (confirmed changes) and "gate.verdict" (measurements).
class TrafficReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("traffic"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;
};
