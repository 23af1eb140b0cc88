// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One row of the audit trail: who did what, when, to which entity, from which value to which, and why.
struct AuditRecord {
    qint64 seq = 0;
    QDateTime at;
    // The time exactly as stored, when the record was read from a trail (AuditChain::readAll): the hash is
    // checked over this text, so verify neither re-formats 100,000 times nor accepts another spelling.
    QString atText;
    QString actor;
    QString action; // e.g. "item.status", "item.create", "session.create"
    QString entity; // e.g. "item", "session"
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString prevHash;
    QString hash;
    // Set only in reports: old/new value and reason were left out because they are the text of an incident
    // entry that no second person verified (drafts never reach a report). The hash still covers the record.
    bool withheld = false;
};
