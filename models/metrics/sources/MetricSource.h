// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSample.h"

#include <QObject>
#include <QStringList>

// A producer of metric samples (Prometheus, the built-in prober, CSV replay, the demo simulation).
// Sources live on the GUI thread, never block it, and hand over values in batches via samplesReady;
// consumers connect with queued or direct connections as they like. A source that cannot measure
// reports errorOccurred with a message a person can act on, retries with backoff, and reports
// recovered() once it measures again.
class MetricSource : public QObject {
    Q_OBJECT
public:
    explicit MetricSource(QObject *parent = nullptr);
    ~MetricSource() override;

    virtual QString kind() const = 0; // "prometheus", "prober", "csv", "simulated"
    virtual QString displayName() const = 0; // shown in the dashboard, translated
    virtual bool isSimulated() const { return false; }
    virtual QStringList seriesNames() const = 0;

    virtual void start() = 0;
    virtual void stop() = 0;
    bool isRunning() const { return m_running; }

    // The error the source is in, empty while it measures fine.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void samplesReady(const QList<MetricSample> &samples);
    void errorOccurred(const QString &message);
    void recovered();
    void runningChanged(bool running);

protected:
    void setRunning(bool running);
    void reportError(const QString &message);
    void reportSuccess();

private:
    bool m_running = false;
    QString m_lastError;
};
