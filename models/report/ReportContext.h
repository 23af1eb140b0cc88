// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportStrings.h"

#include <QSize>

#include <functional>

class CutoverSession;

// What a report contributor is given. The session was opened (read-only) on the thread that builds the
// report, which is usually not the GUI thread: read from it (session->store()->database()) and from
// nothing that lives on another thread.
struct ReportContext {
    const CutoverSession *session = nullptr;
    ReportStrings strings; // the report's language: headings and labels via strings.pick()
    QSize figureSize = QSize(2100, 960); // chart size in pixels: 300 dpi across a printed A4 page
    std::function<bool()> canceled; // true when the person cancelled: stop early, return false

    bool isCanceled() const { return canceled && canceled(); }
};
