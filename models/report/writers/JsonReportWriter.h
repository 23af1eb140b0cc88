// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "report/ReportDocument.h"
#include "report/ReportProgress.h"

#include <QJsonObject>

// Writes a report as JSON for machines: the session, result statement, checklist with every item,
// timeline, lessons with their runbook changes, every section as blocks (figures as base64 PNG), the
// contributors' data, the integrity state and the whole audit trail. The layout is documented by
// resources/report.schema.json; "format_version" changes when it changes incompatibly.
class JsonReportWriter {
public:
    static constexpr int formatVersion = 1;
    static QJsonObject toJson(const ReportDocument &document, const ReportProgress &progress = {});
    static ActionResult write(
        const ReportDocument &document, const QString &path, const ReportProgress &progress = {});
};
