// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl template import|list|export: the user's runbook templates.
class TemplateCommands {
    Q_DECLARE_TR_FUNCTIONS(TemplateCommands)
public:
    static QList<CtlCommand> commands();

    static int run(const QStringList &args); // dispatches to the subcommand
    static int runImport(const QStringList &args);
    static int runList(const QStringList &args);
    static int runExport(const QStringList &args);
};
