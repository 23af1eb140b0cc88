// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One event on the report's merged timeline. Contributors give only published events (a verified
// incident entry, a traffic step that was applied, a step's gate outcome); an event marked published = false
// (a draft) is dropped by the report builder and never reaches any format.
struct ReportTimelineEvent {
    QDateTime at; // when it happened (UTC)
    QString kind; // stable key: "checklist.done", "traffic.step", "gate.outcome", "traffic.decision",
                  // "incident.entry", ...
    QString text; // one line in the report's language, as plain text
    QString actor; // who did it, if known
    QString source; // the contributor id
    bool published = true;
};
