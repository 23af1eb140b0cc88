// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContext.h"
#include "report/ReportContribution.h"

#include <QString>

// A feature's part of the lessons-learned report (checklist, traffic, metrics, incident log, ...).
//
// Contract:
//  - contribute() is called on the report's worker thread, possibly for several exports at once: it is
//    const and keeps no state between calls. It reads only from context.session (opened on that thread).
//  - It returns plain data: sections (headings, paragraphs, key-value lists, tables with a header row,
//    figures as QImage at context.figureSize with a caption), timeline events, title facts, JSON data.
//  - Only what stakeholders may see: verified / published records. A draft incident entry never goes into
//    a section, a table or the data; a timeline event for it must not be produced (an event with
//    published = false is dropped by the builder as a second line of defence, and counted).
//  - Texts are plain text (writers escape them) in context.strings' language; ids are stable keys.
//  - It checks context.isCanceled() in long loops and returns false when cancelled or on an error
//    (*error says what went wrong; the report then says that this part could not be produced).
//  - No secrets: tokens, passwords and credentials never go into a contribution.
class ReportContributor {
public:
    virtual ~ReportContributor() = default;
    // Stable key, [a-z0-9-]+: "checklist", "traffic", "metrics", "incident-log", "audit".
    virtual QString id() const = 0;
    virtual bool contribute(const ReportContext &context, ReportContribution *out, QString *error) const = 0;
};
