// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportExportJob.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

ReportExportJob::ReportExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        Q_EMIT finished(o.result.ok, o.result.error, o.files);
    });
}

ReportExportJob::~ReportExportJob()
{
    if (m_canceled)
        m_canceled->store(true);
    m_watcher.waitForFinished();
}

bool ReportExportJob::isRunning() const
{
    return m_watcher.isRunning();
}

bool ReportExportJob::start(const ReportExporter::Request &request)
{
    if (isRunning())
        return false;
    m_canceled = std::make_shared<std::atomic_bool>(false);
    const auto canceled = m_canceled;
    // The destructor waits for the worker, so `this` outlives it; a queued call to a deleted job is dropped.
    ReportExportJob *self = this;
    m_watcher.setFuture(QtConcurrent::run([request, canceled, self]() {
        ReportProgress p;
        int last = -1;
        p.report = [&last, self](int percent, const QString &step) {
            if (percent == last)
                return;
            last = percent;
            // Queued to the job's thread; dropped if the job is gone.
            QMetaObject::invokeMethod(
                self, [self, percent, step] { Q_EMIT self->progress(percent, step); }, Qt::QueuedConnection);
        };
        p.canceled = [canceled] { return canceled->load(); };
        Outcome o;
        o.result = ReportExporter::run(request, p, &o.files);
        return o;
    }));
    return true;
}

void ReportExportJob::cancel()
{
    if (m_canceled)
        m_canceled->store(true);
}
