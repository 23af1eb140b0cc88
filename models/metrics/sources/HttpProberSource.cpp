// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/HttpProberSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}

HttpProberSource::HttpProberSource(const Config &config, QObject *parent)
    : MetricSource(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<HttpProberSource::ProbeResult>();
    m_timer.setInterval(config.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HttpProberSource::probeAll);
}

HttpProberSource::~HttpProberSource() = default;

QString HttpProberSource::displayName() const
{
    return tr("Built-in HTTP prober (%n endpoint(s))", nullptr, int(m_config.endpoints.size()));
}

QStringList HttpProberSource::seriesNames() const
{
    QStringList names;
    for (const QString &path : { MetricSeries::oldPath(), MetricSeries::newPath() }) {
        for (const char *m :
            { "error_ratio", "p50_seconds", "p95_seconds", "p99_seconds", "probe_latency_seconds" })
            names.append(MetricSeries::name(QLatin1String(m), path));
    }
    return names;
}

void HttpProberSource::start()
{
    if (isRunning())
        return;
    QStringList problems;
    for (const Endpoint &e : m_config.endpoints) {
        if (!e.url.isValid()
            || (e.url.scheme() != QLatin1String("http") && e.url.scheme() != QLatin1String("https")))
            problems.append(tr("\"%1\" is not an http(s) URL").arg(e.url.toString()));
        if (e.path != MetricSeries::oldPath() && e.path != MetricSeries::newPath())
            problems.append(
                tr("the path of %1 must be \"old\" or \"new\", not \"%2\"").arg(e.url.toString(), e.path));
    }
    if (m_config.endpoints.isEmpty())
        problems.append(tr("no endpoints are configured"));
    if (!problems.isEmpty()) {
        reportError(tr("The prober cannot start: %1.").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    ++m_generation;
    m_windows.clear();
    m_inFlight.clear();
    setRunning(true);
    m_timer.start();
    probeAll();
}

void HttpProberSource::stop()
{
    ++m_generation;
    m_timer.stop();
    m_inFlight.clear();
    setRunning(false);
}

void HttpProberSource::probeAll()
{
    for (const Endpoint &e : std::as_const(m_config.endpoints))
        probe(e);
}

void HttpProberSource::probe(const Endpoint &endpoint)
{
    const QString key = endpoint.url.toString();
    if (m_inFlight.value(key))
        return; // the previous probe is still waiting; its timeout will count as a failure
    m_inFlight.insert(key, true);
    QNetworkRequest request(endpoint.url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", "cutover-cockpit-prober");
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_nam->get(request);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, endpoint, key, clock, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_inFlight.insert(key, false);
        ProbeResult r;
        r.path = endpoint.path;
        r.url = endpoint.url;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->readAll();
        if (r.httpStatus > 0) {
            r.latencySeconds = clock->nsecsElapsed() / 1e9;
            r.ok = r.httpStatus >= 200 && r.httpStatus < 400;
            if (!r.ok)
                r.error = tr("HTTP status %1").arg(r.httpStatus);
        } else {
            r.latencySeconds = kNaN;
            r.ok = false;
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                r.error = tr("no answer within %1 s (timeout)").arg(m_config.timeoutMs / 1000.0);
                break;
            case QNetworkReply::ConnectionRefusedError:
                r.error = tr("connection refused");
                break;
            default:
                r.error = reply->errorString();
            }
        }
        record(r);
    });
}

void HttpProberSource::record(const ProbeResult &result)
{
    std::deque<Observation> &window = m_windows[result.path];
    window.push_back({ result.ok, result.latencySeconds });
    while (int(window.size()) > std::max(1, m_config.windowProbes))
        window.pop_front();

    int failures = 0;
    QList<double> latencies;
    for (const Observation &o : window) {
        if (!o.ok)
            ++failures;
        if (!std::isnan(o.latency))
            latencies.append(o.latency);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString &p = result.path;
    QList<MetricSample> batch;
    batch.append({ now, MetricSeries::name(QStringLiteral("error_ratio"), p),
        double(failures) / double(window.size()) });
    batch.append({ now, MetricSeries::name(QStringLiteral("p50_seconds"), p), percentile(latencies, 0.50) });
    batch.append({ now, MetricSeries::name(QStringLiteral("p95_seconds"), p), percentile(latencies, 0.95) });
    batch.append({ now, MetricSeries::name(QStringLiteral("p99_seconds"), p), percentile(latencies, 0.99) });
    batch.append(
        { now, MetricSeries::name(QStringLiteral("probe_latency_seconds"), p), result.latencySeconds });
    Q_EMIT probeFinished(result);
    Q_EMIT samplesReady(batch);
}

double HttpProberSource::percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const int rank = std::max(1, int(std::ceil(q * values.size())));
    return values.at(std::min(rank, int(values.size())) - 1);
}
