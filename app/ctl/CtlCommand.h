// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One cutoverctl command. Each feature contributes its commands as a list; main() only dispatches.
// A command parses its own arguments (QCommandLineParser), calls the core, prints results to stdout and
// errors to stderr, and returns the process exit code.
struct CtlCommand {
    QString name; // "status"
    QString summary; // one line for `cutoverctl --help`
    // args[0] is "cutoverctl <name>", the rest are the command's own arguments.
    std::function<int(const QStringList &args)> run;
};

QList<CtlCommand> checklistCommands(); // new, status, item, signoff, audit, template
QList<CtlCommand> logCommands(); // log (add, verify, retract, correct, list, outbox), serve
QList<CtlCommand> trafficCommands(); // backend, plan, shift, run, rollback, traffic
QList<CtlCommand> reportCommands(); // report, result, lesson, template-version
QList<CtlCommand> metricsCommands(); // metrics
QList<CtlCommand> trustCommands(); // trust
QList<CtlCommand> whoamiCommands(); // whoami
QList<CtlCommand> teamCommands(); // team (init, grant, revoke, sessions)
QList<CtlCommand> watchCommands(); // watch
