// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include "report/ReportSection.h"

// Escaping and encoding shared by the report writers: user-written text never becomes markup.
namespace ReportEscaping {
// HTML text with line breaks kept (<br>).
QString html(const QString &text);
// Markdown text: HTML-significant and Markdown-significant characters escaped, line breaks as <br>
// (inside tables) or kept (paragraphs).
QString markdown(const QString &text, bool inTable);
// PNG bytes of an image; compression kept moderate so exports stay quick.
QByteArray png(const QImage &image);
// PNG bytes of every figure of the sections, in document order, encoded in parallel.
QList<QByteArray> figurePngs(const QList<ReportSection> &sections);
}
