// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SampleStore.h"

#include "metrics/SampleStoreWorker.h"

SampleStore::SampleStore(const QString &sessionPath, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_readOnly(readOnly)
    , m_worker(new SampleStoreWorker(sessionPath, readOnly))
{
    qRegisterMetaType<QList<MetricSample>>();
    m_thread.setObjectName(QStringLiteral("SampleStore"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SampleStoreWorker::opened, this, &SampleStore::opened);
    connect(m_worker, &SampleStoreWorker::written, this,
        [this](int rows, qint64 us, int) { Q_EMIT batchWritten(rows, us); });
    connect(m_worker, &SampleStoreWorker::loadedChunk, this, &SampleStore::loadedChunk);
    connect(m_worker, &SampleStoreWorker::loadFinished, this, &SampleStore::loadFinished);
    connect(m_worker, &SampleStoreWorker::failed, this, &SampleStore::errorOccurred);
    m_thread.start();
    // The connection is opened in the worker thread, where it will be used.
    QMetaObject::invokeMethod(m_worker, &SampleStoreWorker::open, Qt::QueuedConnection);

    // Every flush is one transaction with one metrics.batch audit record: every 2 s keeps the trail at
    // most 1,800 such records an hour whatever the number of series.
    m_flushTimer.setInterval(2000);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &SampleStore::flush);
}

SampleStore::~SampleStore()
{
    flush();
    QMetaObject::invokeMethod(m_worker, &SampleStoreWorker::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SampleStore::append(const QList<MetricSample> &samples)
{
    m_queue.append(samples);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SampleStore::flush()
{
    m_flushTimer.stop();
    if (m_queue.isEmpty())
        return;
    QList<MetricSample> batch;
    batch.swap(m_queue);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, batch] { worker->write(batch); }, Qt::QueuedConnection);
}

void SampleStore::load(int chunkRows)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, chunkRows] { worker->load(chunkRows); }, Qt::QueuedConnection);
}
