// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"
#include "checklist/ChecklistItem.h"
#include "lessons/Lesson.h"
#include "lessons/ResultStatement.h"
#include "report/ReportIntegrity.h"
#include "report/ReportSection.h"
#include "report/ReportStrings.h"
#include "report/ReportTimelineEvent.h"
#include "store/SessionInfo.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

// Everything a report shows, gathered once by ReportBuilder and rendered by each writer. The typed parts
// feed the JSON report; `sections` is the ordered, rendered form every other writer shows after the title
// page (result statement, timeline, checklist, contributors' sections, lessons, integrity).
struct ReportDocument {
    ReportStrings strings;
    SessionInfo info;
    QString sessionFile; // file name of the session (no folder)
    QString lead; // the person who created the session
    QDateTime startedAt;
    QDateTime endedAt; // invalid while the checklist is incomplete
    QDateTime generatedAt;
    QString outcomeKey; // "completed", "completed-with-failures", "incomplete"
    QString outcome; // in the report's language, with contributors' notes
    QList<QPair<QString, QString>> titleFacts; // contributors' extra facts ("Final split")

    ResultStatement result;
    QList<Phase> phases;
    QList<ChecklistItem> items;
    QList<Lesson> lessons;
    QList<ReportTimelineEvent> timeline; // published events only, by time
    QList<AuditRecord> audit;
    ReportIntegrity integrity;

    QList<ReportSection> sections;
    QJsonObject contributionData; // contributor id -> its data
    QStringList problems; // contributors that failed, with their message
    int droppedDrafts = 0; // unpublished events a contributor gave and the builder dropped

    QString title() const
    {
        return strings.text(ReportStrings::ReportTitle) + QStringLiteral(": ") + info.name;
    }

    // "Rehearsal" or "Live", in the report's language.
    QString modeText() const
    {
        return info.rehearsal ? strings.text(ReportStrings::Rehearsal) : strings.text(ReportStrings::Live);
    }

    // The facts every writer shows on the title page, in this order (label, value in the report's
    // language): session, mode (rehearsal or live), template, created, started, ended, lead, outcome, the
    // goal if one was set, the contributors' facts, generated, and the audit trail's head hash.
    QList<QPair<QString, QString>> titlePageFacts() const;
    // The head as the title page shows it: "HASH (N records)", a copy of the head outside the file.
    QString headWithCount() const;

    // The review and approval block every printable writer shows after the contents (PDF and HTML alike):
    // a table with name, role, date and signature, and two empty rows for the change board to sign.
    ReportBlock approvalTable() const;
};
