// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportSection.h"
#include "report/ReportTimelineEvent.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What one contributor adds to a report, as plain data.
struct ReportContribution {
    QList<ReportSection> sections; // placed among the built-in sections by their order
    QList<ReportTimelineEvent> timeline; // merged into the report's timeline by time
    QList<QPair<QString, QString>> titleFacts; // extra lines on the title page ("Final split", "100 % new")
    QString outcomeNote; // appended to the outcome ("rolled back at step 3")
    QJsonObject data; // machine-readable detail, in the JSON report under contributions.<id>
};
