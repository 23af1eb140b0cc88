// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/MetricSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;

// The built-in prober: needs no monitoring stack. At every interval it sends one GET to each configured
// endpoint of the old and the new path and records status and latency. Per path it emits, over a
// sliding window of the last probes: error_ratio (a probe fails on a network error, a timeout or an
// HTTP status outside 200..399), p50/p95/p99_seconds (latency of the answered probes, nearest rank)
// and probe_latency_seconds (the latest probe). A path whose window holds no answered probe has gaps
// for its latency series.
class HttpProberSource : public MetricSource {
    Q_OBJECT
public:
    struct Endpoint {
        QUrl url;
        QString path; // "old" or "new"
    };
    struct Config {
        QList<Endpoint> endpoints;
        int intervalMs = 1000;
        int timeoutMs = 5000;
        int windowProbes = 60; // per path
    };
    struct ProbeResult {
        QString path;
        QUrl url;
        bool ok = false;
        int httpStatus = 0;
        double latencySeconds = 0; // of an answered probe (any status); NaN if there was no answer
        QString error;
    };

    explicit HttpProberSource(const Config &config, QObject *parent = nullptr);
    ~HttpProberSource() override;

    QString kind() const override { return QStringLiteral("prober"); }
    QString displayName() const override;
    QStringList seriesNames() const override;
    void start() override;
    void stop() override;

    // Nearest-rank percentile (0 < q ≤ 1) of values; NaN for an empty list. Pure, for tests.
    static double percentile(QList<double> values, double q);

Q_SIGNALS:
    void probeFinished(const HttpProberSource::ProbeResult &result);

private:
    struct Observation {
        bool ok;
        double latency; // NaN when unanswered
    };
    void probeAll();
    void probe(const Endpoint &endpoint);
    void record(const ProbeResult &result);

    Config m_config;
    QNetworkAccessManager *m_nam;
    QTimer m_timer;
    QHash<QString, std::deque<Observation>> m_windows; // per path
    QHash<QString, bool> m_inFlight; // per url string
    quint64 m_generation = 0;
};

Q_DECLARE_METATYPE(HttpProberSource::ProbeResult)
