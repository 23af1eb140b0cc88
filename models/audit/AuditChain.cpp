// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"

#include "audit/TrailReplayerRegistry.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"
#include "store/ServerError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <charconv>

namespace {

using SqlText::notNull;

void addNumber(QByteArray &bytes, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    bytes.append(digits, written.ptr - digits);
}

// Appends a field as the hash covers it: length-prefixed, so that moving text between adjacent fields
// changes the hash. ASCII text (nearly every field) is copied as it is, other text encoded as UTF-8.
void addField(QByteArray &bytes, QStringView value)
{
    const qsizetype start = bytes.size();
    addNumber(bytes, value.size());
    bytes.append(':');
    const qsizetype text = bytes.size();
    bytes.resize(text + value.size());
    char *out = bytes.data() + text;
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) {
            bytes.resize(start);
            const QByteArray utf8 = value.toUtf8();
            addNumber(bytes, utf8.size());
            bytes.append(':');
            bytes.append(utf8);
            break;
        }
        *out++ = char(c.unicode());
    }
    bytes.append('|');
}

void addField(QByteArray &bytes, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    addNumber(bytes, written.ptr - digits);
    bytes.append(':');
    bytes.append(digits, written.ptr - digits);
    bytes.append('|');
}

// The first record of `records` that breaks the chain continuing from (expectedSeq, expectedPrev); returns
// false with *brokenSeq and *problem set, or true when every record follows the one before it.
bool checkChain(const QList<AuditRecord> &records, qint64 expectedSeq, QString expectedPrev,
    qint64 *brokenSeq, QString *problem)
{
    for (const AuditRecord &r : records) {
        if (r.seq != expectedSeq)
            *problem
                = QCoreApplication::translate("AuditChain", "record %1 is missing (next stored record is %2)")
                      .arg(expectedSeq)
                      .arg(r.seq);
        else if (r.prevHash != expectedPrev)
            *problem = QCoreApplication::translate("AuditChain",
                "record %1 does not follow the record before it "
                "(a record before it was changed or deleted)")
                           .arg(r.seq);
        else if (AuditChain::computeHash(r) != r.hash)
            *problem = QCoreApplication::translate("AuditChain", "record %1 was changed after it was written")
                           .arg(r.seq);
        if (!problem->isEmpty()) {
            *brokenSeq = expectedSeq;
            return false;
        }
        expectedPrev = r.hash;
        ++expectedSeq;
    }
    return true;
}

// The head up to which a connection's trail was last found intact (per connection name), so that a write
// checks only the records added since instead of the whole chain.
struct VerifiedHead {
    qint64 seq = 0;
    QString hash;
};

QMutex verifiedMutex;

QHash<QString, VerifiedHead> &verifiedHeads()
{
    static QHash<QString, VerifiedHead> heads;
    return heads;
}

QList<AuditRecord> readFrom(const QSqlDatabase &db, qint64 afterSeq, QString *error, int limit = 0);

// Refuses to extend a chain that does not verify: checked in full at a connection's first write (so once per
// opening), then only the records after the head verified last (records other processes appended meanwhile;
// if that head itself changed or vanished, the whole chain again). lastSeq/lastHash are the stored head the
// new record will follow.
bool chainAcceptsAppend(const QSqlDatabase &db, qint64 lastSeq, const QString &lastHash, QString *error)
{
    const QString key = db.connectionName();
    VerifiedHead from;
    {
        QMutexLocker lock(&verifiedMutex);
        from = verifiedHeads().value(key);
    }
    // The head is the one verified: nothing to read.
    if (from.seq == lastSeq && (lastSeq == 0 || from.hash == lastHash))
        return true;
    if (from.seq > lastSeq || from.seq == 0) {
        from = VerifiedHead {};
    } else {
        // The record verified last must still be there, unchanged; otherwise check from the start.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT hash FROM audit WHERE seq = ?"));
        q.addBindValue(from.seq);
        if (!q.exec() || !q.next() || q.value(0).toString() != from.hash)
            from = VerifiedHead {};
    }
    QString readError;
    const QList<AuditRecord> records = readFrom(db, from.seq, &readError);
    if (!readError.isEmpty()) {
        *error = QCoreApplication::translate("AuditChain", "cannot read the audit trail: %1").arg(readError);
        return false;
    }
    qint64 brokenSeq = 0;
    QString problem;
    if (!checkChain(records, from.seq + 1, from.seq == 0 ? AuditChain::genesisHash() : from.hash, &brokenSeq,
            &problem)) {
        *error = QCoreApplication::translate("AuditChain",
            "The audit trail of %1 is broken at record %2 (%3); nothing more is written. Run `cutoverctl "
            "audit verify %1` for details.")
                     .arg(db.databaseName())
                     .arg(brokenSeq)
                     .arg(problem);
        return false;
    }
    QMutexLocker lock(&verifiedMutex);
    verifiedHeads().insert(key, VerifiedHead { lastSeq, lastHash });
    return true;
}

void rememberVerified(const QSqlDatabase &db, qint64 seq, const QString &hash)
{
    QMutexLocker lock(&verifiedMutex);
    verifiedHeads().insert(db.connectionName(), VerifiedHead { seq, hash });
}

QList<AuditRecord> readFrom(const QSqlDatabase &db, qint64 afterSeq, QString *error, int limit)
{
    QList<AuditRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, field, old_value, new_value, "
                             "reason, prev_hash, hash FROM audit WHERE seq > ? ORDER BY seq")
        + (limit > 0 ? QStringLiteral(" LIMIT ?") : QString()));
    q.addBindValue(afterSeq);
    if (limit > 0)
        q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = ServerError::describe(db, q.lastError(), ServerError::Stage::Reading);
        return out;
    }
    while (q.next()) {
        AuditRecord r;
        r.seq = q.value(0).toLongLong();
        r.atText = q.value(1).toString();
        r.at = Timestamps::fromText(r.atText);
        r.actor = q.value(2).toString();
        r.action = q.value(3).toString();
        r.entity = q.value(4).toString();
        r.entityId = q.value(5).toLongLong();
        r.field = q.value(6).toString();
        r.oldValue = q.value(7).toString();
        r.newValue = q.value(8).toString();
        r.reason = q.value(9).toString();
        r.prevHash = q.value(10).toString();
        r.hash = q.value(11).toString();
        out.append(r);
    }
    return out;
}

}

AuditChain::ReadSnapshot::ReadSnapshot(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        // Inside a transaction already (a write, or an outer snapshot), PostgreSQL only warns at BEGIN, and
        // our COMMIT would end the caller's transaction early: a savepoint succeeds only inside one, so it
        // tells the two apart, and the caller's transaction is the snapshot.
        if (q.exec(QStringLiteral("SAVEPOINT cockpit_read_snapshot"))) {
            m_savepoint = true;
            return;
        }
        m_own = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        return;
    }
    m_own = q.exec(QStringLiteral("BEGIN DEFERRED"));
}

AuditChain::ReadSnapshot::~ReadSnapshot()
{
    QSqlQuery q(m_db);
    if (m_savepoint)
        q.exec(QStringLiteral("RELEASE SAVEPOINT cockpit_read_snapshot"));
    else if (m_own)
        q.exec(QStringLiteral("COMMIT"));
}

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

namespace {

// The record's hash with its time already in stored form (the import path formats each time once).
// The bytes are gathered first and hashed in one call (importing a runbook hashes 200,000 records), in a
// buffer each thread keeps, so that hashing allocates nothing per record.
QString hashWithTime(const AuditRecord &r, const QString &at)
{
    thread_local QByteArray bytes;
    bytes.resize(0); // keeps the capacity
    addField(bytes, r.prevHash);
    addField(bytes, r.seq);
    addField(bytes, at);
    addField(bytes, r.actor);
    addField(bytes, r.action);
    addField(bytes, r.entity);
    addField(bytes, r.entityId);
    addField(bytes, r.field);
    addField(bytes, r.oldValue);
    addField(bytes, r.newValue);
    addField(bytes, r.reason);
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (bytes.capacity() > 1024 * 1024)
        bytes = QByteArray(); // a huge record's buffer is not kept
    return hash;
}

}

QString AuditChain::computeHash(const AuditRecord &r)
{
    return hashWithTime(r, r.atText.isEmpty() ? Timestamps::toText(r.at) : r.atText);
}

namespace {

// Named placeholders: QSqlQuery binds a value by name at about two thirds of the cost of by position.
const char *const insertSql
    = "INSERT INTO audit (seq, at, actor, action, entity, entity_id, field, old_value, new_value, reason, "
      "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :entity, :entity_id, :field, :old_value, "
      ":new_value, :reason, :prev_hash, :hash)";

// The text values a prepared insert has bound. A batch rebinds only those that differ from the record
// before (a bound value stays bound from one exec to the next): binding through QSqlQuery costs more than
// the comparison, and in a batch actor, time, field, old value and reason rarely change.
struct BoundTexts {
    QString at;
    QDateTime atTime; // the record time `at` was formatted from
    QString text[12];
    bool used[12] = {};
};

// Fills the record's time, hash and the insert's values; seq and prevHash are set by the caller.
bool insertRecord(QSqlQuery &q, AuditRecord &record, QString *error, BoundTexts *bound = nullptr)
{
    if (!record.at.isValid())
        record.at = Timestamps::now();
    // The time as stored (UTC, milliseconds), formatted once: the hash covers exactly what is stored.
    QString at;
    if (bound && bound->atTime.isValid() && record.at == bound->atTime && record.at.timeSpec() == Qt::UTC) {
        at = bound->at;
    } else {
        record.at = record.at.toUTC();
        at = Timestamps::toText(record.at);
        if (bound) {
            bound->atTime = record.at;
            bound->at = at;
        }
    }
    record.hash = hashWithTime(record, at);
    static const QString names[] = { QStringLiteral(":seq"), QStringLiteral(":at"), QStringLiteral(":actor"),
        QStringLiteral(":action"), QStringLiteral(":entity"), QStringLiteral(":entity_id"),
        QStringLiteral(":field"), QStringLiteral(":old_value"), QStringLiteral(":new_value"),
        QStringLiteral(":reason"), QStringLiteral(":prev_hash"), QStringLiteral(":hash") };
    auto bindText = [&q, bound](int index, const QString &value) {
        if (bound) {
            if (bound->used[index] && bound->text[index] == value)
                return;
            bound->text[index] = value;
            bound->used[index] = true;
        }
        q.bindValue(names[index], value);
    };
    q.bindValue(names[0], record.seq);
    bindText(1, at);
    bindText(2, notNull(record.actor));
    bindText(3, notNull(record.action));
    bindText(4, notNull(record.entity));
    q.bindValue(names[5], record.entityId);
    bindText(6, notNull(record.field));
    bindText(7, notNull(record.oldValue));
    bindText(8, notNull(record.newValue));
    bindText(9, notNull(record.reason));
    bindText(10, record.prevHash);
    bindText(11, record.hash);
    if (!q.exec()) {
        *error = ServerError::describe(q);
        return false;
    }
    return true;
}

// The stored head: (0, genesis) for an empty trail.
bool readHead(const QSqlDatabase &db, qint64 *seq, QString *hash, QString *error)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))) {
        *error = ServerError::describe(db, last.lastError());
        return false;
    }
    *seq = last.next() ? last.value(0).toLongLong() : 0;
    *hash = *seq > 0 ? last.value(1).toString() : AuditChain::genesisHash();
    return true;
}

}

// Sets the record's seq and prevHash after the head, once the chain up to it checks out.
static bool linkToHead(const QSqlDatabase &db, AuditRecord &record, QString *error)
{
    qint64 lastSeq = 0;
    QString lastHash;
    if (!readHead(db, &lastSeq, &lastHash, error) || !chainAcceptsAppend(db, lastSeq, lastHash, error))
        return false;
    record.seq = lastSeq + 1;
    record.prevHash = lastHash;
    return true;
}

bool AuditChain::append(QSqlDatabase &db, AuditRecord &record, QString *error)
{
    if (!linkToHead(db, record, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QLatin1String(insertSql));
    if (!insertRecord(q, record, error))
        return false;
    rememberVerified(db, record.seq, record.hash);
    return true;
}

bool AuditChain::prepareServerAppend(const QSqlDatabase &db, AuditRecord &record, QString *error)
{
    if (!linkToHead(db, record, error))
        return false;
    record.at = (record.at.isValid() ? record.at : Timestamps::now()).toUTC();
    record.atText = Timestamps::toText(record.at);
    return true;
}

bool AuditChain::acceptServerAppend(const QSqlDatabase &db, AuditRecord &record, qint64 seq,
    const QString &actor, const QString &hash, QString *error)
{
    const qint64 expected = record.seq;
    record.seq = seq;
    record.actor = actor;
    record.hash = computeHash(record);
    if (seq != expected || record.hash != hash) {
        *error = QCoreApplication::translate("AuditChain",
            "the server wrote audit record %1 with hash %2, not the record %3 with hash %4 this cockpit "
            "expected; nothing was saved")
                     .arg(seq)
                     .arg(hash.left(16), QString::number(expected), record.hash.left(16));
        return false;
    }
    rememberVerified(db, record.seq, record.hash);
    return true;
}

struct AuditChain::Batch::State {
    QSqlDatabase db;
    QSqlQuery insert;
    BoundTexts bound;
    bool started = false;
    qint64 seq = 0;
    QString hash;
};

AuditChain::Batch::Batch(QSqlDatabase db)
    : d(std::make_unique<State>())
{
    d->db = db;
}

AuditChain::Batch::~Batch() = default;

bool AuditChain::Batch::append(AuditRecord &record, QString *error)
{
    if (!d->started) {
        if (!readHead(d->db, &d->seq, &d->hash, error) || !chainAcceptsAppend(d->db, d->seq, d->hash, error))
            return false;
        d->insert = QSqlQuery(d->db);
        d->insert.prepare(QLatin1String(insertSql));
        d->started = true;
    }
    record.seq = d->seq + 1;
    record.prevHash = d->hash;
    if (!insertRecord(d->insert, record, error, &d->bound))
        return false;
    d->seq = record.seq;
    d->hash = record.hash;
    rememberVerified(d->db, record.seq, record.hash);
    return true;
}

QString AuditChain::headHash(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return genesisHash();
}

AuditChain::Head AuditChain::head(const QSqlDatabase &db)
{
    Head h;
    QString error;
    if (!readHead(db, &h.seq, &h.hash, &error))
        h = Head { 0, genesisHash() };
    return h;
}

qint64 AuditChain::seqOfHash(const QSqlDatabase &db, const QString &hash)
{
    if (hash == genesisHash())
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq FROM audit WHERE hash = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(hash.trimmed().toLower());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<AuditRecord> AuditChain::readAll(const QSqlDatabase &db, QString *error)
{
    return readFrom(db, 0, error);
}

QList<AuditRecord> AuditChain::readAfter(const QSqlDatabase &db, qint64 afterSeq, int limit, QString *error)
{
    return readFrom(db, afterSeq, error, limit);
}

bool AuditChain::continues(const QList<AuditRecord> &records, qint64 afterSeq, const QString &afterHash,
    qint64 *brokenSeq, QString *problem)
{
    problem->clear();
    return checkChain(records, afterSeq + 1, afterHash, brokenSeq, problem);
}

AuditChain::Verification AuditChain::verify(const QSqlDatabase &db, QList<AuditRecord> *recordsOut)
{
    const ReadSnapshot snapshot(db);
    Verification v;
    QString error;
    QList<AuditRecord> own;
    QList<AuditRecord> &records = recordsOut ? *recordsOut : own;
    records = readAll(db, &error);
    if (!error.isEmpty()) {
        v.intact = false;
        v.problem = QCoreApplication::translate("AuditChain", "cannot read the audit trail: %1").arg(error);
        return v;
    }
    v.recordCount = records.size();
    v.headHash = records.isEmpty() ? genesisHash() : records.constLast().hash;

    // The hashes are checked on a pool thread while each feature checks its own tables against the trail
    // here (items, incident log, outbox, ...; they need this thread's connection): the two share only the
    // records, which neither changes, and take about as long as each other on a large trail.
    const QList<AuditRecord> &trail = records;
    QFuture<bool> chain = QtConcurrent::run(
        [&trail, &v]() { return checkChain(trail, 1, genesisHash(), &v.firstBrokenSeq, &v.problem); });
    const QStringList mismatches = TrailReplayerRegistry::mismatches(db, records);
    if (!chain.result())
        v.intact = false;
    v.stateMismatches = mismatches;
    if (!v.stateMismatches.isEmpty())
        v.intact = false;
    return v;
}
