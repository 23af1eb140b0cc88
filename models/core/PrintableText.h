// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text from a runbook or a session file is shown on a terminal as text, never as commands to it: control
// characters (an ANSI escape sequence, a NUL, a carriage return that overwrites the line) and the
// bidirectional overrides are replaced by visible escapes such as \x1b or \u202e. Newline and tab stay.
class PrintableText {
public:
    static QString neutralise(const QString &text);
    // The first control character (other than newline and tab) in text, or -1 if none.
    static qsizetype firstControl(const QString &text);
};
