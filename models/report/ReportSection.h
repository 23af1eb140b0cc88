// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportBlock.h"

#include <QList>
#include <QString>

// One section of a report: a stable id (used in JSON and as an HTML anchor), a title in the report's
// language, an order among the sections, and its blocks.
struct ReportSection {
    QString id; // "checklist", "traffic", "metrics", "incident-log", ...: [a-z0-9-]+
    QString title;
    int order = 50; // built-in: result 10, timeline 20, checklist 30, lessons 80, integrity 90
    QList<ReportBlock> blocks;
};
