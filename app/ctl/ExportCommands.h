// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl export|import: copy a whole session into a new session file whose audit trail verifies with
// the same head (SessionCopier). Team addresses (PostgreSQL) come with team mode.
class ExportCommands {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
public:
    static QList<CtlCommand> commands();

    static int runExport(const QStringList &args);
    static int runImport(const QStringList &args);
};
