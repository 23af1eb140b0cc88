// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/CutoverSession.h"

#include <memory>

class QTemporaryDir;
class QWidget;

// How the window gets a session: a file from disk (read-only when the file may not be written) or the
// demo, built mid-cutover in a temporary folder. Errors say what is wrong; nothing is changed on failure.
class SessionOpener {
public:
    static std::unique_ptr<CutoverSession> open(const QString &path, QString *error);
    // The demo: checklist, traffic at 25 % on the simulated backend, incident log entries.
    static std::unique_ptr<CutoverSession> openDemo(
        const QTemporaryDir &dir, const QString &language, QString *error);
    // Asks for a session file; empty when the person cancelled.
    static QString chooseFile(QWidget *parent);
};
