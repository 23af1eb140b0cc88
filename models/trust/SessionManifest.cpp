// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/SessionManifest.h"

#include "metrics/SessionMetricSources.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/TrafficStore.h"
#include "trust/SessionIdentity.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

using Kind = SessionManifest::Kind;

QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A URL as shown: never with a password in it.
QString shownUrl(const QString &url)
{
    return QUrl(url).toString(QUrl::RemovePassword);
}

QString fieldValue(const BackendConfigField &f, const QJsonObject &config)
{
    const QJsonValue v = config.contains(f.key) ? config.value(f.key) : f.defaultValue;
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
}

// One invocation of a backend's program: "{key}" is a field's value, "[-p {key}]" the flag and the value
// (left out when the field is empty).
QStringList expand(const QStringList &tokens, const BackendInfo &info, const QJsonObject &config)
{
    auto valueOf = [&](const QString &key) {
        for (const BackendConfigField &f : info.fields)
            if (f.key == key)
                return fieldValue(f, config);
        return config.value(key).toString();
    };
    static const QRegularExpression placeholder(QStringLiteral("^\\{([a-z_]+)\\}$"));
    QStringList args;
    for (const QString &t : tokens) {
        if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
            const QStringList parts = t.mid(1, t.size() - 2).split(QLatin1Char(' '));
            const auto m = placeholder.match(parts.value(1));
            const QString value = m.hasMatch() ? valueOf(m.captured(1)) : QString();
            if (!value.isEmpty())
                args << parts.value(0) << value;
            continue;
        }
        const auto m = placeholder.match(t);
        args << (m.hasMatch() ? valueOf(m.captured(1)) : t);
    }
    return args;
}

void addBackend(SessionManifest *m, const QString &id, const QJsonObject &config)
{
    const QString origin = QStringLiteral("backend \"%1\"").arg(id);
    const BackendInfo info = TrafficBackendRegistry::instance().info(id);
    if (info.id.isEmpty()) { // not loadable here: nothing of it runs, but its settings are what would
        m->add(Kind::Program,
            QStringLiteral("plugin %1 %2")
                .arg(id, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))),
            origin);
        return;
    }
    for (const BackendConfigField &f : info.fields) {
        if (f.kind.isEmpty() || f.secret)
            continue;
        const QString value = fieldValue(f, config);
        if (value.isEmpty())
            continue;
        const QString where = origin + QLatin1Char(' ') + f.key;
        if (f.kind == QLatin1String("program")) {
            if (f.invocations.isEmpty())
                m->add(Kind::Program, SessionManifest::commandLine(value, {}), where);
            for (const QStringList &run : f.invocations)
                m->add(Kind::Program, SessionManifest::commandLine(value, expand(run, info, config)), where);
        } else if (f.kind == QLatin1String("url")) {
            m->add(Kind::Url, shownUrl(value), where);
        } else if (f.kind == QLatin1String("socket")) {
            m->add(Kind::Url, QStringLiteral("socket ") + value, where);
        } else {
            m->add(Kind::File, value, where);
        }
    }
}

QString sqlConnection(const QJsonObject &sql)
{
    QString text = sql.value(QLatin1String("driver")).toString(QStringLiteral("QSQLITE"));
    const QString user = sql.value(QLatin1String("user")).toString();
    const QString host = sql.value(QLatin1String("host")).toString();
    if (!user.isEmpty() || !host.isEmpty()) {
        text += QLatin1Char(' ') + (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host;
        if (sql.contains(QLatin1String("port")))
            text += QLatin1Char(':') + QString::number(sql.value(QLatin1String("port")).toInt());
    }
    text += QStringLiteral(" database ") + shellQuoted(sql.value(QLatin1String("database")).toString());
    return text;
}

QString request(const QJsonObject &spec)
{
    return spec.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper() + QLatin1Char(' ')
        + shownUrl(spec.value(QLatin1String("url")).toString());
}

void addGate(SessionManifest *m, const GateDefinition &g, const QString &origin)
{
    const QJsonObject &p = g.params;
    switch (g.kind) {
    case GateDefinition::Kind::HttpHealth:
        m->add(Kind::Url, request(p), origin);
        break;
    case GateDefinition::Kind::BusinessTransaction:
        if (p.contains(QLatin1String("command"))) {
            QStringList args;
            for (const QJsonValue &v : p.value(QLatin1String("args")).toArray())
                args << v.toString();
            m->add(Kind::Program,
                SessionManifest::commandLine(p.value(QLatin1String("command")).toString(), args), origin);
        } else {
            for (const QJsonValue &r : p.value(QLatin1String("requests")).toArray())
                m->add(Kind::Url, request(r.toObject()), origin);
        }
        break;
    case GateDefinition::Kind::DataConsistency:
        for (const QString &side : { QStringLiteral("old"), QStringLiteral("new") }) {
            const QJsonObject source = p.value(side).toObject();
            if (source.contains(QLatin1String("sql")))
                m->add(Kind::Sql, sqlConnection(source.value(QLatin1String("sql")).toObject()),
                    origin + QLatin1Char(' ') + side);
            else if (source.contains(QLatin1String("http")))
                m->add(Kind::Url,
                    QStringLiteral("GET ") + shownUrl(source.value(QLatin1String("http")).toString()),
                    origin + QLatin1Char(' ') + side);
        }
        break;
    case GateDefinition::Kind::MetricCondition: // reads the session's metric source: listed below
        break;
    }
}

}

SessionManifest SessionManifest::read(SessionStore *store, QString *error)
{
    SessionManifest m;
    m.m_sessionId = SessionIdentity::of(store);
    QStringList problems;
    const TrafficStore traffic(store);
    if (traffic.exists()) {
        QString id;
        QJsonObject config;
        if (traffic.loadBackend(&id, &config))
            addBackend(&m, id, config);
        StepPlan plan;
        QString planProblem;
        if (traffic.loadPlan(&plan, &planProblem)) {
            if (!plan.oldHealthUrl.isEmpty())
                m.add(Kind::Url, QStringLiteral("GET ") + shownUrl(plan.oldHealthUrl),
                    QStringLiteral("plan old_health_url"));
            for (int i = 0; i < plan.steps.size(); ++i) {
                const QList<GateDefinition> &gates = plan.steps.at(i).gates;
                for (int j = 0; j < gates.size(); ++j)
                    addGate(&m, gates.at(j),
                        QStringLiteral("step %1 gate %2 \"%3\"").arg(i + 1).arg(j + 1).arg(gates.at(j).name));
            }
        }
        if (!planProblem.isEmpty())
            problems << planProblem;
    }
    QString sourceError;
    const MetricSourceSettings source = SessionMetricSources(store).load(&sourceError);
    const QString origin = QStringLiteral("metric source ") + MetricSourceSettings::kindKey(source.kind);
    switch (source.kind) {
    case MetricSourceSettings::Kind::Prometheus:
        m.add(Kind::Url, source.prometheus.baseUrl.toString(QUrl::RemovePassword), origin);
        break;
    case MetricSourceSettings::Kind::Prober:
        for (const HttpProberSource::Endpoint &e : source.prober.endpoints)
            m.add(Kind::Url, QStringLiteral("GET ") + e.url.toString(QUrl::RemovePassword),
                origin + QLatin1Char(' ') + e.path);
        break;
    case MetricSourceSettings::Kind::CsvReplay:
        m.add(Kind::File, source.csv.filePath, origin);
        break;
    case MetricSourceSettings::Kind::None:
        break;
    }
    if (!sourceError.isEmpty())
        problems << sourceError;
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return m;
}

void SessionManifest::add(Kind kind, const QString &what, const QString &origin)
{
    m_entries.append({ kind, what, origin });
}

QList<SessionManifest::Entry> SessionManifest::entries(Kind kind) const
{
    QList<Entry> out;
    for (const Entry &e : m_entries)
        if (e.kind == kind)
            out << e;
    return out;
}

QString SessionManifest::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Program:
        return QStringLiteral("program");
    case Kind::Sql:
        return QStringLiteral("sql");
    case Kind::Url:
        return QStringLiteral("url");
    case Kind::File:
        return QStringLiteral("file");
    }
    return {};
}

QString SessionManifest::commandLine(const QString &program, const QStringList &args)
{
    QStringList words { shellQuoted(program) };
    for (const QString &a : args)
        words << shellQuoted(a);
    return words.join(QLatin1Char(' '));
}

QString SessionManifest::text() const
{
    QString out;
    for (const Entry &e : m_entries)
        out += kindKey(e.kind) + QStringLiteral(": ") + e.what + QStringLiteral("  [") + e.origin
            + QStringLiteral("]\n");
    return out;
}

QString SessionManifest::hash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonArray SessionManifest::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries)
        out.append(QJsonObject {
            { QStringLiteral("kind"), kindKey(e.kind) },
            { QStringLiteral("what"), e.what },
            { QStringLiteral("origin"), e.origin },
        });
    return out;
}

QString SessionManifest::wouldRun() const
{
    QStringList parts;
    for (const Kind kind : { Kind::Program, Kind::Sql, Kind::Url, Kind::File }) {
        for (const Entry &e : entries(kind)) {
            switch (kind) {
            case Kind::Program:
                parts << tr("run %1").arg(e.what);
                break;
            case Kind::Sql:
                parts << tr("connect to %1").arg(e.what);
                break;
            case Kind::Url:
                parts << tr("connect to %1").arg(e.what);
                break;
            case Kind::File:
                parts << tr("use the file %1").arg(e.what);
                break;
            }
        }
    }
    if (parts.size() > 3) {
        const int more = int(parts.size()) - 3;
        parts = parts.mid(0, 3);
        parts << tr("%n more", nullptr, more);
    }
    return tr("would %1").arg(parts.join(QStringLiteral(", ")));
}
