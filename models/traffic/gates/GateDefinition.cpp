// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GateDefinition", text);
}

// Returns the first key that holds a secret value in place (password, token), searching nested objects.
QString findSecret(const QJsonObject &o)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == QLatin1String("password") || it.key() == QLatin1String("token"))
            return it.key();
        if (it.value().isObject()) {
            const QString inner = findSecret(it.value().toObject());
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

const QLatin1String commonKeys[]
    = { QLatin1String("kind"), QLatin1String("name"), QLatin1String("interval_ms"), QLatin1String("count"),
          QLatin1String("failure_limit"), QLatin1String("inconclusive_limit"),
          QLatin1String("consecutive_error_limit"), QLatin1String("no_data"), QLatin1String("timeout_ms") };
}

QString GateDefinition::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::HttpHealth:
        return QStringLiteral("http");
    case Kind::BusinessTransaction:
        return QStringLiteral("business");
    case Kind::DataConsistency:
        return QStringLiteral("consistency");
    case Kind::MetricCondition:
        return QStringLiteral("metric");
    }
    return {};
}

GateDefinition GateDefinition::fromJson(const QJsonObject &json, QString *error)
{
    GateDefinition g;
    const QString kind = json.value(QLatin1String("kind")).toString();
    g.name = json.value(QLatin1String("name")).toString(kind);
    const QString label = g.name.isEmpty() ? tr("a gate") : tr("gate \"%1\"").arg(g.name);
    if (kind == QLatin1String("http"))
        g.kind = Kind::HttpHealth;
    else if (kind == QLatin1String("business"))
        g.kind = Kind::BusinessTransaction;
    else if (kind == QLatin1String("consistency"))
        g.kind = Kind::DataConsistency;
    else if (kind == QLatin1String("metric"))
        g.kind = Kind::MetricCondition;
    else {
        *error = tr("%1: unknown kind \"%2\" (use http, business, consistency or metric).").arg(label, kind);
        return g;
    }
    auto intValue = [&](const char *key, int def, int min) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() != double(v.toInt())) {
            if (error->isEmpty())
                *error = tr("%1: \"%2\" must be a whole number of at least %3.")
                             .arg(label, QLatin1String(key))
                             .arg(min);
            return def;
        }
        return v.toInt();
    };
    error->clear();
    g.intervalMs = intValue("interval_ms", 10000, 0);
    g.count = intValue("count", 1, 1);
    g.failureLimit = intValue("failure_limit", 0, 0);
    g.inconclusiveLimit = intValue("inconclusive_limit", 0, 0);
    g.consecutiveErrorLimit = intValue("consecutive_error_limit", 4, 0);
    g.timeoutMs = intValue("timeout_ms", 10000, 1);
    const QString noData = json.value(QLatin1String("no_data")).toString(QStringLiteral("inconclusive"));
    if (noData == QLatin1String("fail"))
        g.noDataFails = true;
    else if (noData != QLatin1String("inconclusive") && error->isEmpty())
        *error
            = tr("%1: \"no_data\" must be \"inconclusive\" or \"fail\" (no data never passes).").arg(label);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        bool common = false;
        for (const QLatin1String &k : commonKeys)
            common = common || it.key() == k;
        if (!common)
            g.params.insert(it.key(), it.value());
    }
    if (!error->isEmpty())
        return g;
    const QString secret = findSecret(g.params);
    if (!secret.isEmpty()) {
        *error = tr("%1: \"%2\" must not be written into a gate definition; name an environment variable "
                    "in \"%2_env\" instead, so the secret never reaches the session file.")
                     .arg(label, secret);
        return g;
    }
    auto need = [&](const char *key) {
        if (!g.params.contains(QLatin1String(key)) && error->isEmpty())
            *error = tr("%1: \"%2\" is required for a %3 gate.").arg(label, QLatin1String(key), kind);
    };
    switch (g.kind) {
    case Kind::HttpHealth:
        need("url");
        break;
    case Kind::BusinessTransaction:
        if (!g.params.contains(QLatin1String("requests")) && !g.params.contains(QLatin1String("command")))
            *error = tr("%1: a business gate needs \"requests\" (a list of HTTP requests) or \"command\".")
                         .arg(label);
        break;
    case Kind::DataConsistency:
        need("old");
        need("new");
        break;
    case Kind::MetricCondition:
        need("series");
        if (!g.params.contains(QLatin1String("max")) && !g.params.contains(QLatin1String("min"))
            && !g.params.contains(QLatin1String("max_ratio")) && error->isEmpty())
            *error = tr("%1: a metric gate needs \"max\", \"min\" or \"max_ratio\" (with \"baseline\").")
                         .arg(label);
        if (g.params.contains(QLatin1String("max_ratio")))
            need("baseline");
        break;
    }
    return g;
}

QList<GateDefinition> GateDefinition::listFromJson(const QJsonValue &json, QString *error)
{
    QList<GateDefinition> out;
    error->clear();
    if (json.isUndefined() || json.isNull())
        return out;
    if (!json.isArray()) {
        *error = tr("The gates must be a JSON array of gate objects.");
        return out;
    }
    const QJsonArray array = json.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("Gate %1 is not a JSON object.").arg(i + 1);
            return {};
        }
        out << fromJson(array.at(i).toObject(), error);
        if (!error->isEmpty())
            return {};
    }
    return out;
}

QJsonObject GateDefinition::toJson() const
{
    QJsonObject o = params;
    o.insert(QLatin1String("kind"), kindKey(kind));
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("interval_ms"), intervalMs);
    o.insert(QLatin1String("count"), count);
    o.insert(QLatin1String("failure_limit"), failureLimit);
    o.insert(QLatin1String("inconclusive_limit"), inconclusiveLimit);
    o.insert(QLatin1String("consecutive_error_limit"), consecutiveErrorLimit);
    o.insert(QLatin1String("no_data"), noDataFails ? QStringLiteral("fail") : QStringLiteral("inconclusive"));
    o.insert(QLatin1String("timeout_ms"), timeoutMs);
    return o;
}
