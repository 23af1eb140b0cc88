// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportStrings.h"

#include <QSize>

#include <functional>

class CutoverSession;

// What a report contributor is given. The session was opened (read-only) on the thread that builds the
// report, which is usually not the GUI thread: read from it (session->store()->database()) and from
// nothing that lives on another thread.
struct ReportContext {
    const CutoverSession *session = nullptr;
    ReportStrings strings;                // the report's language: headings and labels via strings.pick()
    QSize figureSize = QSize(2400, 1100); // chart size in pixels: print resolution for a full-width figure
    std::function<bool()> canceled;       // true when the person cancelled: stop early, return false

    bool isCanceled() const { return canceled && canceled(); }
};
