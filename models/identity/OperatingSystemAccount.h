// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Who the operating system says runs this process: the account of the effective user id and the host.
// Never taken from the environment ($USER, $LOGNAME, $COCKPIT_USER can be set to anything).
class OperatingSystemAccount {
public:
    // The account name of geteuid() from the password database; "uid:N" when the id has no entry (a
    // container running as an unnamed id), so an action is never recorded without someone.
    static QString accountName();
    static QString hostName();
};
