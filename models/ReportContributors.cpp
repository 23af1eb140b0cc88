// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportContributors.h"

#include "IncidentReportContributor.h"
#include "MetricsReportContributor.h"
#include "ReportContributorRegistry.h"
#include "TrafficReportContributor.h"

void registerBuiltInReportContributors()
{
    // add() replaces a contributor with the same id, so this is idempotent.
    ReportContributorRegistry::add(std::make_shared<TrafficReportContributor>());
    ReportContributorRegistry::add(std::make_shared<MetricsReportContributor>());
    ReportContributorRegistry::add(std::make_shared<IncidentReportContributor>());
}
