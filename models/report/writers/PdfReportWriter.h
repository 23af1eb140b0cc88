// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "report/ReportDocument.h"
#include "report/ReportProgress.h"

// Writes a report as a paginated A4 PDF: a title page, every section starting on a new page, a header with
// the session name and mode and a footer with the page number and the audit head hash on every page,
// tables that break across pages with their header row repeated, and figures at print resolution.
// Uses QPdfWriter and QTextDocument only (no widgets), so it runs on a worker thread.
class PdfReportWriter {
public:
    static ActionResult write(
        const ReportDocument &document, const QString &path, const ReportProgress &progress = {});
};
