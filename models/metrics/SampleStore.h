// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSample.h"

#include <QObject>
#include <QThread>
#include <QTimer>

class SampleStoreWorker;

// Persists metric samples into the session (a file or a team session; table metric_samples) without touching
// the GUI thread: samples are collected and handed over every flush interval to a worker thread that writes
// each batch in one transaction through its own connection. load() reads a session's samples back
// (in chunks) on reopen. Use with a session whose schema includes the metric_samples migration.
class SampleStore : public QObject {
    Q_OBJECT
public:
    explicit SampleStore(const QString &sessionPath, bool readOnly = false, QObject *parent = nullptr);
    ~SampleStore() override; // writes what is still queued, then stops the worker

    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }
    bool isReadOnly() const { return m_readOnly; }

public Q_SLOTS:
    void append(const QList<MetricSample> &samples);
    void flush();
    void load(int chunkRows = 50000);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void batchWritten(int rows, qint64 microseconds);
    void loadedChunk(const QList<MetricSample> &samples);
    void loadFinished(qint64 rows, const QString &error);
    void errorOccurred(const QString &message);

private:
    bool m_readOnly;
    QThread m_thread;
    SampleStoreWorker *m_worker;
    QTimer m_flushTimer;
    QList<MetricSample> m_queue;
};
