// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/CutoverSession.h"

#include <memory>

class QTemporaryDir;
class SessionAddress;
class QWidget;

// How the window gets a session: a file from disk (read-only when the file may not be written), a team
// session on a PostgreSQL server (when libpq's own sources have no password: the system keychain's, else
// asked for, kept in memory for this run (ServerPasswords) and, when the person ticks it, saved in the
// keychain once the server takes it; one the server refuses is forgotten in memory and asked for again) or
// the demo, built mid-cutover in a temporary folder. Errors say
// what is wrong; nothing is changed on failure.
class SessionOpener {
public:
    // `parent` asks for a team server's password when one is needed; nullptr never asks.
    static std::unique_ptr<CutoverSession> open(
        const QString &path, QString *error, QWidget *parent = nullptr);
    // The demo: checklist, traffic at 25 % on the simulated backend, incident log entries.
    static std::unique_ptr<CutoverSession> openDemo(
        const QTemporaryDir &dir, const QString &language, QString *error);
    // Asks for a session file; empty when the person cancelled.
    static QString chooseFile(QWidget *parent);

private:
    static std::unique_ptr<CutoverSession> withPassword(
        const QString &path, const SessionAddress &address, QString *error, QWidget *parent);
};
