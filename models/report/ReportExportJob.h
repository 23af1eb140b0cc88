// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportExporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

// Runs a ReportExporter on a worker thread (QtConcurrent) and reports back on the thread that owns this
// object: progress while it runs, finished once. cancel() asks the worker to stop; nothing half-written
// is left behind (writers write through QSaveFile).
class ReportExportJob : public QObject {
    Q_OBJECT
public:
    explicit ReportExportJob(QObject *parent = nullptr);
    ~ReportExportJob() override;

    bool isRunning() const;
    // False if a job is already running.
    bool start(const ReportExporter::Request &request);
    void cancel();

Q_SIGNALS:
    void progress(int percent, const QString &step);
    // ok: files lists the written files; otherwise error says why (also after cancel).
    void finished(bool ok, const QString &error, const QStringList &files);

private:
    struct Outcome {
        ActionResult result;
        QStringList files;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_canceled;
};
