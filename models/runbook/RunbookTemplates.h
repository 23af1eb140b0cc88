// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/Runbook.h"

#include <QStringList>

// The built-in runbook: the article's ten-row production cutover checklist, in English and German.
class RunbookTemplates {
public:
    static QStringList languages(); // "en", "de"
    // The built-in checklist in the given language (falls back to English).
    static Runbook defaultRunbook(const QString &language);
};
