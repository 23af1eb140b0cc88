// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/MetricsReportContributor.h"

#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "metrics/MetricSample.h"
#include "metrics/SampleHistory.h"
#include "report/ReportChart.h"
#include "store/SessionStore.h"
#include "traffic/TrafficStore.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <cmath>
#include <limits>

namespace {

// How a metric is shown: its title, its unit and the factor from the stored value to the shown one.
struct MetricLook {
    QString title;
    QString unit;
    double scale = 1.0;
};

MetricLook lookOf(const ReportStrings &s, const QString &metric)
{
    if (metric == QLatin1String("error_ratio"))
        return { s.pick(QStringLiteral("Error ratio"), QStringLiteral("Fehlerquote")), QStringLiteral("%"),
            100.0 };
    if (metric.endsWith(QLatin1String("_seconds"))) {
        const QString q = metric.chopped(int(qstrlen("_seconds")));
        return { s.pick(QStringLiteral("%1 latency"), QStringLiteral("%1-Latenz")).arg(q),
            QStringLiteral("ms"), 1000.0 };
    }
    if (metric == QLatin1String("request_rate"))
        return { s.pick(QStringLiteral("Request rate"), QStringLiteral("Anfragerate")),
            s.pick(QStringLiteral("req/s"), QStringLiteral("Anfr./s")), 1.0 };
    return { metric, QString(), 1.0 };
}

QString number(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return QString::number(v, 'g', 4);
}

}

bool MetricsReportContributor::contribute(
    const ReportContext &ctx, ReportContribution *out, QString *error) const
{
    const ReportStrings &s = ctx.strings;
    SessionStore *store = ctx.session->store();
    const SampleHistory history(store);
    if (!history.exists())
        return true;

    // The series recorded, grouped by metric.
    QMap<QString, QStringList> byMetric;
    {
        QStringList recorded;
        if (!history.series(&recorded, error))
            return false;
        for (const QString &series : std::as_const(recorded))
            byMetric[MetricSeries::metricOf(series)].append(series);
    }
    if (byMetric.isEmpty())
        return true; // no metrics were recorded in this session

    // The metrics the lead watches first, then the others in name order.
    QStringList metrics;
    for (const QString &m :
        { QStringLiteral("error_ratio"), QStringLiteral("p99_seconds"), QStringLiteral("request_rate") })
        if (byMetric.contains(m))
            metrics << m;
    for (auto it = byMetric.constBegin(); it != byMetric.constEnd(); ++it)
        if (!metrics.contains(it.key()))
            metrics << it.key();

    // Markers: every confirmed traffic change; limits: the plan's metric gates.
    QList<ReportChart::Marker> markers;
    QMultiMap<QString, QPair<double, QString>> limits; // metric -> (stored value, comparison)
    if (const TrafficStore traffic(store); traffic.exists()) {
        for (const TrafficStore::Event &e : traffic.events(QStringLiteral("confirmed")))
            markers.append({ Timestamps::fromText(e.at), QStringLiteral("%1 %").arg(e.percentNew) });
        StepPlan plan;
        if (traffic.loadPlan(&plan)) {
            QSet<QString> seen;
            for (const PlanStep &step : std::as_const(plan.steps)) {
                for (const GateDefinition &g : step.gates) {
                    if (g.kind != GateDefinition::Kind::MetricCondition)
                        continue;
                    const QString metric
                        = MetricSeries::metricOf(g.params.value(QLatin1String("series")).toString());
                    for (const char *key : { "max", "min" }) {
                        const QJsonValue v = g.params.value(QLatin1String(key));
                        if (!v.isDouble())
                            continue;
                        const QString id
                            = metric + QLatin1Char('|') + QLatin1String(key) + QString::number(v.toDouble());
                        if (seen.contains(id))
                            continue;
                        seen.insert(id);
                        limits.insert(metric,
                            { v.toDouble(),
                                QLatin1String(key) == QLatin1String("max") ? QStringLiteral("≤")
                                                                           : QStringLiteral("≥") });
                    }
                }
            }
        }
    }

    const QList<ReportChart::Marker> stepMarkers = markers; // every confirmed change, for the JSON
    // Steps closer together than a fortieth of the time axis share one marker ("1 % … 100 %"), so their
    // labels do not print over each other.
    {
        qint64 from = 0;
        qint64 to = 0;
        if (!markers.isEmpty() && history.timeRange(&from, &to)) {
            const qint64 threshold = (to - from) / 40;
            QList<ReportChart::Marker> merged;
            for (const ReportChart::Marker &m : std::as_const(markers)) {
                if (!merged.isEmpty() && merged.constLast().at.msecsTo(m.at) <= threshold) {
                    const QString first = merged.constLast().label.section(QStringLiteral(" … "), 0, 0);
                    merged.last().label = first + QStringLiteral(" … ") + m.label;
                } else {
                    merged.append(m);
                }
            }
            markers = merged;
        }
    }

    ReportSection section;
    section.id = QStringLiteral("metrics");
    section.title = s.text(ReportStrings::Metrics);
    section.order = 50;
    section.blocks.append(ReportBlock::paragraph(
        s.pick(QStringLiteral(
                   "The metrics recorded during the session, old path and new path. Dashed lines mark the "
                   "confirmed changes of the split; dotted lines are the limits of the plan's metric gates. "
                   "The shaded band is the range within one pixel column, the line its mean."),
            QStringLiteral(
                "Die während der Sitzung aufgezeichneten Metriken, alter und neuer Pfad. Gestrichelte "
                "Linien markieren die bestätigten Änderungen der Aufteilung; gepunktete Linien sind die "
                "Grenzen der Metrik-Prüfungen des Plans. Das helle Band ist die Spanne innerhalb einer "
                "Pixelspalte, die Linie ihr Mittelwert."))));

    QList<QStringList> statRows;
    QJsonArray seriesJson;
    QJsonArray limitsJson;
    const QColor oldColor(0x6b, 0x6b, 0x6b);
    const QColor newColor(0x1f, 0x5f, 0xa8);
    for (const QString &metric : std::as_const(metrics)) {
        if (ctx.isCanceled())
            return false;
        const MetricLook look = lookOf(s, metric);
        ReportChart chart;
        chart.title = look.title;
        chart.unit = look.unit;
        chart.markers = markers;
        QStringList paths = byMetric.value(metric);
        // old first, new second, anything else after them
        std::stable_sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
            auto rank = [](const QString &x) {
                const QString p = MetricSeries::pathOf(x);
                return p == MetricSeries::oldPath() ? 0 : p == MetricSeries::newPath() ? 1 : 2;
            };
            return rank(a) < rank(b);
        });
        for (const QString &series : std::as_const(paths)) {
            SampleHistory::Stats st;
            if (!history.stats(series, &st, error))
                return false;
            ReportChart::Series cs;
            const QString path = MetricSeries::pathOf(series);
            cs.name = path == MetricSeries::oldPath()
                ? s.pick(QStringLiteral("old path"), QStringLiteral("alter Pfad"))
                : path == MetricSeries::newPath()
                ? s.pick(QStringLiteral("new path"), QStringLiteral("neuer Pfad"))
                : path;
            cs.color = path == MetricSeries::oldPath() ? oldColor
                : path == MetricSeries::newPath()      ? newColor
                                                       : QColor(0x2e, 0x8b, 0x57);
            if (!history.points(
                    series, st, ctx.figureSize.width(), rawSampleLimit, [&ctx] { return ctx.isCanceled(); },
                    &cs.points, error))
                return false;
            for (QPointF &p : cs.points)
                p.setY(p.y() * look.scale);
            chart.series.append(cs);
            const QString unit = look.unit.isEmpty() ? QString() : QStringLiteral(" ") + look.unit;
            statRows.append(
                { look.title, cs.name, QString::number(st.count), number(st.min * look.scale) + unit,
                    number(st.mean * look.scale) + unit, number(st.max * look.scale) + unit });
            seriesJson.append(
                QJsonObject { { QStringLiteral("series"), series }, { QStringLiteral("samples"), st.count },
                    { QStringLiteral("min"), std::isfinite(st.min) ? QJsonValue(st.min) : QJsonValue() },
                    { QStringLiteral("mean"), std::isfinite(st.mean) ? QJsonValue(st.mean) : QJsonValue() },
                    { QStringLiteral("max"), std::isfinite(st.max) ? QJsonValue(st.max) : QJsonValue() },
                    { QStringLiteral("from"), st.from }, { QStringLiteral("to"), st.to } });
        }
        const auto metricLimits = limits.values(metric);
        for (const auto &l : metricLimits) {
            const double shown = l.first * look.scale;
            limitsJson.append(QJsonObject { { QStringLiteral("metric"), metric },
                { QStringLiteral("comparison"), l.second }, { QStringLiteral("value"), l.first } });
            chart.limits.append({ shown,
                QStringLiteral("SLO %1 %2%3")
                    .arg(l.second, number(shown),
                        look.unit.isEmpty() ? QString() : QStringLiteral(" ") + look.unit) });
        }
        section.blocks.append(ReportBlock::figure(chart.render(ctx.figureSize),
            s.pick(QStringLiteral("%1: old and new path over the session (UTC)"),
                 QStringLiteral("%1: alter und neuer Pfad über die Sitzung (UTC)"))
                .arg(look.title)));
    }
    section.blocks.append(
        ReportBlock::table({ s.pick(QStringLiteral("Metric"), QStringLiteral("Metrik")),
                               s.pick(QStringLiteral("Path"), QStringLiteral("Pfad")),
                               s.pick(QStringLiteral("Samples"), QStringLiteral("Werte")),
                               s.pick(QStringLiteral("Minimum"), QStringLiteral("Minimum")),
                               s.pick(QStringLiteral("Mean"), QStringLiteral("Mittel")),
                               s.pick(QStringLiteral("Maximum"), QStringLiteral("Maximum")) },
            statRows,
            s.pick(QStringLiteral("Summary of every recorded series"),
                QStringLiteral("Zusammenfassung jeder aufgezeichneten Reihe"))));

    out->sections.append(section);
    QJsonArray markersJson;
    for (const ReportChart::Marker &m : stepMarkers)
        markersJson.append(QJsonObject {
            { QStringLiteral("at"), Timestamps::toText(m.at) }, { QStringLiteral("label"), m.label } });
    out->data = QJsonObject { { QStringLiteral("series"), seriesJson }, { QStringLiteral("slo"), limitsJson },
        { QStringLiteral("stepMarkers"), markersJson } };
    return true;
}
