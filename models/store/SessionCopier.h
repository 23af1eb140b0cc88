// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class SessionStore;

// Copies a whole session from one open store into a freshly created one (export to a file, import into a
// team database): every table the schema migrations create (SessionSchema::tableNames), row by row in
// primary-key order, through QtSql only, so it works between any two QtSql engines. The source is read in
// one read snapshot; the target is written in one transaction, and before it commits, its audit trail is
// verified (AuditChain::verify with every feature's replayer) and its head must be the source's: a copy
// that does not verify is never committed. Values are copied as stored (text stays text, integers stay
// integers, NULL stays NULL, BLOBs stay BLOBs); meta's schema_version and application stay the target's.
// It runs on the calling thread with the stores' own connections (a GUI opens both stores on a worker
// thread and shows the progress). The verification inside the write transaction relies on
// AuditChain::ReadSnapshot starting nothing inside a transaction the caller already has.
//
// What a copy is: the same session's record, not a new session. meta.session_id is copied, so the copy has
// the same SessionIdentity as the original, and the same manifest; a trust decision made for the original
// (TrustStore keys on the session id and the manifest hash) therefore holds for the copy, and a change to
// what either would run needs a new decision as before. Only a session without a session id and without
// any audit record (named by its path) is a different identity in its copy. The audit trail is the same
// trail with the same head, so a head published from the original (`audit verify --expect-head`) proves
// the copy complete.
class SessionCopier {
    Q_DECLARE_TR_FUNCTIONS(SessionCopier)
public:
    struct TableCount {
        QString table;
        qint64 rows = 0;
    };
    struct Result {
        bool ok = false;
        QString error; // what is wrong, when !ok
        QList<TableCount> tables; // rows copied per table, in copy order
        qint64 rows = 0; // all rows copied
        qint64 auditRecords = 0;
        QString headHash; // the verified head of the copy (= the source's)
    };
    // Rows copied so far of all rows to copy; called every few thousand rows and at the end of each table.
    using Progress = std::function<void(qint64 copied, qint64 total)>;

    // Copies source into target, which must be freshly created (SessionStore::create) and empty. Both must
    // have the current schema version. On failure nothing is committed to target.
    static Result copy(SessionStore &source, SessionStore &target, const Progress &progress = {});

    // Copies source into a new session file at path: refuses an existing path; writes to a hidden
    // temporary file beside it and renames it to path only when the copy verified; on failure nothing is
    // left behind (no file, no -wal, no -shm).
    static Result copyToNewFile(SessionStore &source, const QString &path, const Progress &progress = {});

    // Copies source into a new team session at address (postgresql://...?session=NAME), as a lead: the
    // schema, the tables, the rows and the server's rules in one transaction (SessionStore::createTeam), the
    // rows before the rules, so that records written by other people are kept as they are; the copy's trail
    // is verified before the rules are installed and it commits. Refuses an existing session name; on
    // failure nothing is left on the server.
    static Result copyToNewTeamSession(
        SessionStore &source, const QString &address, const Progress &progress = {});

private:
    // The copy into target inside the transaction the caller holds (and commits or rolls back).
    static Result copyInTransaction(SessionStore &source, SessionStore &target, const Progress &progress);
};
