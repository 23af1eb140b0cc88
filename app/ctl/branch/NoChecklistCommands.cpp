// SPDX-License-Identifier: GPL-3.0-or-later
// Build aid for the report branch only: the cli branch defines checklistCommands() in its own file.
// app/CMakeLists.txt compiles this only when that file is absent; delete it when the branches are merged.
#include "CtlCommand.h"

QList<CtlCommand> checklistCommands()
{
    return {};
}
