// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"
#include "lessons/RunbookChange.h"

#include <QString>

// The fixed texts of a report in English and German. The report language is chosen per export and is
// independent of the language the application runs in, so these do not go through a QTranslator.
class ReportStrings {
public:
    enum Key {
        ReportTitle,
        Rehearsal,
        Live,
        Session,
        Mode,
        Template,
        Created,
        Started,
        Ended,
        Lead,
        Outcome,
        Generated,
        SessionGoal,
        Contents,
        ResultStatement,
        Goal,
        WentWell,
        OpenPoints,
        NotWritten,
        LastEditedBy,
        Timeline,
        Time,
        Event,
        Actor,
        Source,
        NoEvents,
        Checklist,
        Task,
        Expected,
        Owner,
        Status,
        PlannedMinutes,
        ActualStart,
        ActualEnd,
        ActualMinutes,
        DoneBy,
        SignedOffBy,
        Remarks,
        PhaseSummary,
        ItemsFinished,
        LessonsLearned,
        Lesson,
        Action,
        RunbookChange,
        NoLessons,
        NoChange,
        Integrity,
        HeadHash,
        RecordCount,
        ChainState,
        ChainIntact,
        ChainBroken,
        VerifyHow,
        VerifyExplanation,
        OutcomeCompleted,
        OutcomeCompletedWithFailures,
        OutcomeIncomplete,
        Page,
        SkipReason,
        Notes,
        Evidence,
        ContributorFailed,
        Number,
        Approval,
        Name,
        Role,
        Date,
        Signature,
        TrafficShift,
        Metrics,
        IncidentLog,
        ItemId,
        ActualTime,
        DoneAndSignedOffBy,
        KeyCount
    };

    explicit ReportStrings(const QString &language = QStringLiteral("en"));

    // "de" selects German; anything else English.
    static bool isSupported(const QString &language);
    QString language() const { return m_german ? QStringLiteral("de") : QStringLiteral("en"); }
    bool isGerman() const { return m_german; }

    QString text(Key key) const;
    QString status(ItemStatus status) const;
    // A one-line description of a runbook change, e.g. "Add task \"Warm caches\" to phase \"Cutover\"".
    QString describe(const ::RunbookChange &change) const;
    // Picks the English or German variant (for contributors' own texts).
    QString pick(const QString &english, const QString &german) const { return m_german ? german : english; }
    // A text the engine or a gate recorded in English (a reason, a condition, a value), in the report's
    // language (see ReportPhrasebook); a text it does not know is returned as it is.
    QString recorded(const QString &text) const;
    // Who acted, for a table cell: a person's name as recorded, an automatic decision as "the gate NAME"
    // (the engine records those with the actor "gate:NAME"); never a person for what a gate decided.
    QString actor(const QString &actor) const;
    // The same after "by" in a sentence: "by alice", "by the gate errors" ("von alice", "durch das Gate
    // errors").
    QString byActor(const QString &actor) const;
    static bool isGateActor(const QString &actor) { return actor.startsWith(QLatin1String("gate:")); }
    // Date and time as the report shows them: "2026-11-26 10:31 UTC".
    static QString dateTime(const QDateTime &time);

private:
    bool m_german = false;
};
