// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl metrics: attach a metric source to the session (Prometheus, the HTTP prober or a CSV replay),
// list it or switch it off. The settings are stored in the session and audited; every cockpit and
// cutoverctl that opens the session starts the same source. Credentials are named, never stored.
#include "CtlCommand.h"
#include "CtlSigning.h"
#include "CtlSupport.h"

#include "checklist/CutoverSession.h"
#include "metrics/MetricSourceSettings.h"
#include "metrics/SessionMetricSources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetricsCommands", text);
}

QTextStream &out()
{
    return CtlSupport::out();
}

// "5s", "500ms", "2m" or a plain number of seconds; -1 when it is none of them.
int parseIntervalMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double ms = unit == QLatin1String("ms") ? value
        : unit == QLatin1String("m")              ? value * 60000
                                                  : value * 1000;
    return ms >= 1 && ms <= 24 * 3600 * 1000.0 ? int(ms) : -1;
}

void printSettings(const MetricSourceSettings &s)
{
    out() << tr("metric source: %1").arg(s.summary()) << '\n';
    switch (s.kind) {
    case MetricSourceSettings::Kind::Prometheus:
        for (const PrometheusSource::Query &q : s.prometheus.queries)
            out() << "  " << (q.isWholeSeries() ? q.metric : q.metric + QStringLiteral("/{old,new}")) << " = "
                  << q.promql << '\n';
        if (s.prometheus.credentials.isConfigured())
            out() << tr("  authentication header from: %1")
                         .arg(QStringList { s.prometheus.credentials.keychainKey.isEmpty()
                                 ? QString()
                                 : tr("keychain entry \"%1\"").arg(s.prometheus.credentials.keychainKey),
                             s.prometheus.credentials.environmentVariable.isEmpty()
                                 ? QString()
                                 : tr("$%1").arg(s.prometheus.credentials.environmentVariable) }
                                  .filter(QRegularExpression(QStringLiteral(".")))
                                  .join(tr(", else ")))
                  << '\n';
        break;
    case MetricSourceSettings::Kind::Prober:
    case MetricSourceSettings::Kind::CsvReplay:
        break;
    case MetricSourceSettings::Kind::None:
        out() << tr("  Attach one with --prometheus URL, --probe old=URL,new=URL or --csv FILE.") << '\n';
        return;
    }
    out() << tr("  series: %1").arg(s.seriesNames().join(QStringLiteral(", "))) << '\n';
}

int metricsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Attach a metric source to the session; metric gates refer to its series by name (e.g. "
           "error_ratio/new). Stored in the session and audited; started by every cockpit and cutoverctl "
           "that opens it. Credentials are never stored: name an environment variable or a keychain entry."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file (*.cutover)."));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"), tr("Read from the Prometheus server at URL."), QStringLiteral("URL"));
    const QCommandLineOption query(QStringLiteral("query"),
        tr("With --prometheus: the series SERIES is the result of PROMQL (repeat for more series). A SERIES "
           "without \"/\" is split by the label \"version\" into SERIES/old and SERIES/new. Default: the "
           "canary queries (error_ratio, p50/p95/p99_seconds, request_rate)."),
        QStringLiteral("SERIES=PROMQL"));
    const QCommandLineOption authEnv(QStringLiteral("auth-env"),
        tr("With --prometheus: the environment variable holding the Authorization header value."),
        QStringLiteral("VAR"));
    const QCommandLineOption authKeychain(QStringLiteral("auth-keychain"),
        tr("With --prometheus: the keychain entry (service cutover-cockpit) holding it."),
        QStringLiteral("KEY"));
    const QCommandLineOption probe(QStringLiteral("probe"),
        tr("Probe the old and the new path with the built-in HTTP prober."),
        QStringLiteral("old=URL,new=URL"));
    const QCommandLineOption interval(QStringLiteral("interval"),
        tr("How often to poll Prometheus or to probe: 500ms, 5s, 1m (default 5s for Prometheus, 1s for "
           "the prober)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption csv(QStringLiteral("csv"),
        tr("Replay the samples of FILE (time,series,value) as if live."), QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"), tr("Show the session's metric source."));
    const QCommandLineOption off(QStringLiteral("off"), tr("Detach the metric source."));
    const QCommandLineOption by = CtlSupport::byOption();
    const QCommandLineOption reason(
        QStringLiteral("reason"), tr("Why (recorded in the audit trail)."), QStringLiteral("TEXT"));
    p.addOptions({ prometheus, query, authEnv, authKeychain, probe, interval, csv, list, off, by, reason });
    CtlSigning::addOptions(p); // a change of the source is recorded with who made it
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl metrics SESSION --prometheus URL [--query SERIES=PROMQL ...] | --probe "
                "old=URL,new=URL [--interval 5s] | --csv FILE | --list | --off"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    int chosen = 0;
    for (const QCommandLineOption &o : { prometheus, probe, csv, list, off })
        chosen += p.isSet(o) ? 1 : 0;
    if (chosen > 1)
        return CtlSupport::usageError(
            command, tr("give exactly one of --prometheus, --probe, --csv, --list, --off"));
    if (!p.isSet(prometheus) && (p.isSet(query) || p.isSet(authEnv) || p.isSet(authKeychain)))
        return CtlSupport::usageError(
            command, tr("--query, --auth-env and --auth-keychain go with --prometheus"));
    int intervalMs = 0;
    if (p.isSet(interval)) {
        intervalMs = parseIntervalMs(p.value(interval));
        if (intervalMs < 100)
            return CtlSupport::usageError(command,
                tr("--interval \"%1\" is not a duration of 100ms or more (e.g. 5s)").arg(p.value(interval)));
    }

    MetricSourceSettings settings;
    if (p.isSet(prometheus)) {
        settings.kind = MetricSourceSettings::Kind::Prometheus;
        settings.prometheus.baseUrl = QUrl(p.value(prometheus));
        if (p.isSet(query)) {
            settings.prometheus.queries.clear();
            for (const QString &q : p.values(query)) {
                const qsizetype eq = q.indexOf(QLatin1Char('='));
                if (eq <= 0 || eq == q.size() - 1)
                    return CtlSupport::usageError(command,
                        tr("--query \"%1\" is not SERIES=PROMQL (e.g. error_ratio/new=sum(...))").arg(q));
                PrometheusSource::Query entry;
                entry.metric = q.left(eq).trimmed();
                entry.promql = q.mid(eq + 1).trimmed();
                settings.prometheus.queries.append(entry);
            }
        }
        if (intervalMs > 0)
            settings.prometheus.pollIntervalMs = intervalMs;
        settings.prometheus.credentials.environmentVariable = p.value(authEnv).trimmed();
        settings.prometheus.credentials.keychainKey = p.value(authKeychain).trimmed();
    } else if (p.isSet(probe)) {
        settings.kind = MetricSourceSettings::Kind::Prober;
        for (const QString &part : p.value(probe).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return CtlSupport::usageError(
                    command, tr("--probe \"%1\" is not old=URL,new=URL").arg(p.value(probe)));
            settings.prober.endpoints.append({ QUrl(part.mid(eq + 1).trimmed()), part.left(eq).trimmed() });
        }
        if (intervalMs > 0)
            settings.prober.intervalMs = intervalMs;
    } else if (p.isSet(csv)) {
        settings.kind = MetricSourceSettings::Kind::CsvReplay;
        settings.csv.filePath = QFileInfo(p.value(csv)).absoluteFilePath();
        settings.csv.speed = 1;
        settings.csv.retime = true; // replayed as if it happened now, so gates judge it
    }

    QString error;
    const bool change = chosen == 1 && !p.isSet(list); // nothing given: show it
    QString actor;
    auto session = change
        ? CtlSigning::openToChange(p, p.positionalArguments().first(), &actor)
        : CtlSupport::openSession(p.positionalArguments().first(), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    SessionMetricSources sources(session->store());
    if (change) {
        const ActionResult r = sources.save(settings, actor, p.value(reason));
        if (!r)
            return CtlSupport::refused(r.error);
    }
    const MetricSourceSettings stored = sources.load(&error);
    if (!error.isEmpty())
        return CtlSupport::refused(error);
    printSettings(stored);
    out().flush();
    return CtlSupport::Success;
}

}

QList<CtlCommand> metricsCommands()
{
    return {
        { QStringLiteral("metrics"),
            tr("attach the session's metric source (--prometheus URL, --probe, --csv), --list, --off"),
            metricsCommand },
    };
}
