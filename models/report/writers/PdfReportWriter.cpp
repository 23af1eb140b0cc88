// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/writers/PdfReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfReportWriter", text);
}

constexpr int dpi = 300;

double mm(double millimetres)
{
    return millimetres * dpi / 25.4;
}

// QTextDocument's HTML subset: attributes rather than modern CSS where Qt needs them.
QString esc(const QString &text)
{
    QString e = text.toHtmlEscaped();
    e.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return e;
}

const char *const css = R"(
body { font-family: "DejaVu Sans"; font-size: 9pt; color: #1d2430; }
h1 { font-size: 22pt; color: #1d3d6b; margin-bottom: 6pt; }
h2 { font-size: 15pt; color: #1d3d6b; margin-top: 0; margin-bottom: 8pt; }
h3 { font-size: 11pt; margin-top: 12pt; margin-bottom: 4pt; }
th { background-color: #e9eef6; font-weight: bold; text-align: left; }
td, th { font-size: 7.5pt; }
table.kv td, table.kv th { font-size: 9pt; }
table.kv th { background-color: #f4f6fa; }
p.caption { font-size: 8pt; color: #4a5568; margin-top: 2pt; }
p.tablecaption { font-weight: bold; margin-bottom: 2pt; }
p.code { font-family: "DejaVu Sans Mono"; font-size: 8pt; background-color: #f4f6fa; }
)";

QString tableHtml(const QStringList &header, const QList<QStringList> &rows, const QString &cssClass = {})
{
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                 "style=\"border-collapse: collapse; border-color: #c8ced8;\"%1>")
                      .arg(cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass));
    if (!header.isEmpty()) {
        // Column widths: every column gets at least its longest word (so "Owner" or a time never breaks),
        // and the rest of the line goes to the columns with long texts, in proportion to their length.
        constexpr double lineChars = 115; // characters of 7.5 pt text across the printed body
        QList<double> minimum(header.size(), 0);
        QList<double> desired(header.size(), 0);
        for (int c = 0; c < header.size(); ++c) {
            double longestWord = 0;
            for (const QString &w : header.at(c).split(QLatin1Char(' ')))
                longestWord = qMax(longestWord, 1.45 * w.size()); // the header is bold, hence wider
            double total = 0;
            for (const QStringList &row : rows) {
                total += qMin<qsizetype>(row.value(c).size(), 200);
                for (const QString &w : row.value(c).split(QRegularExpression(QStringLiteral("\\s"))))
                    longestWord = qMax(longestWord, 1.15 * double(qMin<qsizetype>(w.size(), 24)));
            }
            const double average = rows.isEmpty() ? header.at(c).size() : total / rows.size();
            minimum[c] = longestWord + 2.5;
            desired[c] = qMax(minimum[c], average + 2.5);
        }
        double sumMinimum = 0, sumDesired = 0;
        for (int c = 0; c < header.size(); ++c) {
            sumMinimum += minimum.at(c);
            sumDesired += desired.at(c);
        }
        QList<double> weight = desired;
        if (sumDesired > lineChars && sumMinimum < lineChars && sumDesired > sumMinimum) {
            for (int c = 0; c < header.size(); ++c)
                weight[c] = minimum.at(c)
                    + (lineChars - sumMinimum) * (desired.at(c) - minimum.at(c)) / (sumDesired - sumMinimum);
        } else if (sumMinimum >= lineChars) {
            weight = minimum;
        }
        double sum = 0;
        for (double w : weight)
            sum += w;
        out += QStringLiteral("<thead><tr>");
        for (int c = 0; c < header.size(); ++c)
            out += QStringLiteral("<th width=\"%1%\">%2</th>")
                       .arg(qMax(2, int(100 * weight.at(c) / sum)))
                       .arg(esc(header.at(c)));
        out += QStringLiteral("</tr></thead>");
    }
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (int i = 0; i < qMax(header.size(), row.size()); ++i)
            out += QStringLiteral("<td>%1</td>").arg(esc(row.value(i)));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

// A SHA-256 hash is one long word: a fixed-width font keeps it inside its cell.
QString valueHtml(const QString &value)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    if (hash.match(value).hasMatch())
        return QStringLiteral("<span style=\"font-family: 'DejaVu Sans Mono'; font-size: 7.5pt;\">%1</span>")
            .arg(value);
    return esc(value);
}

QString keyValueHtml(const QList<QPair<QString, QString>> &pairs)
{
    QString out = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" class=\"kv\" "
        "style=\"border-collapse: collapse; border-color: #c8ced8;\">");
    for (const auto &p : pairs)
        out += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                   .arg(esc(p.first), valueHtml(p.second));
    out += QStringLiteral("</table>");
    return out;
}

}

ActionResult PdfReportWriter::write(
    const ReportDocument &doc, const QString &path, const ReportProgress &progress)
{
    const ReportStrings &s = doc.strings;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ActionResult::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));

    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(dpi);
    writer.setTitle(doc.title());
    writer.setCreator(QStringLiteral("Cutover Cockpit"));

    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF body(mm(18), mm(24), page.width() - mm(36), page.height() - mm(24) - mm(20));

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setDocumentMargin(0);
    text.setPageSize(body.size());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    text.setDefaultFont(font);
    text.setDefaultStyleSheet(QLatin1String(css));

    // Title page.
    const bool live = !doc.info.rehearsal;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"font-size: 10pt; color: #4a5568; margin-top: %1px;\">%2</p>")
                .arg(int(mm(30)))
                .arg(esc(s.text(ReportStrings::ReportTitle)).toUpper());
    html += QStringLiteral("<h1>%1</h1>").arg(esc(doc.info.name));
    html += QStringLiteral(
        "<p><span style=\"background-color: %1; color: #ffffff; font-weight: bold; font-size: 12pt;\">"
        "&nbsp;%2&nbsp;</span></p><p></p>")
                .arg(live ? QStringLiteral("#b3261e") : QStringLiteral("#1d5fb3"),
                    esc(doc.modeText().toUpper()));
    const QList<QPair<QString, QString>> facts = doc.titlePageFacts();
    html += keyValueHtml(facts);
    if (!doc.problems.isEmpty()) {
        html += QStringLiteral("<p style=\"color: #b3261e; font-weight: bold;\">%1:</p><ul>")
                    .arg(esc(s.text(ReportStrings::ContributorFailed)));
        for (const QString &p : doc.problems)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(s.text(ReportStrings::Contents)));
    for (const ReportSection &sec : doc.sections)
        html += QStringLiteral("<li>%1</li>").arg(esc(sec.title));
    html += QStringLiteral("</ol>");
    // Room for the change board's signatures on the printed report.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(s.text(ReportStrings::Approval)));
    html += tableHtml({ s.text(ReportStrings::Name), s.text(ReportStrings::Role), s.text(ReportStrings::Date),
                          s.text(ReportStrings::Signature) },
        { { QStringLiteral("\n\n"), QString(), QString(), QString() },
            { QStringLiteral("\n\n"), QString(), QString(), QString() } });

    int figure = 0;
    // QTextDocument sizes images in 96-dpi pixels and scales them to the device; the image itself keeps
    // its full resolution in the PDF (300 dpi for a 2100-pixel chart across the page).
    const int figureWidth = int(body.width() * 96.0 / dpi);
    for (const ReportSection &sec : doc.sections) {
        if (progress.isCanceled())
            return ActionResult::failure(tr("The export was cancelled; nothing was written."));
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(sec.title));
        for (const ReportBlock &b : sec.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
                html += QStringLiteral("<h3>%1</h3>").arg(esc(b.text));
                break;
            case ReportBlock::Kind::Paragraph:
                if (b.monospace)
                    html += QStringLiteral("<p class=\"code\">%1</p>")
                                .arg(esc(b.text).replace(
                                    QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;")));
                else
                    html += QStringLiteral("<p>%1</p>").arg(esc(b.text));
                break;
            case ReportBlock::Kind::KeyValues:
                html += keyValueHtml(b.pairs) + QStringLiteral("<p></p>");
                break;
            case ReportBlock::Kind::Table:
                if (!b.caption.isEmpty())
                    html += QStringLiteral("<p class=\"tablecaption\">%1</p>").arg(esc(b.caption));
                html += tableHtml(b.header, b.rows) + QStringLiteral("<p></p>");
                break;
            case ReportBlock::Kind::Figure: {
                if (b.image.isNull())
                    break;
                const QString name = QStringLiteral("figure-%1").arg(++figure);
                text.addResource(QTextDocument::ImageResource, QUrl(name), b.image);
                const int height = int(double(figureWidth) * b.image.height() / qMax(1, b.image.width()));
                html += QStringLiteral(
                    "<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p><p class=\"caption\">%4</p>")
                            .arg(name)
                            .arg(figureWidth)
                            .arg(height)
                            .arg(esc(b.caption));
                break;
            }
            }
        }
    }
    html += QStringLiteral("</body></html>");
    text.setHtml(html);
    // Qt's HTML import turns <thead> into QTextTableFormat::headerRowCount: the header row repeats on
    // every page a table spans.
    progress.set(55, tr("Laying out pages"));

    const int pages = text.pageCount();
    QPainter painter(&writer);
    const QColor accent(0x1d, 0x3d, 0x6b);
    QFont headerFont(QStringLiteral("DejaVu Sans"));
    headerFont.setPointSizeF(7.5);
    const QString modeText
        = (live ? s.text(ReportStrings::Live) : s.text(ReportStrings::Rehearsal)).toUpper();
    for (int i = 0; i < pages; ++i) {
        if (progress.isCanceled()) {
            painter.end();
            file.cancelWriting();
            return ActionResult::failure(tr("The export was cancelled; nothing was written."));
        }
        if (i > 0)
            writer.newPage();
        // Header: session name and mode; footer: page number, generation time and the audit head.
        painter.setFont(headerFont);
        painter.setPen(accent);
        const QRectF header(body.left(), mm(10), body.width(), mm(8));
        if (i > 0) {
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                doc.info.name + QStringLiteral(" · ") + s.text(ReportStrings::ReportTitle));
            painter.setPen(live ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1d, 0x5f, 0xb3));
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, modeText);
            painter.setPen(QPen(accent, mm(0.3)));
            painter.drawLine(QPointF(body.left(), mm(18.5)), QPointF(body.right(), mm(18.5)));
        }
        const QRectF footer(body.left(), page.height() - mm(14), body.width(), mm(8));
        painter.setPen(QPen(QColor(0xc8, 0xce, 0xd8), mm(0.2)));
        painter.drawLine(QPointF(body.left(), footer.top()), QPointF(body.right(), footer.top()));
        painter.setPen(QColor(0x4a, 0x55, 0x68));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
            ReportStrings::dateTime(doc.generatedAt) + QStringLiteral(" · ") + s.text(ReportStrings::HeadHash)
                + QStringLiteral(" ") + doc.integrity.headHash.left(16) + QStringLiteral("…"));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
            s.pick(QStringLiteral("Page %1 of %2"), QStringLiteral("Seite %1 von %2")).arg(i + 1).arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        text.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
        progress.set(55 + 44 * (i + 1) / pages);
    }
    painter.end();
    if (!file.commit())
        return ActionResult::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    progress.set(100);
    return ActionResult::success();
}
