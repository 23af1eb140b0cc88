// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The audit trail as a SHA-256 hash chain: each record's hash covers its own fields and the previous
// record's hash, so changing or deleting any record breaks the chain from that record on.
class AuditChain {
public:
    static QString genesisHash();
    // The hash of a record given its fields and prevHash (seq included, so a gap is caught too).
    static QString computeHash(const AuditRecord &record);

    // Appends within the caller's open transaction; fills seq, prevHash and hash. Returns false on a
    // database error (message in *error).
    static bool append(QSqlDatabase &db, AuditRecord &record, QString *error);

    static QString headHash(const QSqlDatabase &db);
    // The seq of the record whose hash is the given one, or 0 if no record has it. A copy of an earlier head
    // found here proves that nothing before it was cut off; one not found means the trail lost its end.
    static qint64 seqOfHash(const QSqlDatabase &db, const QString &hash);
    static QList<AuditRecord> readAll(const QSqlDatabase &db, QString *error = nullptr);

    struct Verification {
        bool intact = true;
        qint64 recordCount = 0;
        QString headHash;
        qint64 firstBrokenSeq = 0; // 0 when intact
        QString problem; // what is wrong with the first broken record
        QStringList stateMismatches; // rows whose stored state differs from the trail (TrailReplayer)
    };
    // Checks the chain, then runs every replayer in TrailReplayerRegistry against the trail.
    static Verification verify(const QSqlDatabase &db);
};
