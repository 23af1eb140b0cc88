// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricSourceSettings.h"

#include "metrics/MetricSample.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <memory>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("MetricSourceSettings", text, disambiguation, n);
}

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

}

QString MetricSourceSettings::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Prometheus:
        return QStringLiteral("prometheus");
    case Kind::Prober:
        return QStringLiteral("prober");
    case Kind::CsvReplay:
        return QStringLiteral("csv");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

bool MetricSourceSettings::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : { Kind::None, Kind::Prometheus, Kind::Prober, Kind::CsvReplay }) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject MetricSourceSettings::toJson() const
{
    QJsonObject o { { key("kind"), kindKey(kind) } };
    switch (kind) {
    case Kind::Prometheus: {
        QJsonArray queries;
        for (const PrometheusSource::Query &q : prometheus.queries)
            queries.append(QJsonObject { { key("series"), q.metric }, { key("promql"), q.promql },
                { key("path_label"), q.pathLabel }, { key("old"), q.oldValue }, { key("new"), q.newValue } });
        o.insert(key("url"), prometheus.baseUrl.toString());
        o.insert(key("queries"), queries);
        o.insert(key("poll_ms"), prometheus.pollIntervalMs);
        o.insert(key("history_s"), prometheus.historySeconds);
        o.insert(key("timeout_ms"), prometheus.timeoutMs);
        // The names only: where the header comes from, never the header.
        if (!prometheus.credentials.environmentVariable.isEmpty())
            o.insert(key("auth_env"), prometheus.credentials.environmentVariable);
        if (!prometheus.credentials.keychainKey.isEmpty())
            o.insert(key("auth_keychain"), prometheus.credentials.keychainKey);
        break;
    }
    case Kind::Prober: {
        QJsonArray endpoints;
        for (const HttpProberSource::Endpoint &e : prober.endpoints)
            endpoints.append(QJsonObject { { key("path"), e.path }, { key("url"), e.url.toString() } });
        o.insert(key("endpoints"), endpoints);
        o.insert(key("interval_ms"), prober.intervalMs);
        o.insert(key("timeout_ms"), prober.timeoutMs);
        o.insert(key("window"), prober.windowProbes);
        break;
    }
    case Kind::CsvReplay:
        o.insert(key("file"), csv.filePath);
        o.insert(key("speed"), csv.speed);
        o.insert(key("retime"), csv.retime);
        break;
    case Kind::None:
        break;
    }
    return o;
}

MetricSourceSettings MetricSourceSettings::fromJson(const QJsonObject &json, QString *error)
{
    MetricSourceSettings s;
    const QString kind = json.value(key("kind")).toString(QStringLiteral("none"));
    if (!kindFromKey(kind, &s.kind)) {
        *error
            = tr("metric source: unknown \"kind\" \"%1\" (use prometheus, prober, csv or none).").arg(kind);
        return {};
    }
    auto intValue = [&json](const char *name, int fallback) {
        const QJsonValue v = json.value(QLatin1String(name));
        return v.isDouble() ? v.toInt() : fallback;
    };
    switch (s.kind) {
    case Kind::Prometheus: {
        s.prometheus.baseUrl = QUrl(json.value(key("url")).toString());
        s.prometheus.queries.clear();
        for (const QJsonValue &v : json.value(key("queries")).toArray()) {
            const QJsonObject q = v.toObject();
            PrometheusSource::Query query;
            query.metric = q.value(key("series")).toString();
            query.promql = q.value(key("promql")).toString();
            query.pathLabel = q.value(key("path_label")).toString(query.pathLabel);
            query.oldValue = q.value(key("old")).toString(query.oldValue);
            query.newValue = q.value(key("new")).toString(query.newValue);
            s.prometheus.queries.append(query);
        }
        s.prometheus.pollIntervalMs = intValue("poll_ms", s.prometheus.pollIntervalMs);
        s.prometheus.historySeconds = intValue("history_s", s.prometheus.historySeconds);
        s.prometheus.timeoutMs = intValue("timeout_ms", s.prometheus.timeoutMs);
        s.prometheus.credentials.environmentVariable = json.value(key("auth_env")).toString();
        s.prometheus.credentials.keychainKey = json.value(key("auth_keychain")).toString();
        break;
    }
    case Kind::Prober:
        for (const QJsonValue &v : json.value(key("endpoints")).toArray()) {
            const QJsonObject e = v.toObject();
            s.prober.endpoints.append(
                { QUrl(e.value(key("url")).toString()), e.value(key("path")).toString() });
        }
        s.prober.intervalMs = intValue("interval_ms", s.prober.intervalMs);
        s.prober.timeoutMs = intValue("timeout_ms", s.prober.timeoutMs);
        s.prober.windowProbes = intValue("window", s.prober.windowProbes);
        break;
    case Kind::CsvReplay:
        s.csv.filePath = json.value(key("file")).toString();
        s.csv.speed = json.value(key("speed")).toDouble(1);
        s.csv.retime = json.value(key("retime")).toBool(true);
        break;
    case Kind::None:
        break;
    }
    return s;
}

QStringList MetricSourceSettings::problems() const
{
    QStringList out;
    switch (kind) {
    case Kind::Prometheus: {
        const QUrl &url = prometheus.baseUrl;
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            out << tr("The Prometheus address \"%1\" is not an http(s) URL (e.g. http://127.0.0.1:9090).")
                       .arg(url.toString());
        if (!url.userInfo().isEmpty())
            out << tr("The Prometheus address holds a user name or password; name an environment variable "
                      "or a keychain entry for the authentication header instead.");
        if (prometheus.queries.isEmpty())
            out << tr("Prometheus needs at least one query.");
        QStringList seen;
        for (int i = 0; i < prometheus.queries.size(); ++i) {
            const PrometheusSource::Query &q = prometheus.queries.at(i);
            if (q.metric.trimmed().isEmpty())
                out << tr("Query %1: the series name is empty.").arg(i + 1);
            else if (seen.contains(q.metric))
                out << tr("Query %1: the series \"%2\" is given twice.").arg(i + 1).arg(q.metric);
            if (q.promql.trimmed().isEmpty())
                out << tr("Query %1 (%2): the PromQL query is empty.").arg(i + 1).arg(q.metric);
            seen << q.metric;
        }
        if (prometheus.pollIntervalMs < 100)
            out << tr("The Prometheus poll interval must be at least 100 ms.");
        break;
    }
    case Kind::Prober: {
        bool hasOld = false;
        bool hasNew = false;
        for (const HttpProberSource::Endpoint &e : prober.endpoints) {
            if (!e.url.isValid()
                || (e.url.scheme() != QLatin1String("http") && e.url.scheme() != QLatin1String("https")))
                out << tr("The %1 endpoint \"%2\" is not an http(s) URL.").arg(e.path, e.url.toString());
            if (e.path == MetricSeries::oldPath())
                hasOld = true;
            else if (e.path == MetricSeries::newPath())
                hasNew = true;
            else
                out << tr("An endpoint's path must be old or new (got \"%1\").").arg(e.path);
        }
        if (!hasOld || !hasNew)
            out << tr("The prober needs an endpoint of the old and one of the new path.");
        if (prober.intervalMs < 100)
            out << tr("The probe interval must be at least 100 ms.");
        break;
    }
    case Kind::CsvReplay:
        if (csv.filePath.isEmpty())
            out << tr("The CSV replay needs a file.");
        else if (!QFileInfo(csv.filePath).isReadable())
            out << tr("The CSV file %1 cannot be read.").arg(csv.filePath);
        if (csv.speed < 0)
            out << tr("The replay speed must not be negative.");
        break;
    case Kind::None:
        break;
    }
    return out;
}

QString MetricSourceSettings::summary() const
{
    switch (kind) {
    case Kind::Prometheus:
        return tr("Prometheus at %1, %n series, every %2 s", nullptr, int(seriesNames().size()))
            .arg(prometheus.baseUrl.toDisplayString(QUrl::RemoveUserInfo))
            .arg(prometheus.pollIntervalMs / 1000.0);
    case Kind::Prober: {
        QStringList parts;
        for (const HttpProberSource::Endpoint &e : prober.endpoints)
            parts << QStringLiteral("%1=%2").arg(e.path, e.url.toString());
        return tr("HTTP prober of %1, every %2 s")
            .arg(parts.join(QStringLiteral(", ")))
            .arg(prober.intervalMs / 1000.0);
    }
    case Kind::CsvReplay:
        return tr("CSV replay of %1").arg(csv.filePath);
    case Kind::None:
        break;
    }
    return tr("no metric source");
}

QStringList MetricSourceSettings::seriesNames() const
{
    std::unique_ptr<MetricSource> source(kind == Kind::CsvReplay ? nullptr : createSource());
    return source ? source->seriesNames() : QStringList();
}

MetricSource *MetricSourceSettings::createSource(QObject *parent) const
{
    switch (kind) {
    case Kind::Prometheus:
        return new PrometheusSource(prometheus, parent);
    case Kind::Prober:
        return new HttpProberSource(prober, parent);
    case Kind::CsvReplay:
        return new CsvReplaySource(csv, parent);
    case Kind::None:
        break;
    }
    return nullptr;
}
