// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/ReportContributors.h"

#include "report/ReportContributorRegistry.h"
#include "report/contributors/IncidentReportContributor.h"
#include "report/contributors/MetricsReportContributor.h"
#include "report/contributors/SignatureReportContributor.h"
#include "report/contributors/TrafficReportContributor.h"

void registerBuiltInReportContributors()
{
    // add() replaces a contributor with the same id, so this is idempotent.
    ReportContributorRegistry::add(std::make_shared<TrafficReportContributor>());
    ReportContributorRegistry::add(std::make_shared<MetricsReportContributor>());
    ReportContributorRegistry::add(std::make_shared<IncidentReportContributor>());
    ReportContributorRegistry::add(std::make_shared<SignatureReportContributor>());
}
