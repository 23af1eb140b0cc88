// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SessionAddress;

// Passwords a person typed for a team server in this run of the program (the cockpit's prompt), kept in
// memory only, per server, database and role, and handed to every connection to that server
// (SessionConnection). Never written anywhere: the session, the settings, a log and child processes'
// environments never see them. libpq's own sources (~/.pgpass, PGPASSFILE, PGPASSWORD) and client
// certificates need none of this.
class ServerPasswords {
public:
    // The password given for the address's server, database and role; empty when none was given.
    static QString lookup(const SessionAddress &address);
    static void remember(const SessionAddress &address, const QString &password);
    static void forget(const SessionAddress &address);
    // Whether a connection error says the server wants a password it was not given or refused the one
    // it got (libpq: "no password supplied", "password authentication failed").
    static bool isPasswordProblem(const QString &error);
};
