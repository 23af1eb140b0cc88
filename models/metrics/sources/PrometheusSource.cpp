// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/PrometheusSource.h"

#include "core/BodyCap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxPointsPerSeries = 11000; // Prometheus' limit per range query

QString rateWindow()
{
    return QStringLiteral("[30s]");
}

}

QList<PrometheusSource::Query> PrometheusSource::defaultQueries()
{
    const QString total
        = QStringLiteral("sum by (version)(rate(http_requests_total") + rateWindow() + QStringLiteral("))");
    const QString errorRatio = QStringLiteral("(sum by (version)(rate(http_requests_total{code=~\"5..\"}")
        + rateWindow() + QStringLiteral(")) or 0*") + total + QStringLiteral(") / ") + total;
    auto quantile = [](const char *q) {
        return QStringLiteral("histogram_quantile(") + QLatin1String(q)
            + QStringLiteral(", sum by (version, le)(rate(http_request_duration_seconds_bucket")
            + rateWindow() + QStringLiteral(")))");
    };
    return {
        { QStringLiteral("error_ratio"), errorRatio },
        { QStringLiteral("p50_seconds"), quantile("0.5") },
        { QStringLiteral("p95_seconds"), quantile("0.95") },
        { QStringLiteral("p99_seconds"), quantile("0.99") },
        { QStringLiteral("request_rate"), total },
    };
}

PrometheusSource::PrometheusSource(const Config &config, QObject *parent)
    : MetricSource(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PrometheusSource::poll);
}

PrometheusSource::~PrometheusSource() = default;

QString PrometheusSource::displayName() const
{
    return tr("Prometheus at %1").arg(m_config.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
}

QStringList PrometheusSource::seriesNames() const
{
    QStringList names;
    for (const Query &q : m_config.queries) {
        if (q.isWholeSeries()) {
            names.append(q.metric);
            continue;
        }
        names.append(MetricSeries::name(q.metric, MetricSeries::oldPath()));
        names.append(MetricSeries::name(q.metric, MetricSeries::newPath()));
    }
    return names;
}

void PrometheusSource::start()
{
    if (isRunning())
        return;
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty()) {
        reportError(
            tr("The Prometheus address \"%1\" is not a valid URL (expected e.g. http://127.0.0.1:9090).")
                .arg(m_config.baseUrl.toString()));
        return;
    }
    setRunning(true);
    ++m_generation;
    m_historyDone = m_config.historySeconds <= 0;
    m_backoff.reset();
    const quint64 generation = m_generation;
    const QPointer<PrometheusSource> self(this); // the answer may come after this source is gone
    m_config.credentials.resolve([this, self, generation](const QString &header, const QString &error) {
        if (!self || generation != m_generation || !isRunning())
            return;
        if (!error.isEmpty())
            reportError(
                tr("Prometheus authentication: %1 Continuing without an authentication header.").arg(error));
        m_authHeader = header;
        poll();
    });
}

void PrometheusSource::stop()
{
    ++m_generation; // replies still in flight are ignored
    m_timer.stop();
    m_outstanding = 0;
    setRunning(false);
}

QNetworkReply *PrometheusSource::get(const QString &path, const QList<std::pair<QString, QString>> &params)
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QUrlQuery query;
    for (const auto &p : params)
        query.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_authHeader.isEmpty())
        request.setRawHeader("Authorization", m_authHeader.toUtf8());
    QNetworkReply *reply = m_nam->get(request);
    BodyCap::limit(reply); // an answer past 1 MiB is aborted, not buffered
    return reply;
}

void PrometheusSource::poll()
{
    if (!isRunning() || m_outstanding > 0)
        return;
    sendAll(!m_historyDone);
}

void PrometheusSource::sendAll(bool range)
{
    m_roundSamples.clear();
    m_roundErrors.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The range ends now to the millisecond (not the second before): its last point is the value in force,
    // which a gate right after the first shift judges.
    const QString end = QString::number(double(now) / 1000.0, 'f', 3);
    const QString start = QString::number(double(now) / 1000.0 - m_config.historySeconds, 'f', 3);
    const qint64 stepS = std::max<qint64>({ 1, m_config.pollIntervalMs / 1000,
        (m_config.historySeconds + kMaxPointsPerSeries - 1) / kMaxPointsPerSeries });
    const quint64 generation = m_generation;
    for (int i = 0; i < m_config.queries.size(); ++i) {
        QNetworkReply *reply;
        if (range) {
            reply = get(QStringLiteral("/api/v1/query_range"),
                { { QStringLiteral("query"), m_config.queries.at(i).promql },
                    { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                    { QStringLiteral("step"), QString::number(stepS) } });
        } else {
            reply = get(QStringLiteral("/api/v1/query"),
                { { QStringLiteral("query"), m_config.queries.at(i).promql } });
        }
        ++m_outstanding;
        connect(reply, &QNetworkReply::finished, this, [this, reply, i, range, now, stepS, generation] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            handleReply(reply, i, range, now, range ? stepS * 1000 : 0);
        });
    }
}

void PrometheusSource::handleReply(QNetworkReply *reply, int queryIndex, bool range, qint64 at, qint64 stepMs)
{
    const Query &query = m_config.queries.at(queryIndex);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (BodyCap::cutOff(reply)) {
        m_roundErrors.append(tr("%1: %2").arg(query.metric, BodyCap::cutOffMessage()));
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        QString what;
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            what = tr("no answer within %1 s (timeout)").arg(m_config.timeoutMs / 1000.0);
            break;
        case QNetworkReply::ConnectionRefusedError:
            what = tr("connection refused — is Prometheus running at this address?");
            break;
        default:
            what = reply->errorString();
        }
        m_roundErrors.append(tr("%1: %2").arg(query.metric, what));
    } else {
        const PrometheusResponseParser::Result result = PrometheusResponseParser::parse(body, status);
        if (!result.ok)
            m_roundErrors.append(tr("%1: %2").arg(query.metric, result.error));
        else if (query.isWholeSeries() && result.series.size() > 1)
            m_roundErrors.append(tr("%1: the query returns %2 series; aggregate it to one (e.g. with sum or "
                                    "max) or give a metric name without \"/\" to split it by \"%3\"")
                                     .arg(query.metric)
                                     .arg(result.series.size())
                                     .arg(query.pathLabel));
        else
            m_roundSamples.append(toSamples(query, result, at, stepMs));
        Q_UNUSED(range)
    }
    if (--m_outstanding == 0)
        roundFinished();
}

void PrometheusSource::roundFinished()
{
    if (!m_roundSamples.isEmpty()) {
        std::stable_sort(m_roundSamples.begin(), m_roundSamples.end(),
            [](const MetricSample &a, const MetricSample &b) { return a.t < b.t; });
        Q_EMIT samplesReady(m_roundSamples);
    }
    m_roundSamples.clear();
    if (!m_roundErrors.isEmpty()) {
        const int delay = m_backoff.nextDelayMs();
        reportError(tr("Prometheus query failed (retrying in %1 s): %2")
                        .arg(delay / 1000.0)
                        .arg(m_roundErrors.join(QStringLiteral("; "))));
        m_timer.start(delay);
        return;
    }
    m_historyDone = true;
    m_backoff.reset();
    reportSuccess();
    m_timer.start(m_config.pollIntervalMs);
}

QList<MetricSample> PrometheusSource::toSamples(
    const Query &query, const PrometheusResponseParser::Result &result, qint64 at, qint64 stepMs)
{
    QList<MetricSample> out;
    auto appendPoints = [&out, stepMs, at](const QString &name, const PrometheusResponseParser::Series &s) {
        qint64 previous = 0;
        for (const PrometheusResponseParser::Point &p : s.points) {
            // A range result simply omits steps without data: mark the hole as a gap.
            if (stepMs > 0 && previous > 0 && p.t - previous > 2 * stepMs)
                out.append({ previous + stepMs, name, kNaN });
            out.append({ p.t, name, p.value });
            previous = p.t;
        }
        if (stepMs > 0 && previous > 0 && at - previous > 2 * stepMs)
            out.append({ previous + stepMs, name, kNaN });
    };
    if (query.isWholeSeries()) {
        if (result.series.isEmpty())
            out.append({ at, query.metric, kNaN }); // no result now: a gap, never a zero
        else
            appendPoints(query.metric, result.series.first());
        return out;
    }
    bool sawOld = false;
    bool sawNew = false;
    for (const PrometheusResponseParser::Series &s : result.series) {
        const QString label = s.labels.value(query.pathLabel);
        QString path;
        if (label == query.oldValue) {
            path = MetricSeries::oldPath();
            sawOld = true;
        } else if (label == query.newValue) {
            path = MetricSeries::newPath();
            sawNew = true;
        } else {
            continue; // a series of neither path (another label value): not ours to draw
        }
        appendPoints(MetricSeries::name(query.metric, path), s);
    }
    // A side without a result has no data now: a gap, never a zero.
    if (!sawOld)
        out.append({ at, MetricSeries::name(query.metric, MetricSeries::oldPath()), kNaN });
    if (!sawNew)
        out.append({ at, MetricSeries::name(query.metric, MetricSeries::newPath()), kNaN });
    return out;
}
