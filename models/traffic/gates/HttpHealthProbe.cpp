// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/HttpHealthProbe.h"

#include "core/BodyCap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

HttpHealthProbe::HttpHealthProbe(const GateDefinition &gate, QObject *parent)
    : GateProbe(parent)
    , m_gate(gate)
    , m_nam(new QNetworkAccessManager(this))
{
}

void HttpHealthProbe::measure(Done done)
{
    request(m_nam, m_gate.params, m_gate.timeoutMs, this, std::move(done));
}

void HttpHealthProbe::request(
    QNetworkAccessManager *nam, const QJsonObject &spec, int timeoutMs, QObject *context, Done done)
{
    const QUrl url(spec.value(QLatin1String("url")).toString());
    const int expectStatus = spec.value(QLatin1String("expect_status")).toInt(200);
    const int maxLatency = spec.value(QLatin1String("max_latency_ms")).toInt(-1);
    const QString bodyRegex = spec.value(QLatin1String("body_regex")).toString();
    const QString method = spec.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper();

    QStringList condition { tr("status = %1").arg(expectStatus) };
    if (maxLatency >= 0)
        condition << tr("latency ≤ %1 ms").arg(maxLatency);
    if (!bodyRegex.isEmpty())
        condition << tr("body matches /%1/").arg(bodyRegex);

    GateMeasurement m;
    m.condition = condition.join(QLatin1String(", "));
    if (!url.isValid() || url.scheme().isEmpty()) {
        m.verdict = GateMeasurement::Verdict::Error;
        m.reason = tr("\"%1\" is not a valid URL.").arg(url.toString());
        done(m);
        return;
    }
    const QRegularExpression re(bodyRegex);
    if (!re.isValid()) {
        m.verdict = GateMeasurement::Verdict::Error;
        m.reason = tr("The body regex is invalid: %1").arg(re.errorString());
        done(m);
        return;
    }
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QByteArray body = spec.value(QLatin1String("body")).toString().toUtf8();
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader,
            spec.value(QLatin1String("content_type")).toString(QStringLiteral("application/json")));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = nam->sendCustomRequest(req, method.toLatin1(), body);
    BodyCap::limit(reply); // a body past 1 MiB is aborted, not buffered
    QObject::connect(reply, &QNetworkReply::finished, context,
        [reply, timer, m, expectStatus, maxLatency, re, bodyRegex, done = std::move(done)]() mutable {
            reply->deleteLater();
            const qint64 ms = timer->elapsed();
            if (BodyCap::cutOff(reply)) {
                m.value = tr("%1 after %2 ms").arg(BodyCap::cutOffMessage()).arg(ms);
                m.verdict = GateMeasurement::Verdict::Fail;
                m.reason
                    = tr("HTTP: %1; a health answer that large is not judged.").arg(BodyCap::cutOffMessage());
                done(m);
                return;
            }
            const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const QByteArray data = reply->readAll();
            m.output = QString::fromUtf8(data.left(2000));
            if (!statusAttr.isValid()) {
                m.value = tr("no answer after %1 ms").arg(ms);
                m.verdict = GateMeasurement::Verdict::Fail;
                m.reason = tr("No HTTP answer: %1").arg(reply->errorString());
                done(m);
                return;
            }
            const int status = statusAttr.toInt();
            m.value = tr("HTTP %1 in %2 ms").arg(status).arg(ms);
            QStringList problems;
            if (status != expectStatus)
                problems << tr("status %1 instead of %2").arg(status).arg(expectStatus);
            if (maxLatency >= 0 && ms > maxLatency)
                problems << tr("latency %1 ms above %2 ms").arg(ms).arg(maxLatency);
            if (!bodyRegex.isEmpty() && !re.match(QString::fromUtf8(data)).hasMatch())
                problems << tr("body does not match /%1/").arg(bodyRegex);
            m.verdict = problems.isEmpty() ? GateMeasurement::Verdict::Pass : GateMeasurement::Verdict::Fail;
            m.reason = problems.isEmpty() ? tr("all conditions met") : problems.join(QLatin1String("; "));
            done(m);
        });
}
