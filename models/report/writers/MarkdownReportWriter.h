// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "report/ReportDocument.h"
#include "report/ReportProgress.h"

// Writes a report as Markdown for a wiki (GitHub-flavoured tables). Figures are written as PNG files
// beside the .md file (NAME-figure-N.png) and linked relatively. User-written text is escaped so that it
// never turns into markup or HTML.
class MarkdownReportWriter {
public:
    // Returns the written files (the .md first) in *files if given.
    static ActionResult write(const ReportDocument &document, const QString &path,
        const ReportProgress &progress = {}, QStringList *files = nullptr);
};
