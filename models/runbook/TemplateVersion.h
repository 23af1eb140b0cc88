// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/Runbook.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One saved version of a runbook template: NAME vN with the changelog that says what changed against the
// runbook it was made from.
struct TemplateVersion {
    QString name;
    int version = 0;
    QDateTime createdAt;
    QString createdBy;
    QString sourceSession; // the session whose lessons produced it
    QStringList changelog;
    Runbook runbook;
    QString filePath; // NAME.vN.json in the template library

    QString reference() const { return QStringLiteral("%1@v%2").arg(name).arg(version); }
};
