// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

// The live metrics' part of a report: one chart per metric (error ratio, p99 latency, request rate, then
// any other recorded metric), the old and the new path in two colours, drawn with ReportChart from the
// session's metric_samples (decimated in the database when a series is long), with a dashed marker at
// every confirmed traffic change and the limits of the plan's metric gates as SLO lines; and a table with
// the minimum, mean and maximum of every series.
class MetricsReportContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("metrics"); }
    bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const override;

    // Above this many samples a series is reduced in the database to a few points per pixel column.
    static constexpr qint64 rawSampleLimit = 100000;
};
