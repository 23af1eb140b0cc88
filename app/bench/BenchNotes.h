// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Remarks a figure leaves for the text report (spread of the samples, conditions of the run). They are
// not part of the JSON, which holds only the figures. Used from the main thread only.
class BenchNotes {
public:
    static void set(const QString &figure, const QString &note);
    // Returns the note of a figure (empty if none) and forgets it.
    static QString take(const QString &figure);
};
