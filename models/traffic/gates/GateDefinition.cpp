// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateDefinition.h"

#include "traffic/gates/DataConsistencyProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GateDefinition", text);
}

using Problem = GateDefinition::Problem;

// Returns the path of the first key that holds a secret value in place (password, token), searching
// nested objects.
// The first "*_env" key (a variable holding a secret) naming a variable that is not the cockpit's own.
QString findForeignVariable(const QJsonObject &o, const QString &prefix = {})
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().endsWith(QLatin1String("_env"))
            && !DataConsistencyProbe::isAllowedSecretVariable(it.value().toString()))
            return prefix + it.key();
        if (it.value().isObject()) {
            const QString inner
                = findForeignVariable(it.value().toObject(), prefix + it.key() + QLatin1Char('/'));
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

QString findSecret(const QJsonObject &o, const QString &prefix = {})
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == QLatin1String("password") || it.key() == QLatin1String("token"))
            return prefix + it.key();
        if (it.value().isObject()) {
            const QString inner = findSecret(it.value().toObject(), prefix + it.key() + QLatin1Char('/'));
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

QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

// Checks a URL value at `key`; `where` prefixes the text ("request 2: ").
void checkUrl(const QJsonValue &v, const QString &key, const QString &shownKey, const QString &where,
    const QString &what, QList<Problem> *out)
{
    if (v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty()))
        *out << Problem { key,
            where
                + tr("key \"%1\" is required but missing: %2, e.g. \"http://new.internal:8080/health\".")
                      .arg(shownKey, what) };
    else if (!v.isString() || !isHttpUrl(v.toString()))
        *out << Problem { key,
            where
                + tr("key \"%1\" is %2, which is not an http:// or https:// URL with a host.")
                      .arg(shownKey, shown(v)) };
}

void checkNumber(const QJsonObject &p, const QString &key, const QString &prefix, const QString &where,
    double min, bool whole, QList<Problem> *out)
{
    const QJsonValue v = p.value(key);
    if (v.isUndefined())
        return;
    // A whole number must also fit the int its probe reads (toInt), and is tested without a cast that
    // would be undefined for a value out of range (1e300).
    if (!v.isDouble() || v.toDouble() < min
        || (whole
            && (v.toDouble() > std::numeric_limits<int>::max() || v.toDouble() != std::trunc(v.toDouble()))))
        *out << Problem { prefix + key,
            where
                + (whole ? tr("key \"%1\" must be a whole number of at least %2, not %3.")
                         : tr("key \"%1\" must be a number of at least %2, not %3."))
                      .arg(key)
                      .arg(min)
                      .arg(shown(v)) };
}

void checkRequest(const QJsonObject &r, const QString &prefix, const QString &where, QList<Problem> *out)
{
    checkUrl(r.value(QLatin1String("url")), prefix + QLatin1String("url"), QStringLiteral("url"), where,
        tr("the address to call"), out);
    const QJsonValue method = r.value(QLatin1String("method"));
    static const QStringList methods { QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
        QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS") };
    if (!method.isUndefined() && !methods.contains(method.toString().toUpper()))
        *out << Problem { prefix + QLatin1String("method"),
            where
                + tr("key \"method\" is %1; use one of %2.")
                      .arg(shown(method), methods.join(QLatin1String(", "))) };
    const QJsonValue status = r.value(QLatin1String("expect_status"));
    if (!status.isUndefined()
        && (!status.isDouble() || status.toDouble() != double(status.toInt()) || status.toInt() < 100
            || status.toInt() > 599))
        *out << Problem { prefix + QLatin1String("expect_status"),
            where
                + tr("key \"expect_status\" must be an HTTP status code (100..599), not %1.")
                      .arg(shown(status)) };
    checkNumber(r, QStringLiteral("max_latency_ms"), prefix, where, 0, true, out);
    const QJsonValue regex = r.value(QLatin1String("body_regex"));
    if (!regex.isUndefined()) {
        const QRegularExpression re(regex.toString());
        if (!regex.isString() || !re.isValid())
            *out << Problem { prefix + QLatin1String("body_regex"),
                where
                    + tr("key \"body_regex\" is not a valid regular expression: %1.")
                          .arg(regex.isString() ? re.errorString() : shown(regex)) };
    }
}

void checkSource(const QJsonObject &p, const QString &side, QList<Problem> *out)
{
    const QJsonValue v = p.value(side);
    if (!v.isObject()) {
        *out << Problem { side,
            tr("key \"%1\" is required but %2: the %1 system's value, as {\"sql\": {\"driver\": \"QPSQL\", "
               "\"query\": \"SELECT count(*) FROM payments\", ...}} or {\"http\": URL, \"pointer\": "
               "\"/count\"}.")
                .arg(side, v.isUndefined() ? tr("missing") : tr("not an object")) };
        return;
    }
    const QJsonObject source = v.toObject();
    if (source.value(QLatin1String("sql")).isObject()) {
        const QJsonObject sql = source.value(QLatin1String("sql")).toObject();
        const QString query = sql.value(QLatin1String("query")).toString();
        if (query.trimmed().isEmpty())
            *out << Problem { side + QLatin1String("/sql/query"),
                tr("key \"%1/sql/query\" is required but missing: the SQL that returns one value (a count "
                   "or a checksum).")
                    .arg(side) };
        else if (const QString problem = DataConsistencyProbe::queryProblem(query); !problem.isEmpty())
            *out << Problem { side + QLatin1String("/sql/query"),
                tr("key \"%1/sql/query\" is refused: %2").arg(side, problem) };
    } else if (source.contains(QLatin1String("http"))) {
        checkUrl(source.value(QLatin1String("http")), side + QLatin1String("/http"),
            side + QLatin1String("/http"), QString(), tr("the address that answers with JSON"), out);
    } else {
        *out << Problem { side,
            tr("key \"%1\" needs \"sql\" (an object with driver, database, query, ...) or \"http\" (a URL "
               "answering JSON).")
                .arg(side) };
    }
}
}

QList<GateDefinition::Kind> GateDefinition::kinds()
{
    return { Kind::HttpHealth, Kind::BusinessTransaction, Kind::DataConsistency, Kind::MetricCondition };
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

bool GateDefinition::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : kinds()) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString GateDefinition::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::HttpHealth:
        return tr("HTTP health");
    case Kind::BusinessTransaction:
        return tr("Business transaction");
    case Kind::DataConsistency:
        return tr("Data consistency");
    case Kind::MetricCondition:
        return tr("Metric condition");
    }
    return {};
}

QString GateDefinition::kindKeyList()
{
    QStringList keys;
    for (Kind k : kinds())
        keys << kindKey(k);
    return keys.join(QLatin1String(", "));
}

QString GateDefinition::label(int number) const
{
    if (number > 0 && !name.isEmpty())
        return tr("gate %1 \"%2\"").arg(number).arg(name);
    if (number > 0)
        return tr("gate %1").arg(number);
    return name.isEmpty() ? tr("the gate") : tr("gate \"%1\"").arg(name);
}

QString GateDefinition::formatProblem(const QString &gateLabel, const Problem &problem)
{
    return tr("%1: %2").arg(gateLabel, problem.text);
}

GateDefinition GateDefinition::fromJson(const QJsonObject &json, QString *error, int number)
{
    GateDefinition g;
    error->clear();
    const QJsonValue kindValue = json.value(QLatin1String("kind"));
    const QString kind = kindValue.toString();
    g.name = json.value(QLatin1String("name")).toString(kind);
    const QString label = g.label(number);
    if (kindValue.isUndefined()) {
        *error = tr("%1: key \"kind\" is missing; use one of %2.").arg(label, kindKeyList());
        return g;
    }
    if (!kindFromKey(kind, &g.kind)) {
        *error = kindValue.isString() ? tr("%1: key \"kind\" has the unknown kind \"%2\"; use one of %3.")
                                            .arg(label, kind, kindKeyList())
                                      : tr("%1: key \"kind\" must be text (one of %2), not %3.")
                                            .arg(label, kindKeyList(), shown(kindValue));
        return g;
    }
    if (json.contains(QLatin1String("name")) && !json.value(QLatin1String("name")).isString()) {
        *error = tr("%1: key \"name\" must be text, not %2.")
                     .arg(label, shown(json.value(QLatin1String("name"))));
        return g;
    }
    auto intValue = [&](const char *key, int def, int min) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() != double(v.toInt())) {
            if (error->isEmpty())
                *error = tr("%1: key \"%2\" must be a whole number of at least %3, not %4.")
                             .arg(label, QLatin1String(key))
                             .arg(min)
                             .arg(shown(v));
            return def;
        }
        return v.toInt();
    };
    g.intervalMs = intValue("interval_ms", 10000, 0);
    g.count = intValue("count", 1, 1);
    g.failureLimit = intValue("failure_limit", 0, 0);
    g.inconclusiveLimit = intValue("inconclusive_limit", 0, 0);
    g.consecutiveErrorLimit = intValue("consecutive_error_limit", 4, 0);
    g.timeoutMs = intValue("timeout_ms", 10000, 1);
    const QJsonValue noData = json.value(QLatin1String("no_data"));
    if (noData == QJsonValue(QStringLiteral("fail")))
        g.noDataFails = true;
    else if (!noData.isUndefined() && noData != QJsonValue(QStringLiteral("inconclusive"))
        && error->isEmpty())
        *error
            = tr("%1: key \"no_data\" must be \"inconclusive\" or \"fail\" (no data never passes), not %2.")
                  .arg(label, shown(noData));
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        bool common = false;
        for (const QLatin1String &k : commonKeys)
            common = common || it.key() == k;
        if (!common)
            g.params.insert(it.key(), it.value());
    }
    if (!error->isEmpty())
        return g;
    const QList<Problem> found = g.problems();
    if (!found.isEmpty())
        *error = formatProblem(label, found.first());
    return g;
}

QList<GateDefinition::Problem> GateDefinition::problems() const
{
    QList<Problem> out;
    auto atLeast = [&out](const char *key, int value, int min) {
        if (value < min)
            out << Problem { QLatin1String(key),
                tr("key \"%1\" must be at least %2, not %3.").arg(QLatin1String(key)).arg(min).arg(value) };
    };
    atLeast("interval_ms", intervalMs, 0);
    atLeast("count", count, 1);
    atLeast("failure_limit", failureLimit, 0);
    atLeast("inconclusive_limit", inconclusiveLimit, 0);
    atLeast("consecutive_error_limit", consecutiveErrorLimit, 0);
    atLeast("timeout_ms", timeoutMs, 1);

    const QString secret = findSecret(params);
    if (!secret.isEmpty())
        out << Problem { secret,
            tr("key \"%1\" must not be written into a gate definition; name an environment variable in "
               "\"%1_env\" instead, so the secret never reaches the session file.")
                .arg(secret) };

    const QString variable = findForeignVariable(params);
    if (!variable.isEmpty())
        out << Problem { variable,
            tr("key \"%1\" must name one of the cockpit's own environment variables (upper case, beginning "
               "with %2, e.g. %2ORDERS_DB_PASSWORD); a gate may not read other variables.")
                .arg(variable, DataConsistencyProbe::secretVariablePrefix()) };

    const QJsonObject &p = params;
    switch (kind) {
    case Kind::HttpHealth:
        checkRequest(p, QString(), QString(), &out);
        break;
    case Kind::BusinessTransaction:
        if (p.contains(QLatin1String("command"))) {
            if (p.value(QLatin1String("command")).toString().trimmed().isEmpty())
                out << Problem { QStringLiteral("command"),
                    tr("key \"command\" must name the program to run, e.g. "
                       "\"/opt/checks/payment-roundtrip\".") };
            const QJsonValue args = p.value(QLatin1String("args"));
            bool argsOk = args.isUndefined() || args.isArray();
            for (const QJsonValue &a : args.toArray())
                argsOk = argsOk && a.isString();
            if (!argsOk)
                out << Problem { QStringLiteral("args"),
                    tr("key \"args\" must be a list of texts, e.g. [\"--amount\", \"1.00\"].") };
        } else if (p.contains(QLatin1String("requests"))) {
            const QJsonValue requests = p.value(QLatin1String("requests"));
            if (!requests.isArray() || requests.toArray().isEmpty()) {
                out << Problem { QStringLiteral("requests"),
                    tr("key \"requests\" must be a non-empty list of HTTP requests ({\"url\": ..., "
                       "\"method\": ..., \"expect_status\": ...}).") };
            } else {
                const QJsonArray list = requests.toArray();
                for (int i = 0; i < list.size(); ++i) {
                    const QString prefix = QStringLiteral("requests/%1/").arg(i);
                    const QString where = tr("request %1: ").arg(i + 1);
                    if (!list.at(i).isObject())
                        out << Problem { prefix, where + tr("it must be an object with at least \"url\".") };
                    else
                        checkRequest(list.at(i).toObject(), prefix, where, &out);
                }
            }
        } else {
            out << Problem { QStringLiteral("requests"),
                tr("a business gate needs key \"requests\" (a list of HTTP requests) or key \"command\" (a "
                   "program whose exit code 0 passes).") };
        }
        break;
    case Kind::DataConsistency:
        checkSource(p, QStringLiteral("old"), &out);
        checkSource(p, QStringLiteral("new"), &out);
        checkNumber(p, QStringLiteral("tolerance"), QString(), QString(), 0, false, &out);
        checkNumber(p, QStringLiteral("tolerance_percent"), QString(), QString(), 0, false, &out);
        for (const char *key : { "sample_old", "sample_new" }) {
            const QString sample = p.value(QLatin1String(key)).toString();
            if (sample.isEmpty())
                continue;
            if (const QString problem = DataConsistencyProbe::queryProblem(sample); !problem.isEmpty())
                out << Problem { QLatin1String(key),
                    tr("key \"%1\" is refused: %2").arg(QLatin1String(key), problem) };
        }
        if (p.value(QLatin1String("sample_old")).toString().isEmpty()
            != p.value(QLatin1String("sample_new")).toString().isEmpty())
            out << Problem { p.value(QLatin1String("sample_old")).toString().isEmpty()
                    ? QStringLiteral("sample_old")
                    : QStringLiteral("sample_new"),
                tr("keys \"sample_old\" and \"sample_new\" go together: give both sampling queries or "
                   "neither.") };
        break;
    case Kind::MetricCondition: {
        if (p.value(QLatin1String("series")).toString().trimmed().isEmpty())
            out << Problem { QStringLiteral("series"),
                tr("key \"series\" is required but missing: the metric series to judge, e.g. "
                   "\"error_ratio/new\".") };
        for (const char *key : { "max", "min", "max_ratio", "fail_max", "fail_max_ratio" }) {
            const QJsonValue v = p.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isDouble())
                out << Problem { QLatin1String(key),
                    tr("key \"%1\" must be a number, not %2.").arg(QLatin1String(key), shown(v)) };
        }
        if (!p.contains(QLatin1String("max")) && !p.contains(QLatin1String("min"))
            && !p.contains(QLatin1String("max_ratio")))
            out << Problem { QStringLiteral("max"),
                tr("a metric gate needs a condition: key \"max\", \"min\" or \"max_ratio\" (with "
                   "\"baseline\").") };
        if (p.contains(QLatin1String("max_ratio")) && p.value(QLatin1String("baseline")).toString().isEmpty())
            out << Problem { QStringLiteral("baseline"),
                tr("key \"baseline\" is required with \"max_ratio\": the series the ratio is taken "
                   "against, e.g. \"latency_p99/old\".") };
        break;
    }
    }
    return out;
}

QList<GateDefinition> GateDefinition::listFromJson(const QJsonValue &json, QString *error)
{
    QList<GateDefinition> out;
    error->clear();
    if (json.isUndefined() || json.isNull())
        return out;
    if (!json.isArray()) {
        *error = tr("The gates must be a JSON array of gate objects ([{\"kind\": \"http\", ...}, ...]).");
        return out;
    }
    const QJsonArray array = json.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("gate %1 is %2, not a JSON object ({\"kind\": ..., \"name\": ..., ...}).")
                         .arg(i + 1)
                         .arg(shown(array.at(i)));
            return {};
        }
        out << fromJson(array.at(i).toObject(), error, i + 1);
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
