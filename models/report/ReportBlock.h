// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One element of a report section, in a neutral form every writer (PDF, HTML, Markdown, JSON) can render.
// All text is plain text as a person wrote it; writers escape it for their format.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, KeyValues, Table, Figure };

    Kind kind = Kind::Paragraph;
    int level = 3; // Heading: 3 = subsection (2 is the section title itself)
    QString text; // Heading, Paragraph
    QList<QPair<QString, QString>> pairs; // KeyValues: label, value
    QStringList header; // Table: the header row (repeated on every PDF page)
    QList<QStringList> rows; // Table: each row has header.size() cells
    QImage image; // Figure: at print resolution (ReportContext::figureSize, 300 dpi across a page)
    QString caption; // Figure, Table (optional)
    bool monospace = false; // Paragraph: a command or a hash, in a fixed-width font
    int stretchColumn = -1; // Table: the column that gets the room the others leave (the checklist's task)

    static ReportBlock heading(const QString &text, int level = 3)
    {
        ReportBlock b;
        b.kind = Kind::Heading;
        b.level = level;
        b.text = text;
        return b;
    }
    static ReportBlock paragraph(const QString &text)
    {
        ReportBlock b;
        b.kind = Kind::Paragraph;
        b.text = text;
        return b;
    }
    static ReportBlock code(const QString &text)
    {
        ReportBlock b = paragraph(text);
        b.monospace = true;
        return b;
    }
    static ReportBlock keyValues(const QList<QPair<QString, QString>> &pairs)
    {
        ReportBlock b;
        b.kind = Kind::KeyValues;
        b.pairs = pairs;
        return b;
    }
    static ReportBlock table(
        const QStringList &header, const QList<QStringList> &rows, const QString &caption = {})
    {
        ReportBlock b;
        b.kind = Kind::Table;
        b.header = header;
        b.rows = rows;
        b.caption = caption;
        return b;
    }
    static ReportBlock table(
        const QStringList &header, const QList<QStringList> &rows, int stretchColumn, const QString &caption)
    {
        ReportBlock b = table(header, rows, caption);
        b.stretchColumn = stretchColumn;
        return b;
    }
    static ReportBlock figure(const QImage &image, const QString &caption)
    {
        ReportBlock b;
        b.kind = Kind::Figure;
        b.image = image;
        b.caption = caption;
        return b;
    }
};
