// SPDX-License-Identifier: GPL-3.0-or-later
// Only on the incident branch, so cutoverctl links here: the checklist commands come from the cli
// branch, which replaces this file when the lead merges (delete this file then).
#include "CtlCommand.h"

QList<CtlCommand> checklistCommands()
{
    return {};
}
