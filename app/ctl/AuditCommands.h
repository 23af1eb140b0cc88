// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl audit verify|signatures|export: check a session's trail and signatures, list the signatures
// with what an auditor needs to check each with ssh-keygen alone, export the trail.
class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    static QList<CtlCommand> commands();

    static int run(const QStringList &args); // dispatches to the subcommand
    static int runVerify(const QStringList &args);
    static int runExport(const QStringList &args);
    static int runSignatures(const QStringList &args);
};
