// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One entry of the incident log as it stands now: the stored entry plus the state computed from its
// events (an entry row is never changed; verification, publication, retraction and supersession are
// events appended beside it).
struct IncidentEntry {
    enum class Severity { Info, Warning, Critical };
    // Report: an observation. Correction: replaces the entry it refers to once it is verified.
    // Retraction: withdraws the entry it refers to at once (reason required).
    enum class Kind { Report, Correction, Retraction };
    enum class State { Draft, Verified, Published, Retracted, Superseded };

    qint64 id = 0;
    Kind kind = Kind::Report;
    QString text;
    Severity severity = Severity::Info;
    QString author;
    QDateTime occurredAt; // set by the person (defaults to the time of recording)
    QDateTime recordedAt; // the clock when it was written
    qint64 itemId = 0; // linked checklist item, 0 when none
    int trafficStep = 0; // linked traffic step (1-based), 0 when none
    qint64 refersTo = 0; // the entry a correction or retraction refers to, 0 when none
    QString reason; // why a correction or retraction was made

    State state = State::Draft;
    QString verifiedBy;
    QDateTime verifiedAt;
    qint64 replacedBy = 0; // the retraction or correction that took this entry back

    // Stakeholders (status page, notifications, board) see only what a second person verified and
    // what has not been taken back since.
    bool isStakeholderVisible() const { return state == State::Verified || state == State::Published; }

    static QString severityKey(Severity s);
    static bool severityFromKey(const QString &key, Severity *out);
    static QString severityLabel(Severity s);
    static QString kindKey(Kind k);
    static bool kindFromKey(const QString &key, Kind *out);
    static QString stateKey(State s);
    static QString stateLabel(State s);
};
