// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

// The incident log's part of a report: every entry a second person verified (drafts and unverified
// corrections or retractions never appear), with the time it happened and the time it was recorded, its
// author and its verifier; entries taken back later are shown with the retraction or correction that
// replaced them. Timeline events "incident.entry".
class IncidentReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("incident-log"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;
};
