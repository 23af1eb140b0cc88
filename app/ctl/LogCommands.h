// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl log … and cutoverctl serve: the incident log and the stakeholder status page from the shell.
class LogCommands {
    Q_DECLARE_TR_FUNCTIONS(LogCommands)
public:
    static QList<CtlCommand> commands();

    static int runLog(const QStringList &args); // dispatches to the subcommand
    static int runAdd(const QStringList &args);
    static int runVerify(const QStringList &args);
    static int runRetractOrCorrect(const QStringList &args, bool correct);
    static int runList(const QStringList &args);
    static int runOutbox(const QStringList &args);
    static int runChannels(const QStringList &args);
    static int runServe(const QStringList &args);
};
