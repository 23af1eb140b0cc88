// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SampleStoreWorker.h"

#include "audit/AuditChain.h"
#include "metrics/SampleBatchDigest.h"
#include "store/SessionConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int kRowsPerStatement = 200; // 600 bound parameters, far below SQLite's limit
// One transaction holds the session's write lock; keeping it short keeps the GUI's own writes
// (which wait for the lock) from stalling. 5,000 rows take a few milliseconds.
constexpr int kRowsPerTransaction = 5000;

QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO metric_samples (series, t, value) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?)") : QStringLiteral(", (?, ?, ?)");
    return sql;
}

// A gap (NaN) is stored as NULL: an untyped null, which every driver writes as NULL (the PostgreSQL driver
// writes Qt 6's null of a type, QVariant(QMetaType), as 0).
QVariant valueOf(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

qint64 lastRowid(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM metric_samples")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// The metrics.batch record of the rows first..last just written (SampleBatchTrailReplayer checks it).
AuditRecord batchRecord(const QString &actor, qint64 first, qint64 last, const QList<MetricSample> &rows)
{
    const SampleBatchDigest d = SampleBatchDigest::of(rows);
    QJsonObject seriesDigests;
    for (auto it = d.bySeries.constBegin(); it != d.bySeries.constEnd(); ++it)
        seriesDigests.insert(it.key(), it.value());
    AuditRecord r;
    r.actor = actor;
    r.action = QStringLiteral("metrics.batch");
    r.entity = QStringLiteral("metric_samples");
    r.entityId = first;
    r.field = QStringLiteral("batch");
    r.newValue = QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("first_rowid"), first }, { QStringLiteral("last_rowid"), last },
            { QStringLiteral("count"), d.count }, { QStringLiteral("series"), d.series },
            { QStringLiteral("t_from"), d.tFrom }, { QStringLiteral("t_to"), d.tTo },
            { QStringLiteral("sha256"), d.sha256 },
            { QStringLiteral("series_sha256"),
                seriesDigests } }).toJson(QJsonDocument::Compact));
    return r;
}

}

SampleStoreWorker::SampleStoreWorker(const QString &path, bool readOnly)
    : m_path(path)
    , m_readOnly(readOnly)
    , m_connectionName(
          QStringLiteral("cockpit-samples-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SampleStoreWorker::~SampleStoreWorker()
{
    close();
}

void SampleStoreWorker::open()
{
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, [this] { write({}); });
    }
    // This thread's own connection (a file, or a team session on its server), named for this worker.
    QString error;
    QSqlDatabase db = SessionConnection::open(m_path, m_connectionName,
        m_readOnly ? SessionConnection::Access::ReadOnly : SessionConnection::Access::ReadWrite, &error);
    if (!db.isValid()) {
        Q_EMIT opened(false, tr("The metric store cannot open %1: %2").arg(m_path, error));
        return;
    }
    // On a team session the server takes the trail's actor to be the role logged in, as for every change;
    // a file's sample batches are recorded by the cockpit itself.
    m_actor
        = SessionConnection::isPostgres(db) ? SessionConnection::sessionUser(db) : QStringLiteral("cockpit");
    QSqlQuery q(db);
    if (!m_readOnly && !SessionConnection::isPostgres(db))
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM metric_samples WHERE 1 = 0"))) {
        Q_EMIT opened(false,
            tr("%1 has no metric_samples table (the session needs to be opened for writing "
               "once to be upgraded): %2")
                .arg(m_path, q.lastError().text()));
        return;
    }
    Q_EMIT opened(true, QString());
}

void SampleStoreWorker::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_insertMany = QSqlQuery(); // released before the connection goes
    m_insertOne = QSqlQuery();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SampleStoreWorker::write(const QList<MetricSample> &samples)
{
    if (m_readOnly) {
        if (!samples.isEmpty())
            Q_EMIT failed(tr("The session is open read-only; %n metric sample(s) were not saved.", nullptr,
                int(samples.size())));
        return;
    }
    m_pending.append(samples);
    while (m_done < m_pending.size()) {
        QElapsedTimer clock;
        clock.start();
        const int rows = int(std::min<qsizetype>(m_pending.size() - m_done, kRowsPerTransaction));
        QString error;
        if (!flushPending(rows, &error)) {
            Q_EMIT failed(tr("%n metric sample(s) could not be saved yet and will be retried: %1", nullptr,
                int(m_pending.size() - m_done))
                              .arg(error));
            if (m_retry && !m_retry->isActive())
                m_retry->start(1000);
            return;
        }
        Q_EMIT written(rows, clock.nsecsElapsed() / 1000, int(m_pending.size() - m_done));
    }
    m_pending.clear();
    m_done = 0;
}

bool SampleStoreWorker::flushPending(int count, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = tr("the metric store is not open");
        return false;
    }
    // The session's write lock up front, as every writer of the session takes it, so the batch never fails
    // half-way on a busy snapshot, and on a team session the rowids the server numbers under that lock are
    // the ones read below.
    if (!SessionConnection::beginWrite(db, QString(), error))
        return false;
    // The audit chain's head is read inside this write transaction, so the GUI's connection cannot
    // append between the read and this batch's record (no fork of the chain).
    const qint64 before = lastRowid(db, error);
    bool ok = before >= 0;
    if (ok && m_insertMany.lastQuery().isEmpty()) {
        m_insertMany = QSqlQuery(db);
        m_insertOne = QSqlQuery(db);
        ok = m_insertMany.prepare(insertSql(kRowsPerStatement)) && m_insertOne.prepare(insertSql(1));
        if (!ok) {
            *error = m_insertMany.lastError().text();
            m_insertMany = QSqlQuery();
            m_insertOne = QSqlQuery();
        }
    }
    QSqlQuery &many = m_insertMany;
    QSqlQuery &one = m_insertOne;
    const qsizetype n = count;
    qsizetype i = 0;
    for (; ok && i + kRowsPerStatement <= n; i += kRowsPerStatement) {
        for (int k = 0; k < kRowsPerStatement; ++k) {
            const MetricSample &s = m_pending.at(m_done + i + k);
            many.bindValue(3 * k, s.series);
            many.bindValue(3 * k + 1, s.t);
            many.bindValue(3 * k + 2, valueOf(s.value));
        }
        ok = many.exec();
        if (!ok)
            *error = many.lastError().text();
    }
    for (; ok && i < n; ++i) {
        const MetricSample &s = m_pending.at(m_done + i);
        one.bindValue(0, s.series);
        one.bindValue(1, s.t);
        one.bindValue(2, valueOf(s.value));
        ok = one.exec();
        if (!ok)
            *error = one.lastError().text();
    }
    many.finish();
    one.finish();
    // One record per transaction (at most kRowsPerTransaction rows, every flush of SampleStore): the
    // rows' rowids, count, series, time range and SHA-256 go into the trail with the rows.
    if (ok) {
        const qint64 after = lastRowid(db, error);
        ok = after == before + count;
        if (ok) {
            AuditRecord r = batchRecord(m_actor, before + 1, after, m_pending.mid(m_done, count));
            ok = AuditChain::append(db, r, error);
        } else if (after >= 0) {
            *error = tr("the metric samples were not numbered one after another");
        }
    }
    QSqlQuery end(db);
    if (!ok || !end.exec(QStringLiteral("COMMIT"))) {
        if (ok)
            *error = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_done += count;
    return true;
}

void SampleStoreWorker::load(int chunkRows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT series, t, value FROM metric_samples ORDER BY t"))) {
        Q_EMIT loadFinished(
            0, tr("The metric samples of %1 cannot be read: %2").arg(m_path, q.lastError().text()));
        return;
    }
    QList<MetricSample> chunk;
    chunk.reserve(chunkRows);
    qint64 total = 0;
    while (q.next()) {
        MetricSample s;
        s.series = q.value(0).toString();
        s.t = q.value(1).toLongLong();
        const QVariant v = q.value(2);
        s.value = v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
        chunk.append(s);
        if (chunk.size() >= chunkRows) {
            total += chunk.size();
            Q_EMIT loadedChunk(chunk);
            chunk.clear();
        }
    }
    if (!chunk.isEmpty()) {
        total += chunk.size();
        Q_EMIT loadedChunk(chunk);
    }
    Q_EMIT loadFinished(total, QString());
}
