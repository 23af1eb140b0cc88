// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/writers/PdfReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
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

// One table, or one fragment of a table (rows from `widthRows` size the columns, so every fragment of a
// table has the same columns); `stretch` is the column that gets the room the others leave.
QString tableHtml(const QStringList &header, const QList<QStringList> &rows,
    const QList<QStringList> &widthRows, int stretch, bool pageBreakBefore)
{
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                 "style=\"border-collapse: collapse; border-color: #c8ced8;%1\">")
                      .arg(pageBreakBefore ? QStringLiteral(" page-break-before: always;") : QString());
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
            for (const QStringList &row : widthRows) {
                total += qMin<qsizetype>(row.value(c).size(), 200);
                for (const QString &w : row.value(c).split(QRegularExpression(QStringLiteral("\\s"))))
                    longestWord = qMax(longestWord, 1.15 * double(qMin<qsizetype>(w.size(), 24)));
            }
            const double average = widthRows.isEmpty() ? header.at(c).size() : total / widthRows.size();
            minimum[c] = longestWord + 2.5;
            desired[c] = qMax(minimum[c], average + 2.5);
        }
        double sumMinimum = 0, sumDesired = 0;
        for (int c = 0; c < header.size(); ++c) {
            sumMinimum += minimum.at(c);
            sumDesired += desired.at(c);
        }
        QList<double> weight = desired;
        if (stretch >= 0 && stretch < header.size()) {
            // The other columns get what their words need (a little more where their text is longer), the
            // stretch column the rest of the line, and never less than 35 % of it.
            double others = 0;
            for (int c = 0; c < header.size(); ++c) {
                if (c == stretch)
                    continue;
                weight[c] = qMin(desired.at(c), minimum.at(c) + 4);
                others += weight.at(c);
            }
            weight[stretch] = qMax(qMax(lineChars - others, 0.35 * lineChars), minimum.at(stretch));
        } else if (sumDesired > lineChars && sumMinimum < lineChars && sumDesired > sumMinimum) {
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

QString keyValueHtml(const QList<QPair<QString, QString>> &pairs, bool pageBreakBefore = false)
{
    QString out = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" class=\"kv\" "
        "style=\"border-collapse: collapse; border-color: #c8ced8;%1\">")
                      .arg(pageBreakBefore ? QStringLiteral(" page-break-before: always;") : QString());
    for (const auto &p : pairs)
        out += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                   .arg(esc(p.first), valueHtml(p.second));
    out += QStringLiteral("</table>");
    return out;
}

// The tables of the report as they are emitted, and where a row must start a new page. QTextDocument splits
// a row across a page break when the row's first line still fits; a report a change board signs must not
// (a row read on two pages is a row misread). So the writer lays the document out, finds the first row
// that crosses a page boundary, ends the table before it and starts it again, header and all, on the next
// page, and lays out again until no row is split.
struct Tables {
    QSet<QPair<int, int>> breaks; // (table, first row of a fragment): starts on a new page
    QList<QPair<int, int>> fragments; // each QTextTable emitted, in order: (table, its first row)
    QList<bool> captioned; // per fragment: a caption paragraph comes right before it
    int count = 0;

    QString table(
        const QStringList &header, const QList<QStringList> &rows, int stretch, const QString &caption)
    {
        const int id = count++;
        QString out;
        const bool breakFirst = breaks.contains({ id, 0 });
        if (!caption.isEmpty())
            out += QStringLiteral("<p class=\"tablecaption\"%1>%2</p>")
                       .arg(breakFirst ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(),
                           esc(caption));
        int start = 0;
        for (int r = 1; r <= rows.size(); ++r) {
            if (r < rows.size() && !breaks.contains({ id, r }))
                continue;
            out += tableHtml(header, rows.mid(start, r - start), rows, stretch,
                start > 0 || (breakFirst && caption.isEmpty()));
            fragments.append({ id, start });
            captioned.append(start == 0 && !caption.isEmpty());
            start = r;
        }
        if (rows.isEmpty()) {
            out += tableHtml(header, rows, rows, stretch, breakFirst && caption.isEmpty());
            fragments.append({ id, 0 });
            captioned.append(!caption.isEmpty());
        }
        return out;
    }

    QString keyValues(const QList<QPair<QString, QString>> &pairs)
    {
        const int id = count++;
        QString out;
        int start = 0;
        for (int r = 1; r <= pairs.size(); ++r) {
            if (r < pairs.size() && !breaks.contains({ id, r }))
                continue;
            out += keyValueHtml(pairs.mid(start, r - start), start > 0 || breaks.contains({ id, 0 }));
            fragments.append({ id, start });
            captioned.append(false);
            start = r;
        }
        return out;
    }

    // The first row, in document order, that starts on one page and ends on another (and would fit on
    // one); false if there is none.
    bool findSplitRow(const QTextDocument &text, double pageHeight, QPair<int, int> *at) const
    {
        QAbstractTextDocumentLayout *layout = text.documentLayout();
        int k = 0;
        for (QTextFrame *frame : text.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            if (k >= fragments.size())
                return false;
            const bool hasCaption = captioned.value(k);
            const QPair<int, int> origin = fragments.at(k++);
            const int headerRows = table->format().headerRowCount();
            // A caption left at the foot of a page whose table Qt moved on: the table starts a page, and
            // the caption with it.
            if (hasCaption && table->rows() > 0 && !breaks.contains({ origin.first, 0 })) {
                QTextBlock caption = text.findBlock(table->firstPosition()).previous();
                while (caption.isValid() && caption.text().isEmpty())
                    caption = caption.previous();
                const QRectF captionRect = layout->blockBoundingRect(caption);
                const QRectF headRect
                    = layout->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block());
                if (caption.isValid()
                    && int(captionRect.top() / pageHeight) != int(headRect.top() / pageHeight)) {
                    *at = { origin.first, 0 };
                    return true;
                }
            }
            for (int r = headerRows; r < table->rows(); ++r) {
                double top = -1, bottom = -1;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
                    const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
                    top = top < 0 ? first.top() : qMin(top, first.top());
                    bottom = qMax(bottom, last.bottom());
                }
                if (bottom - top >= 0.9 * pageHeight)
                    continue; // taller than a page: it has to split
                if (int(top / pageHeight) == int((bottom - 1) / pageHeight))
                    continue;
                const QPair<int, int> row { origin.first, origin.second + r - headerRows };
                if (breaks.contains(row))
                    continue; // already starts a page and still does not fit: leave it
                *at = row;
                return true;
            }
        }
        return false;
    }
};

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

    const bool live = !doc.info.rehearsal;
    // QTextDocument sizes images in 96-dpi pixels and scales them to the device; the image itself keeps
    // its full resolution in the PDF (300 dpi for a 2100-pixel chart across the page).
    const int figureWidth = int(body.width() * 96.0 / dpi);
    // The figures are added once (setHtml keeps resources); each layout below refers to them by name.
    int figures = 0;
    for (const ReportSection &sec : doc.sections)
        for (const ReportBlock &b : sec.blocks)
            if (b.kind == ReportBlock::Kind::Figure && !b.image.isNull())
                text.addResource(
                    QTextDocument::ImageResource, QUrl(QStringLiteral("figure-%1").arg(++figures)), b.image);
    auto compose = [&](Tables &tables) {
        // Title page.
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
        html += tables.keyValues(facts);
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
        const ReportBlock approval = doc.approvalTable();
        html += QStringLiteral("<h3>%1</h3>").arg(esc(approval.caption));
        QList<QStringList> signatureRows = approval.rows;
        for (QStringList &row : signatureRows)
            row[0] = QStringLiteral("\n\n"); // room to sign
        html += tables.table(approval.header, signatureRows, -1, QString());

        int figure = 0;
        for (const ReportSection &sec : doc.sections) {
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
                    html += tables.keyValues(b.pairs) + QStringLiteral("<p></p>");
                    break;
                case ReportBlock::Kind::Table:
                    html += tables.table(b.header, b.rows, b.stretchColumn, b.caption)
                        + QStringLiteral("<p></p>");
                    break;
                case ReportBlock::Kind::Figure: {
                    if (b.image.isNull())
                        break;
                    const QString name = QStringLiteral("figure-%1").arg(++figure);
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
        return html;
    };
    Tables tables;
    text.setHtml(compose(tables));
    // Move every row that a page break would split to the next page, one at a time (each move shifts
    // what follows); a bound keeps a pathological document from looping.
    for (int round = 0; round < 400; ++round) {
        if (progress.isCanceled())
            return ActionResult::failure(tr("The export was cancelled; nothing was written."));
        QPair<int, int> row;
        if (!tables.findSplitRow(text, body.height(), &row))
            break;
        tables.breaks.insert(row);
        tables.fragments.clear();
        tables.captioned.clear();
        tables.count = 0;
        text.setHtml(compose(tables));
    }
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
