// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SessionAddress;

// Passwords a person typed for a team server in this run of the program (the cockpit's prompt), kept in
// memory only, per server, database and role, and handed to every connection to that server
// (SessionConnection). Never written anywhere: the session, the settings, a log and child processes'
// environments never see them. libpq's own sources (~/.pgpass, PGPASSFILE, PGPASSWORD) and client
// certificates need none of this. The window may also keep one in the system keychain (SecretStore) under
// keychainKey(); this class never touches the keychain.
class ServerPasswords {
public:
    // The password given for the address's server, database and role; empty when none was given.
    static QString lookup(const SessionAddress &address);
    static void remember(const SessionAddress &address, const QString &password);
    static void forget(const SessionAddress &address);
    // The system keychain's name for the address's password: "database/ROLE@HOST:PORT/DBNAME" (the role
    // libpq logs in as when the address names none: the OS account). No session, options or secret in it.
    static QString keychainKey(const SessionAddress &address);
    // Whether a connection error says the server wants a password it was not given or refused the one
    // it got (libpq: "no password supplied", "password authentication failed").
    static bool isPasswordProblem(const QString &error);
};
