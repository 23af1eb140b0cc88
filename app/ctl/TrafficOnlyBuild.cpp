// SPDX-License-Identifier: GPL-3.0-or-later
// Only on the traffic branch, so cutoverctl links before the cli branch (which implements the checklist
// commands) is merged. The lead deletes this file when merging the cli branch.
#include "CtlCommand.h"

QList<CtlCommand> checklistCommands()
{
    return {};
}
