// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Writing CSV per RFC 4180: the one escaper of the code base (runbook export, audit CSV).
class Csv {
public:
    // The cell as written: quoted, with its quotes doubled, when it holds a comma, a semicolon (so a reader
    // that splits on semicolons, as German spreadsheets do, keeps it whole), a quote or a line break; else
    // unchanged.
    static QString cell(const QString &text)
    {
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
