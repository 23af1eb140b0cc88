// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity/Principal.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class CutoverSession;
class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

// What every cutoverctl command shares: exit codes, output to stdout/stderr, argument parsing with --help,
// and the name recorded on actions. No domain logic lives here.
class CtlSupport {
    Q_DECLARE_TR_FUNCTIONS(CtlSupport)
public:
    enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };
    static constexpr int Continue = -1;

    // The one stream per standard channel that every command writes through (no second buffer on the
    // same file descriptor, so output keeps its order).
    static QTextStream &out();
    static QTextStream &err();
    static void print(const QString &text);
    static void printError(const QString &text);

    // Parses args (args[0] is "cutoverctl <command>"). Returns Continue when the command should run;
    // otherwise the exit code (help printed: 0; bad options, a wrong number of arguments or one of the
    // `required` options without a value: 2, with a message). syntax is the usage line after "Usage: ",
    // e.g. "cutoverctl status SESSION [options]".
    static int parse(QCommandLineParser &parser, const QStringList &args, const QString &syntax,
        int minPositional, int maxPositional, const QStringList &required = {});
    static int usageError(const QString &command, const QString &message);
    static int refused(const QString &message);

    // The session file opened for a command; nullptr (and the reason printed) when it cannot be.
    static std::unique_ptr<CutoverSession> openSession(const QString &path, SessionStore::Mode mode);
    // The role a team session's server authenticated this process as; once set (by openSession on a team
    // session, or by `new --out ADDRESS`), it is the principal every change is recorded as.
    static void setTeamRole(const QString &role);
    static QString teamRoleInUse();
    // Connects to a team address once and returns the role the server logged in; empty with *error.
    static QString loginRole(const QString &address, QString *error);
    // The person recorded on an action: the operating-system account running this command, on this host
    // (never $USER or $COCKPIT_USER, never --by). displayName is only shown beside it.
    static Principal principal(const QString &displayName = {});
    // The OS principal's name. Commands never record it directly: who acts in a command that changes a
    // session is CtlSigning::actingPrincipal's (the key's principal where the session requires it).
    static QString actor();
    // The --by option of every command that records an action: a display name shown beside the principal;
    // it never chooses who acts.
    static QCommandLineOption byOption();
    // Parses a checklist item id; false (and a usage message printed) for anything but a positive number.
    static bool parseItemId(const QString &command, const QString &text, qint64 *id);
};
