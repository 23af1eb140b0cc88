// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportEscaping.h"

#include <QBuffer>
#include <QImageWriter>
#include <QtConcurrent/QtConcurrentMap>

QString ReportEscaping::html(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString ReportEscaping::markdown(const QString &text, bool inTable)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '|':
        case '!':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '\r':
            break;
        case '\n':
            out += inTable ? QStringLiteral("<br>") : QStringLiteral("  \n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray ReportEscaping::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt's PNG scale is 0..100 (below 10 stores uncompressed); 50 is fast and still small for charts.
    writer.setCompression(50);
    writer.write(image);
    return bytes;
}

QList<QByteArray> ReportEscaping::figurePngs(const QList<ReportSection> &sections)
{
    QList<QImage> images;
    for (const ReportSection &s : sections) {
        for (const ReportBlock &b : s.blocks) {
            if (b.kind == ReportBlock::Kind::Figure)
                images.append(b.image);
        }
    }
    return QtConcurrent::blockingMapped(images, [](const QImage &image) { return png(image); });
}
