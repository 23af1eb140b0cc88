// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A test folder that a second OS account (OsAccount) may work in: the folder and everything in it made
// readable and writable by all (a session file and SQLite's journal beside it). Call it again after the
// test's own account wrote new files, before the other account runs.
class SharedFolder {
public:
    static bool open(const QString &dir);
};
