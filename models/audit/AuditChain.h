// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

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

    // A record the server appends itself (a team session's write functions, store/AuditedWrite): before
    // the call, prepareServerAppend checks the chain as append does and fixes the record's time as stored
    // (record.atText); after it, acceptServerAppend takes the server's seq, actor and hash, refuses them
    // unless the record's own hash is that hash and it follows the head, and remembers the new head.
    static bool prepareServerAppend(const QSqlDatabase &db, AuditRecord &record, QString *error);
    static bool acceptServerAppend(const QSqlDatabase &db, AuditRecord &record, qint64 seq,
        const QString &actor, const QString &hash, QString *error);

    // Many appends in one transaction (creating a session from a runbook of 100,000 rows): the chain is
    // checked and the head read once, the insert prepared once, and each record follows the one before in
    // memory. Use it only while the caller's transaction is open and nothing else appends.
    class Batch {
    public:
        explicit Batch(QSqlDatabase db);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        bool append(AuditRecord &record, QString *error);

    private:
        struct State;
        std::unique_ptr<State> d;
    };

    static QString headHash(const QSqlDatabase &db);
    // The last record: its seq (the number of records, seq runs from 1) and its hash; (0, genesis) when the
    // trail is empty. Published with every notification, the status page and the report, so that a copy of
    // the head exists outside the session file (`audit verify --expect-head` checks a copy later).
    struct Head {
        qint64 seq = 0;
        QString hash;
        // "1a2b3c4d5e6f7a8b" (16 hex digits), for chat texts and page footers.
        QString shortHash() const { return hash.left(16); }
    };
    static Head head(const QSqlDatabase &db);
    // The seq of the record whose hash is the given one, or 0 if no record has it. A copy of an earlier head
    // found here proves that nothing before it was cut off; one not found means the trail lost its end.
    static qint64 seqOfHash(const QSqlDatabase &db, const QString &hash);
    static QList<AuditRecord> readAll(const QSqlDatabase &db, QString *error = nullptr);
    // The records after afterSeq in seq order, at most limit of them (limit <= 0: all), as readAll reads
    // them.
    static QList<AuditRecord> readAfter(
        const QSqlDatabase &db, qint64 afterSeq, int limit, QString *error = nullptr);
    // Whether records continue the chain after the record (afterSeq, afterHash) ((0, genesis) for the start):
    // no gap, each follows the one before and has its own hash. false with the first record that does not
    // (*brokenSeq) and what is wrong with it (*problem).
    static bool continues(const QList<AuditRecord> &records, qint64 afterSeq, const QString &afterHash,
        qint64 *brokenSeq, QString *problem);

    struct Verification {
        bool intact = true;
        qint64 recordCount = 0;
        QString headHash;
        qint64 firstBrokenSeq = 0; // 0 when intact
        QString problem; // what is wrong with the first broken record
        QStringList stateMismatches; // rows whose stored state differs from the trail (TrailReplayer)
    };
    // A read transaction, so that the trail and the tables compared with it are one snapshot (SQLite in WAL
    // mode: a deferred BEGIN pins the snapshot at its first read; PostgreSQL: REPEATABLE READ). Inside a
    // transaction the caller already has (SQLite refuses a nested BEGIN) it starts nothing; verify() takes
    // one itself, a caller that checks more (the signatures) holds one around all of it.
    class ReadSnapshot {
    public:
        explicit ReadSnapshot(const QSqlDatabase &db);
        ~ReadSnapshot();
        ReadSnapshot(const ReadSnapshot &) = delete;
        ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    private:
        QSqlDatabase m_db;
        bool m_own = false;
        bool m_savepoint = false;
    };

    // Checks the chain, then runs every replayer in TrailReplayerRegistry against the trail. With
    // recordsOut, the trail as read is handed back, so a caller checking more (the signatures) reads it once.
    static Verification verify(const QSqlDatabase &db, QList<AuditRecord> *recordsOut = nullptr);
};
