// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/writers/HtmlReportWriter.h"

#include "core/AtomicFile.h"
#include "report/ReportEscaping.h"

#include <QCoreApplication>

using ReportEscaping::html;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HtmlReportWriter", text);
}

const char *const styleSheet = R"(
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1d2430; margin: 0 auto; max-width: 60rem;
       padding: 2rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem 0; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1d3d6b; padding-bottom: .2rem; margin-top: 2.4rem; color: #1d3d6b; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem 0; font-size: .86rem; }
th, td { border: 1px solid #c8ced8; padding: .28rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #e9eef6; }
tbody td:first-child { white-space: nowrap; }
table.kv th { width: 16rem; background: #f4f6fa; font-weight: 600; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0; }
figure { margin: 1rem 0; } figure img { width: 100%; height: auto; border: 1px solid #c8ced8; }
figcaption { font-size: .86rem; color: #4a5568; }
pre { background: #f4f6fa; border: 1px solid #c8ced8; padding: .6rem; white-space: pre-wrap; word-break: break-all; }
.mode { display: inline-block; padding: .1rem .6rem; border-radius: .25rem; color: #fff; font-weight: 700; }
.mode.live { background: #b3261e; } .mode.rehearsal { background: #1d5fb3; }
.titlepage { border-bottom: 3px solid #1d3d6b; padding-bottom: 1rem; }
.problems { border: 2px solid #b3261e; padding: .5rem 1rem; }
nav ol { columns: 2; }
.approval td { height: 2.6rem; }
th.stretch { width: 40%; }
@media print { body { max-width: none; padding: 0; } section { page-break-before: always; }
               thead { display: table-header-group; } tr, figure { page-break-inside: avoid; } }
)";

void writeBlock(QString &out, const ReportBlock &b, int *figureCount, const QList<QByteArray> &pngs = {})
{
    switch (b.kind) {
    case ReportBlock::Kind::Heading: {
        const int level = qBound(3, b.level, 6);
        out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(html(b.text));
        break;
    }
    case ReportBlock::Kind::Paragraph:
        if (b.monospace)
            out += QStringLiteral("<pre><code>%1</code></pre>\n").arg(b.text.toHtmlEscaped());
        else
            out += QStringLiteral("<p>%1</p>\n").arg(html(b.text));
        break;
    case ReportBlock::Kind::KeyValues:
        out += QStringLiteral("<table class=\"kv\">\n");
        for (const auto &p : b.pairs)
            out += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
                       .arg(html(p.first), html(p.second));
        out += QStringLiteral("</table>\n");
        break;
    case ReportBlock::Kind::Table: {
        out += QStringLiteral("<table>\n");
        if (!b.caption.isEmpty())
            out += QStringLiteral("<caption>%1</caption>\n").arg(html(b.caption));
        out += QStringLiteral("<thead><tr>");
        for (int c = 0; c < b.header.size(); ++c)
            out += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                       .arg(c == b.stretchColumn ? QStringLiteral(" class=\"stretch\"") : QString(),
                           html(b.header.at(c)));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : b.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>%1</td>").arg(html(cell));
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
        break;
    }
    case ReportBlock::Kind::Figure: {
        const QByteArray bytes = pngs.value(*figureCount);
        ++*figureCount;
        out += QStringLiteral("<figure><img alt=\"%1\" src=\"data:image/png;base64,%2\">"
                              "<figcaption>%3</figcaption></figure>\n")
                   .arg(b.caption.toHtmlEscaped(), QString::fromLatin1(bytes.toBase64()), html(b.caption));
        break;
    }
    }
}

}

QString HtmlReportWriter::toHtml(const ReportDocument &doc, const ReportProgress &progress)
{
    const ReportStrings &s = doc.strings;
    QString out;
    out.reserve(1 << 20);
    out += QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"Cutover Cockpit\">\n<title>%2</title>\n<style>%3</style>\n"
        "</head>\n<body>\n")
               .arg(s.language(), html(doc.title()), QLatin1String(styleSheet));

    // Title page.
    out += QStringLiteral(
        "<header class=\"titlepage\">\n<h1>%1</h1>\n<p><span class=\"mode %2\">%3</span></p>\n")
               .arg(html(doc.title()),
                   doc.info.rehearsal ? QStringLiteral("rehearsal") : QStringLiteral("live"),
                   html(doc.modeText().toUpper()));
    const QList<QPair<QString, QString>> facts = doc.titlePageFacts();
    int figures = 0;
    writeBlock(out, ReportBlock::keyValues(facts), &figures);
    out += QStringLiteral("</header>\n");

    if (!doc.problems.isEmpty()) {
        out += QStringLiteral("<div class=\"problems\"><p><strong>%1</strong></p><ul>")
                   .arg(html(s.text(ReportStrings::ContributorFailed)));
        for (const QString &p : doc.problems)
            out += QStringLiteral("<li>%1</li>").arg(html(p));
        out += QStringLiteral("</ul></div>\n");
    }

    out += QStringLiteral("<nav><h2>%1</h2><ol>\n").arg(html(s.text(ReportStrings::Contents)));
    for (const ReportSection &sec : doc.sections)
        out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                   .arg(sec.id.toHtmlEscaped(), html(sec.title));
    out += QStringLiteral("</ol></nav>\n");

    // Review and approval: the same fields as on the PDF's title page, with room to sign a printout.
    {
        const ReportBlock approval = doc.approvalTable();
        out += QStringLiteral("<div class=\"approval\">\n<h2>%1</h2>\n<table>\n<thead><tr>")
                   .arg(html(approval.caption));
        for (const QString &h : approval.header)
            out += QStringLiteral("<th scope=\"col\">%1</th>").arg(html(h));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : approval.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>%1</td>").arg(html(cell));
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n</div>\n");
    }

    const QList<QByteArray> pngs = ReportEscaping::figurePngs(doc.sections);
    progress.set(60, QString());
    figures = 0;
    int n = 0;
    for (const ReportSection &sec : doc.sections) {
        if (progress.isCanceled())
            return QString();
        out += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n")
                   .arg(sec.id.toHtmlEscaped(), html(sec.title));
        for (const ReportBlock &b : sec.blocks)
            writeBlock(out, b, &figures, pngs);
        out += QStringLiteral("</section>\n");
        progress.set(60 + 35 * ++n / int(qMax<qsizetype>(1, doc.sections.size())), sec.title);
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

ActionResult HtmlReportWriter::write(
    const ReportDocument &doc, const QString &path, const ReportProgress &progress)
{
    const QString text = toHtml(doc, progress);
    if (progress.isCanceled())
        return ActionResult::failure(tr("The export was cancelled; nothing was written."));
    if (QString error; !AtomicFile::write(path, text.toUtf8(), &error))
        return ActionResult::failure(tr("Cannot write %1: %2").arg(path, error));
    progress.set(100);
    return ActionResult::success();
}
