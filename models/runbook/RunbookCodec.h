// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/Runbook.h"

#include <QString>

// Reads and writes runbooks as a Markdown table in the article's form (| Phase | Task | Result |, English
// or German headers), CSV and JSON. A bad input is refused whole: the error names the line and the reason,
// and nothing is returned half-read.
class RunbookCodec {
public:
    enum class Format { Markdown, Csv, Json };

    struct ParseResult {
        bool ok = false;
        Runbook runbook;
        int line = 0; // 1-based line of the first problem, 0 if not tied to a line
        QString error; // "line 7: the task is empty"
    };

    // The largest runbook file read (a runbook of 100,000 rows is about 10 MiB).
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    // Guesses the format from the file suffix (.md/.markdown, .csv, .json).
    static bool formatForPath(const QString &path, Format *format);

    static ParseResult parse(const QByteArray &data, Format format);
    static ParseResult readFile(const QString &path);

    static QByteArray write(const Runbook &runbook, Format format);
    static bool writeFile(const Runbook &runbook, const QString &path, QString *error);
};
