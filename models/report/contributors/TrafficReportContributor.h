// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

// The traffic shift's part of a report, read straight from the session's traffic tables: the plan, every
// change of the split with its intent, confirmation (or error), duration, who and why; every gate
// measurement with value, condition, verdict and reason (recorded in English, shown in the report's
// language), the gates that had no data; rollbacks (by the gate that decided) and where the run ended as
// outcome notes; the final split as a title fact. Timeline events "traffic.step" (confirmed changes),
// "gate.outcome" (one per step's gates) and "traffic.decision" (rollback, pause, hold, completion).
class TrafficReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("traffic"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;
};
