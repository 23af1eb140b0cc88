// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditFeed.h"

#include "audit/AuditChain.h"
#include "store/SessionChangeSignal.h"
#include "store/SessionStore.h"

#include <QPointer>
#include <QTimer>

namespace {

// A read that fails (another process is recovering the WAL) is retried after this long, this many times
// in a row before the session counts as lost.
constexpr int kRetryMs = 200;
constexpr int kFailuresBeforeLost = 5;

}

AuditFeed::AuditFeed(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_signal(SessionChangeSignal::create(*store))
    , m_next(new QTimer(this))
    , m_lastHash(AuditChain::genesisHash())
{
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &AuditFeed::poke);
    connect(m_signal.get(), &SessionChangeSignal::changed, this, &AuditFeed::poke);
    connect(m_signal.get(), &SessionChangeSignal::lost, this, [this](const QString &message) {
        if (!m_running)
            return;
        // The open connection still reads what was committed before the file went away: that comes first.
        const QPointer<AuditFeed> self(this);
        while (self && readBatch() == Read::More) { }
        if (self && m_running)
            fail(message);
    });
    // This process's own commits through the same store (data_version only counts other connections').
    m_commitObserver = m_store->addCommitObserver(
        [this] { QMetaObject::invokeMethod(this, &AuditFeed::poke, Qt::QueuedConnection); });
}

AuditFeed::~AuditFeed()
{
    m_store->removeCommitObserver(m_commitObserver);
}

void AuditFeed::setBatchSize(int records)
{
    m_batchSize = qMax(1, records);
}

void AuditFeed::setInterval(int ms)
{
    m_signal->setInterval(ms);
}

bool AuditFeed::start(qint64 afterSeq, QString *error)
{
    stop();
    const QSqlDatabase db = m_store->database();
    const AuditChain::Head head = AuditChain::head(db);
    const qint64 from = afterSeq == FromHead ? head.seq : afterSeq;
    if (from < 0 || from > head.seq) {
        *error = tr("The audit trail of %1 has %n record(s); there is no record %2 to start after.", nullptr,
            int(head.seq))
                     .arg(m_store->path())
                     .arg(from);
        return false;
    }
    m_lastSeq = 0;
    m_lastHash = AuditChain::genesisHash();
    if (from > 0) {
        // The record the feed starts after is its anchor: it must be what its own hash says.
        QString readError;
        const QList<AuditRecord> anchor = AuditChain::readAfter(db, from - 1, 1, &readError);
        if (!readError.isEmpty()) {
            *error = tr("Cannot read the audit trail of %1: %2").arg(m_store->path(), readError);
            return false;
        }
        if (anchor.isEmpty() || anchor.constFirst().seq != from
            || AuditChain::computeHash(anchor.constFirst()) != anchor.constFirst().hash) {
            *error
                = tr("Record %1 of the audit trail of %2 does not verify; run `cutoverctl audit verify %2`.")
                      .arg(from)
                      .arg(m_store->path());
            return false;
        }
        m_lastSeq = from;
        m_lastHash = anchor.constFirst().hash;
    }
    m_readFailures = 0;
    m_running = true;
    m_lostMessage.clear();
    m_signal->start();
    if (!m_running) {
        // The signal could not start (e.g. the server refused LISTEN, or the connection is gone): the
        // caller hears why now, rather than waiting for changes that would never be announced.
        *error = m_lostMessage;
        return false;
    }
    // What is there already (from the start, or committed since the head was read) once the loop runs.
    m_next->start(0);
    return true;
}

void AuditFeed::stop()
{
    m_running = false;
    m_signal->stop();
    m_next->stop();
}

void AuditFeed::poke()
{
    readBatch();
}

AuditFeed::Read AuditFeed::readBatch()
{
    if (!m_running)
        return Read::Stopped;
    const QSqlDatabase db = m_store->database();
    // The last record seen is read again with the new ones: it must still be there, unchanged.
    const bool anchored = m_lastSeq > 0;
    const int wanted = m_batchSize + (anchored ? 1 : 0);
    QList<AuditRecord> records;
    QString error;
    {
        const AuditChain::ReadSnapshot snapshot(db);
        records = AuditChain::readAfter(db, anchored ? m_lastSeq - 1 : 0, wanted, &error);
    }
    if (!error.isEmpty()) {
        if (++m_readFailures >= kFailuresBeforeLost) {
            fail(tr("Cannot read the audit trail of %1: %2").arg(m_store->path(), error));
            return Read::Stopped;
        }
        m_next->start(kRetryMs);
        return Read::Done;
    }
    m_readFailures = 0;
    const bool full = records.size() == wanted;
    if (anchored) {
        if (records.isEmpty() || records.constFirst().seq != m_lastSeq) {
            breakOff(m_lastSeq,
                tr("record %1, the last one seen, is no longer in the trail (records were deleted or cut off "
                   "the end)")
                    .arg(m_lastSeq));
            return Read::Stopped;
        }
        const AuditRecord &seen = records.constFirst();
        if (seen.hash != m_lastHash || AuditChain::computeHash(seen) != seen.hash) {
            breakOff(
                m_lastSeq, tr("record %1, the last one seen, was changed after it was read").arg(m_lastSeq));
            return Read::Stopped;
        }
        records.removeFirst();
    }
    qint64 brokenSeq = 0;
    QString problem;
    const bool intact = AuditChain::continues(records, m_lastSeq, m_lastHash, &brokenSeq, &problem);
    if (!intact)
        records.resize(brokenSeq - m_lastSeq - 1); // the records before the broken one are good
    if (!records.isEmpty()) {
        m_lastSeq = records.constLast().seq;
        m_lastHash = records.constLast().hash;
        const QPointer<AuditFeed> self(this);
        Q_EMIT recordsAppended(records);
        if (!self || !m_running)
            return Read::Stopped;
    }
    if (!intact) {
        breakOff(brokenSeq, problem);
        return Read::Stopped;
    }
    if (full) {
        m_next->start(0); // more may follow: after the event loop has run
        return Read::More;
    }
    return Read::Done;
}

void AuditFeed::breakOff(qint64 seq, const QString &problem)
{
    stop();
    Q_EMIT chainBroken(seq, problem);
}

void AuditFeed::fail(const QString &message)
{
    stop();
    m_lostMessage = message;
    Q_EMIT lost(message);
}
