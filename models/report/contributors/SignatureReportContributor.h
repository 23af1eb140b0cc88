// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

// The electronic signatures of the session (21 CFR 11.50 manifestation): for each, the printed name, the
// principal, the date and time, the meaning and what was signed; a declared one says "declared, not
// verified". The section opens with the session's policy in plain words and how to check the signatures
// with ssh-keygen. A title-page fact gives the policy and the counts.
class SignatureReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("signatures"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;
};
