// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SessionAddress;

// Why a team server did not let a person in, in plain words: the one place where libpq's and the server's
// login messages (a password it wants or refused, a client certificate it wants, cannot read, does not
// trust or that names someone else, a server certificate that cannot be checked) become a message that
// names the file or the role concerned. The server's own text follows in parentheses.
class LoginProblem {
public:
    static QString describe(const QString &serverText, const SessionAddress &address);
};
