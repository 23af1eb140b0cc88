// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

// cutoverctl report, result, lesson and template-version: the lessons-learned report and the runbook loop.
class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    static QList<CtlCommand> commands();

    static int runReport(const QStringList &args);
    static int runResult(const QStringList &args);
    static int runLesson(const QStringList &args); // dispatches to the subcommand
    static int runLessonAdd(const QStringList &args);
    static int runLessonList(const QStringList &args);
    static int runLessonRemove(const QStringList &args);
    static int runTemplateVersion(const QStringList &args); // dispatches to the subcommand
    static int runTemplateVersionSave(const QStringList &args);
    static int runTemplateVersionList(const QStringList &args);
    static int runTemplateVersionDiff(const QStringList &args);
};
