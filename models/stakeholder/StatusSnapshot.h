// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Everything stakeholders may see of a session at one moment: what the status page, /api/status and the
// stakeholder board show. It holds only verified log entries, never drafts.
struct StatusSnapshot {
    struct PhaseProgress {
        QString name;
        int finished = 0; // done or skipped
        int total = 0;
        int failed = 0;
    };
    struct Entry {
        qint64 id = 0;
        QDateTime occurredAt;
        QString severity; // "info", "warning", "critical"
        QString text;
        QString author;
        QString verifiedBy;
        qint64 corrects = 0; // the entry this one corrects, 0 when none
        // The verification's manifestation (its incident.verify signature): printed name, principal, time;
        // declared when no key proved who it was. Empty principal for a session from before signatures.
        QString verifierName;
        QString verifierPrincipal;
        QDateTime verifiedAt;
        bool verificationDeclared = true;
    };

    bool valid = false;
    QString sessionName;
    bool rehearsal = true;
    QDateTime generatedAt;
    QList<PhaseProgress> phases;
    TrafficStatus traffic;
    QList<Entry> entries; // newest first
    QString resultStatement; // empty when there is none yet
    bool signaturesRequired = false; // false: "identities declared, not verified" is said on the page
    // The audit chain's head when the snapshot was taken (a copy outside the session file for whoever
    // watches the page); empty hash when the snapshot has no session.
    QString auditHead;
    qint64 auditRecords = 0;

    int finishedItems() const;
    int totalItems() const;
    QJsonObject toJson() const;
};
