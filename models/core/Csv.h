// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Writing CSV per RFC 4180: the one escaper of the code base (runbook export, audit CSV).
class Csv {
public:
    // A spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as a formula (CSV
    // injection). Such a cell is written with a leading apostrophe, which spreadsheets show as text (OWASP
    // guidance). Apostrophes already leading such a cell get one more, so that formulaUnescaped() gives back
    // exactly what was written.
    static bool startsLikeFormula(const QString &text)
    {
        qsizetype i = 0;
        while (i < text.size() && text.at(i) == QLatin1Char('\''))
            ++i;
        if (i >= text.size())
            return false;
        bool number = false;
        text.mid(i).toDouble(&number);
        if (number) // "-5" or "+1.5" is a number to a spreadsheet, not a formula
            return false;
        const QChar c = text.at(i);
        return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    }
    static QString formulaEscaped(const QString &text)
    {
        return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    }
    // The inverse of formulaEscaped(), for reading back a file this code wrote.
    static QString formulaUnescaped(const QString &text)
    {
        return text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text) ? text.mid(1) : text;
    }

    // The cell as written: formula-escaped (see above), then quoted, with its quotes doubled, when it holds a
    // comma, a semicolon (so a reader that splits on semicolons, as German spreadsheets do, keeps it whole),
    // a quote or a line break; else unchanged.
    static QString cell(const QString &raw)
    {
        const QString text = formulaEscaped(raw);
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char(';'))
            && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
            && !text.contains(QLatin1Char('\r')))
            return text;
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    // The cells escaped and joined with commas (no line end).
    static QString row(const QStringList &cells)
    {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &c : cells)
            escaped << cell(c);
        return escaped.join(QLatin1Char(','));
    }
};
