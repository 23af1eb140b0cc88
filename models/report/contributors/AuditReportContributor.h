// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"
#include "report/ReportIntegrity.h"

// The integrity section: the audit chain's head hash, its record count, whether it verifies, and the exact
// cutoverctl command with which a reader checks the session file against the report.
class AuditReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("audit"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;

    static ReportIntegrity integrity(const CutoverSession &session);
};
