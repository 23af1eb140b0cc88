// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/PrometheusResponseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrometheusResponseParser", text);
}

using Parser = PrometheusResponseParser;

// [ <unix seconds as number>, "<value>" ]
bool parsePoint(const QJsonValue &v, Parser::Point *point, QString *error)
{
    const QJsonArray pair = v.toArray();
    if (!v.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString()) {
        *error = tr("a sample is not a [time, \"value\"] pair");
        return false;
    }
    point->t = std::llround(pair.at(0).toDouble() * 1000.0);
    if (!Parser::parseValue(pair.at(1).toString(), &point->value)) {
        *error = tr("the sample value \"%1\" is not a number").arg(pair.at(1).toString());
        return false;
    }
    return true;
}

bool parseLabels(const QJsonValue &v, QMap<QString, QString> *labels, QString *error)
{
    if (!v.isObject()) {
        *error = tr("a result has no \"metric\" object");
        return false;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        labels->insert(it.key(), it.value().toString());
    return true;
}

}

bool PrometheusResponseParser::parseValue(const QString &text, double *value)
{
    if (text == QLatin1String("NaN") || text == QLatin1String("+Inf") || text == QLatin1String("-Inf")
        || text == QLatin1String("Inf")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok)
        return false;
    *value = std::isfinite(d) ? d : std::numeric_limits<double>::quiet_NaN();
    return true;
}

PrometheusResponseParser::Result PrometheusResponseParser::parse(const QByteArray &body, int httpStatus)
{
    Result r;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        r.errorType = QStringLiteral("malformed");
        const QString excerpt = QString::fromUtf8(body.left(120)).simplified();
        if (body.trimmed().isEmpty())
            r.error = tr("Prometheus answered with an empty body (HTTP %1).").arg(httpStatus);
        else if (pe.error != QJsonParseError::NoError)
            r.error = tr("Prometheus' answer is not valid JSON (HTTP %1, %2 at byte %3): %4")
                          .arg(httpStatus)
                          .arg(pe.errorString())
                          .arg(pe.offset)
                          .arg(excerpt);
        else
            r.error
                = tr("Prometheus' answer is not a JSON object (HTTP %1): %2").arg(httpStatus).arg(excerpt);
        return r;
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(QLatin1String("status")).toString();
    for (const QJsonValue &w : root.value(QLatin1String("warnings")).toArray())
        r.warnings.append(w.toString());
    if (status == QLatin1String("error")) {
        r.errorType = root.value(QLatin1String("errorType")).toString();
        const QString message = root.value(QLatin1String("error")).toString();
        r.error = tr("Prometheus reported an error (%1, HTTP %2): %3")
                      .arg(r.errorType.isEmpty() ? tr("no error type") : r.errorType)
                      .arg(httpStatus)
                      .arg(message.isEmpty() ? tr("no message") : message);
        return r;
    }
    if (status != QLatin1String("success")) {
        r.errorType = QStringLiteral("malformed");
        r.error = tr("Prometheus' answer has no \"status\" of success or error (HTTP %1).").arg(httpStatus);
        return r;
    }
    if (httpStatus >= 400) {
        r.errorType = QStringLiteral("http");
        r.error = tr("Prometheus answered with HTTP status %1 despite a success body.").arg(httpStatus);
        return r;
    }
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    r.resultType = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));
    QString error;
    auto fail = [&r](const QString &what) {
        r.errorType = QStringLiteral("malformed");
        r.error = tr("Prometheus' answer cannot be read: %1.").arg(what);
        r.series.clear();
        return r;
    };
    if (r.resultType == QLatin1String("scalar")) {
        Series s;
        Point p;
        if (!parsePoint(result, &p, &error))
            return fail(error);
        s.points.append(p);
        r.series.append(s);
    } else if (r.resultType == QLatin1String("vector") || r.resultType == QLatin1String("matrix")) {
        if (!result.isArray())
            return fail(tr("\"result\" is not a list"));
        const bool matrix = r.resultType == QLatin1String("matrix");
        for (const QJsonValue &item : result.toArray()) {
            const QJsonObject o = item.toObject();
            Series s;
            if (!parseLabels(o.value(QLatin1String("metric")), &s.labels, &error))
                return fail(error);
            if (matrix) {
                const QJsonValue values = o.value(QLatin1String("values"));
                if (!values.isArray())
                    return fail(tr("a matrix result has no \"values\" list"));
                for (const QJsonValue &v : values.toArray()) {
                    Point p;
                    if (!parsePoint(v, &p, &error))
                        return fail(error);
                    s.points.append(p);
                }
            } else {
                Point p;
                if (!parsePoint(o.value(QLatin1String("value")), &p, &error))
                    return fail(error);
                s.points.append(p);
            }
            r.series.append(s);
        }
    } else if (r.resultType == QLatin1String("string")) {
        return fail(tr("the query returns a string, not a number"));
    } else {
        return fail(tr("unknown result type \"%1\"").arg(r.resultType));
    }
    r.ok = true;
    return r;
}
