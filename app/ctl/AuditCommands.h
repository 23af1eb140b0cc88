// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl audit verify|export: check a session's hash chain and export its trail.
class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    static QList<CtlCommand> commands();

    static int run(const QStringList &args); // dispatches to the subcommand
    static int runVerify(const QStringList &args);
    static int runExport(const QStringList &args);
};
