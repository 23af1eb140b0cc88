// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "report/ReportDocument.h"
#include "report/ReportProgress.h"

// Writes a report as one self-contained HTML page: styles inline, figures as data: URIs, every text a
// person or a contributor wrote escaped. Prints well (tables repeat their header row, sections start on
// a new page).
class HtmlReportWriter {
public:
    static QString toHtml(const ReportDocument &document, const ReportProgress &progress = {});
    static ActionResult write(
        const ReportDocument &document, const QString &path, const ReportProgress &progress = {});
};
