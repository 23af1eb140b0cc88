// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PrintableText.h"

namespace {

bool isHostile(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    // Bidirectional embeddings, overrides and isolates reorder what a terminal shows.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

}

qsizetype PrintableText::firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHostile(text.at(i).unicode()))
            return i;
    }
    return -1;
}

QString PrintableText::neutralise(const QString &text)
{
    const qsizetype first = firstControl(text);
    if (first < 0)
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isHostile(c))
            out += QChar(c);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}
