// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RetryBackoff.h"
#include "core/SourceCredentials.h"
#include "metrics/sources/MetricSource.h"
#include "metrics/sources/PrometheusResponseParser.h"

#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Reads series from a Prometheus server: /api/v1/query_range once to fill the history, then
// /api/v1/query at the poll interval. One PromQL query per metric; its result series are told apart by
// a label (default "version") whose values name the old and the new path. NaN/±Inf values, empty
// results and missing sides become gaps. HTTP errors, Prometheus errors (errorType), timeouts and
// refused connections are reported with their text and retried with exponential backoff.
class PrometheusSource : public MetricSource {
    Q_OBJECT
public:
    // A query's results are told apart by pathLabel into "<metric>/old" and "<metric>/new"; a metric that
    // names a whole series ("error_ratio/new") takes the one series the query returns as that series.
    struct Query {
        QString metric; // series prefix, e.g. "error_ratio", or a whole series name, e.g. "error_ratio/new"
        QString promql;
        QString pathLabel = QStringLiteral("version");
        QString oldValue = QStringLiteral("old");
        QString newValue = QStringLiteral("new");

        bool isWholeSeries() const { return metric.contains(QLatin1Char('/')); }
    };
    struct Config {
        QUrl baseUrl; // e.g. http://127.0.0.1:9090
        QList<Query> queries = defaultQueries();
        int pollIntervalMs = 5000;
        int historySeconds = 3600; // 0: no history fill
        int timeoutMs = 10000;
        SourceCredentials credentials;
    };

    // Error ratio, p50/p95/p99 latency and request rate per `version`, from http_requests_total and
    // http_request_duration_seconds_bucket (the canary queries in the spec).
    static QList<Query> defaultQueries();

    explicit PrometheusSource(const Config &config, QObject *parent = nullptr);
    ~PrometheusSource() override;

    QString kind() const override { return QStringLiteral("prometheus"); }
    QString displayName() const override;
    QStringList seriesNames() const override;
    void start() override;
    void stop() override;

    Config config() const { return m_config; }
    // Turns one parsed result of `query` into samples; `at` is used for the gaps of empty sides.
    // Public and static so that it can be tested without a server.
    static QList<MetricSample> toSamples(
        const Query &query, const PrometheusResponseParser::Result &result, qint64 at, qint64 stepMs = 0);

private:
    void fillHistory();
    void poll();
    void sendAll(bool range);
    void handleReply(QNetworkReply *reply, int queryIndex, bool range, qint64 at, qint64 stepMs);
    void roundFinished();
    QNetworkReply *get(const QString &path, const QList<std::pair<QString, QString>> &params);

    Config m_config;
    QNetworkAccessManager *m_nam;
    QTimer m_timer;
    RetryBackoff m_backoff;
    QString m_authHeader;
    bool m_historyDone = false;
    int m_outstanding = 0;
    quint64 m_generation = 0;
    QList<MetricSample> m_roundSamples;
    QStringList m_roundErrors;
};
