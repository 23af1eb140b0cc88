// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSample.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

// Lives on SampleStore's worker thread and owns that thread's own connection to the session (a file, or a
// team session's address; SessionConnection), opened on that thread under a name of its own.
// Writes each batch (at most 5,000 rows) in one transaction; a batch that cannot be written is kept and
// retried, so no sample is dropped because the file was busy for a moment.
class SampleStoreWorker : public QObject {
    Q_OBJECT
public:
    explicit SampleStoreWorker(const QString &path, bool readOnly);
    ~SampleStoreWorker() override;

public Q_SLOTS:
    void open();
    void write(const QList<MetricSample> &samples);
    void load(int chunkRows);
    void close();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void written(int rows, qint64 microseconds, int pendingRows);
    void loadedChunk(const QList<MetricSample> &samples);
    void loadFinished(qint64 rows, const QString &error);
    void failed(const QString &error);

private:
    bool flushPending(int count, QString *error); // the first count pending rows, one transaction

    QString m_path;
    bool m_readOnly;
    QString m_connectionName;
    QString m_actor; // who the trail names for a batch: the cockpit, or a team session's logged-in role
    QList<MetricSample> m_pending;
    qsizetype m_done = 0; // rows of m_pending already written
    QTimer *m_retry = nullptr;
    // Prepared at the first batch and kept: parsing the 200-row insert took as long as hashing a batch.
    QSqlQuery m_insertMany;
    QSqlQuery m_insertOne;
};
