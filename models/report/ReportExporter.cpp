// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportExporter.h"

#include "audit/AuditChain.h"
#include "audit/AuditCsv.h"
#include "checklist/CutoverSession.h"
#include "report/ReportBuilder.h"
#include "report/writers/HtmlReportWriter.h"
#include "report/writers/JsonReportWriter.h"
#include "report/writers/MarkdownReportWriter.h"
#include "report/writers/PdfReportWriter.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportExporter", text);
}
}

bool ReportExporter::formatFromKey(const QString &key, Format *format)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (k == QLatin1String("html"))
        *format = Format::Html;
    else if (k == QLatin1String("md") || k == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (k == QLatin1String("json"))
        *format = Format::Json;
    else if (k == QLatin1String("csv"))
        *format = Format::AuditCsv;
    else
        return false;
    return true;
}

QString ReportExporter::formatKey(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Json:
        return QStringLiteral("json");
    case Format::AuditCsv:
        return QStringLiteral("csv");
    }
    return QString();
}

QString ReportExporter::suffix(Format format)
{
    return formatKey(format);
}

ActionResult ReportExporter::run(const Request &request, const ReportProgress &progress, QStringList *written)
{
    if (!ReportStrings::isSupported(request.language))
        return ActionResult::failure(
            tr("Reports are written in English (en) or German (de), not \"%1\".").arg(request.language));
    if (request.outputPath.isEmpty())
        return ActionResult::failure(tr("Say where the report goes (an output file)."));
    progress.set(0, tr("Opening the session"));
    QString error;
    std::unique_ptr<CutoverSession> session
        = CutoverSession::open(request.sessionPath, SessionStore::Mode::ReadOnly, &error);
    if (!session)
        return ActionResult::failure(error);

    ActionResult result;
    if (request.format == Format::AuditCsv) {
        const QList<AuditRecord> records = AuditChain::readAll(session->store()->database(), &error);
        if (!error.isEmpty())
            return ActionResult::failure(tr("Cannot read the audit trail: %1").arg(error));
        if (!AuditCsv::writeFile(records, request.outputPath, &error))
            return ActionResult::failure(error);
        if (written)
            *written = QStringList { request.outputPath };
        progress.set(100);
        return ActionResult::success();
    }

    ReportBuilder builder(request.language);
    builder.setFigureSize(request.figureSize);
    ReportDocument document;
    if (!builder.build(*session, &document, &error, progress))
        return ActionResult::failure(error);
    switch (request.format) {
    case Format::Pdf:
        result = PdfReportWriter::write(document, request.outputPath, progress);
        break;
    case Format::Html:
        result = HtmlReportWriter::write(document, request.outputPath, progress);
        break;
    case Format::Json:
        result = JsonReportWriter::write(document, request.outputPath, progress);
        break;
    case Format::Markdown:
        return MarkdownReportWriter::write(document, request.outputPath, progress, written);
    case Format::AuditCsv:
        break;
    }
    if (result && written)
        *written = QStringList { request.outputPath };
    return result;
}
