// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/Runbook.h"

class QWidget;

// Choosing runbook files to import and export, with the errors explained in a message box.
namespace RunbookFileDialogs {
// Asks for a runbook file and checks that it can be read; returns its path, or an empty string if the
// person cancelled or the file was refused (the reason, with its line, has been shown).
QString chooseImport(QWidget *parent);
// Asks for a file name and writes the runbook in the format its suffix names.
void exportRunbook(QWidget *parent, const Runbook &runbook);
}
