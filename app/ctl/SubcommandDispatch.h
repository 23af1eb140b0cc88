// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// Runs the subcommand of a command group such as `cutoverctl audit verify`; prints the group's help for
// --help (exit 0) and a usage error for a missing or unknown subcommand (exit 2).
class SubcommandDispatch {
    Q_DECLARE_TR_FUNCTIONS(SubcommandDispatch)
public:
    static int run(const QStringList &args, const QList<CtlCommand> &subcommands);
};
