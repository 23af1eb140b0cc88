// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl new, status, item, signoff and signatures (the policy): create a session and work through its
// checklist.
class ChecklistCommands {
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommands)
public:
    static QList<CtlCommand> commands();

    static int runNew(const QStringList &args);
    static int runStatus(const QStringList &args);
    static int runItem(const QStringList &args);
    static int runSignOff(const QStringList &args);
    static int runSignatures(const QStringList &args);
};
