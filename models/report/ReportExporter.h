// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "report/ReportProgress.h"

#include <QSize>
#include <QString>
#include <QStringList>

// One export of a report, start to end, on the calling thread: opens the session file read-only (its own
// connection, so this runs on a worker thread while the GUI keeps its session open), gathers the report
// and writes it in the chosen format. Used by cutoverctl directly and by ReportExportJob on a worker.
class ReportExporter {
public:
    enum class Format { Pdf, Html, Markdown, Json, AuditCsv };

    struct Request {
        QString sessionPath;
        QString outputPath;
        Format format = Format::Pdf;
        QString language = QStringLiteral("en");
        QSize figureSize = QSize(2100, 960);
    };

    // "pdf", "html", "md" (or "markdown"), "json", "csv".
    static bool formatFromKey(const QString &key, Format *format);
    static QString formatKey(Format format);
    static QString suffix(Format format);

    // On success, *written lists the files written (the report first, then figure files for Markdown).
    static ActionResult run(
        const Request &request, const ReportProgress &progress = {}, QStringList *written = nullptr);
};
