// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/writers/MarkdownReportWriter.h"

#include "core/AtomicFile.h"
#include "report/ReportEscaping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownReportWriter", text);
}

QString md(const QString &text)
{
    return ReportEscaping::markdown(text, false);
}

QString cell(const QString &text)
{
    return ReportEscaping::markdown(text, true);
}

void table(QString &out, const QStringList &header, const QList<QStringList> &rows)
{
    out += QLatin1Char('|');
    for (const QString &h : header)
        out += QLatin1Char(' ') + cell(h) + QStringLiteral(" |");
    out += QStringLiteral("\n|");
    for (int i = 0; i < header.size(); ++i)
        out += QStringLiteral(" --- |");
    out += QLatin1Char('\n');
    for (const QStringList &row : rows) {
        out += QLatin1Char('|');
        for (int i = 0; i < header.size(); ++i)
            out += QLatin1Char(' ') + cell(row.value(i)) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
}

}

ActionResult MarkdownReportWriter::write(
    const ReportDocument &doc, const QString &path, const ReportProgress &progress, QStringList *files)
{
    const ReportStrings &s = doc.strings;
    const QFileInfo target(path);
    const QString base = target.completeBaseName();
    QStringList written;
    QString out;
    out += QStringLiteral("# %1\n\n").arg(md(doc.title()));
    out += QStringLiteral("**%1**\n\n").arg(md(doc.modeText().toUpper()));
    const QList<QPair<QString, QString>> facts = doc.titlePageFacts();
    for (const auto &f : facts)
        out += QStringLiteral("- **%1:** %2\n").arg(md(f.first), md(f.second));
    out += QLatin1Char('\n');
    for (const QString &p : doc.problems)
        out += QStringLiteral("> **%1:** %2\n\n").arg(md(s.text(ReportStrings::ContributorFailed)), md(p));

    const QList<QByteArray> pngs = ReportEscaping::figurePngs(doc.sections);
    int figure = 0;
    int n = 0;
    for (const ReportSection &sec : doc.sections) {
        if (progress.isCanceled())
            break;
        out += QStringLiteral("## %1\n\n").arg(md(sec.title));
        for (const ReportBlock &b : sec.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
                out += QString(qBound(3, b.level, 6), QLatin1Char('#')) + QLatin1Char(' ') + md(b.text)
                    + QStringLiteral("\n\n");
                break;
            case ReportBlock::Kind::Paragraph:
                if (b.monospace) {
                    // A fence longer than any backtick run in the text keeps it literal.
                    QString fence = QStringLiteral("```");
                    while (b.text.contains(fence))
                        fence += QLatin1Char('`');
                    out += fence + QLatin1Char('\n') + b.text + QLatin1Char('\n') + fence
                        + QStringLiteral("\n\n");
                } else {
                    out += md(b.text) + QStringLiteral("\n\n");
                }
                break;
            case ReportBlock::Kind::KeyValues:
                for (const auto &p : b.pairs)
                    out += QStringLiteral("- **%1:** %2\n").arg(md(p.first), md(p.second));
                out += QLatin1Char('\n');
                break;
            case ReportBlock::Kind::Table:
                if (!b.caption.isEmpty())
                    out += QStringLiteral("*%1*\n\n").arg(md(b.caption));
                table(out, b.header, b.rows);
                break;
            case ReportBlock::Kind::Figure: {
                const QByteArray bytes = pngs.value(figure);
                const QString name = QStringLiteral("%1-figure-%2.png").arg(base).arg(++figure);
                const QString figurePath = target.dir().filePath(name);
                if (QString error; !AtomicFile::write(figurePath, bytes, &error))
                    return ActionResult::failure(tr("Cannot write the figure %1: %2").arg(figurePath, error));
                written << figurePath;
                // The link target is our own file name; the caption is escaped.
                out += QStringLiteral("![%1](%2)\n\n*%3*\n\n").arg(md(b.caption), name, md(b.caption));
                break;
            }
            }
        }
        progress.set(40 + 55 * ++n / int(qMax<qsizetype>(1, doc.sections.size())), sec.title);
    }
    if (progress.isCanceled()) {
        for (const QString &f : std::as_const(written))
            QFile::remove(f);
        return ActionResult::failure(tr("The export was cancelled; nothing was written."));
    }
    if (QString error; !AtomicFile::write(path, out.toUtf8(), &error))
        return ActionResult::failure(tr("Cannot write %1: %2").arg(path, error));
    written.prepend(path);
    if (files)
        *files = written;
    progress.set(100);
    return ActionResult::success();
}
