// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/MetricConditionProbe.h"

#include "metrics/MetricValueProvider.h"

#include <QCoreApplication>
#include <QPointer>

MetricConditionProbe::MetricConditionProbe(
    const GateDefinition &gate, MetricValueProvider *metrics, QObject *parent)
    : GateProbe(parent)
    , m_gate(gate)
    , m_metrics(metrics)
{
}

void MetricConditionProbe::measure(Done done)
{
    const QString series = m_gate.params.value(QLatin1String("series")).toString();
    const QString baseline = m_gate.params.value(QLatin1String("baseline")).toString();
    if (!m_metrics) {
        GateMeasurement m;
        m.verdict = GateMeasurement::Verdict::Error;
        m.reason = tr("No metric source is connected to this session.");
        done(m);
        return;
    }
    QPointer<MetricConditionProbe> self(this);
    auto failed = [](const MetricValueProvider::Reading &r, const QString &name, GateMeasurement *m) {
        if (r.kind == MetricValueProvider::Reading::Kind::Error) {
            m->verdict = GateMeasurement::Verdict::Error;
            m->reason = tr("%1: %2").arg(name, r.error);
            return true;
        }
        if (r.kind == MetricValueProvider::Reading::Kind::NoData) {
            m->verdict = GateMeasurement::Verdict::NoData;
            m->value = tr("no data");
            m->reason = tr("%1 has no value").arg(name);
            return true;
        }
        return false;
    };
    m_metrics->latest(series, [self, series, baseline, failed, done](const MetricValueProvider::Reading &r) {
        if (!self)
            return;
        GateMeasurement m;
        if (failed(r, series, &m)) {
            done(m);
            return;
        }
        if (baseline.isEmpty()) {
            self->judge(r.value, QString::number(r.value, 'g', 6), done);
            return;
        }
        self->m_metrics->latest(baseline,
            [self, series, baseline, value = r.value, failed, done](const MetricValueProvider::Reading &b) {
                if (!self)
                    return;
                GateMeasurement bm;
                if (failed(b, baseline, &bm)) {
                    done(bm);
                    return;
                }
                if (b.value == 0) {
                    GateMeasurement zm;
                    zm.value = tr("%1 = %2, %3 = 0").arg(series).arg(value).arg(baseline);
                    zm.verdict = value == 0 ? GateMeasurement::Verdict::Pass
                                            : GateMeasurement::Verdict::Inconclusive;
                    zm.condition = tr("%1 / %2 ≤ %3")
                                       .arg(series, baseline)
                                       .arg(self->m_gate.params.value(QLatin1String("max_ratio")).toDouble());
                    zm.reason
                        = value == 0 ? tr("both are 0") : tr("the baseline is 0, so the ratio is undefined");
                    done(zm);
                    return;
                }
                const double ratio = value / b.value;
                self->judge(
                    ratio, tr("ratio %1 (%2 / %3)").arg(ratio, 0, 'g', 4).arg(value).arg(b.value), done);
            });
    });
}

void MetricConditionProbe::judge(double value, const QString &valueText, Done done)
{
    GateMeasurement m;
    m.value = valueText;
    const QJsonObject &p = m_gate.params;
    const bool ratio = p.contains(QLatin1String("max_ratio"));
    const char *maxKey = ratio ? "max_ratio" : "max";
    const char *failKey = ratio ? "fail_max_ratio" : "fail_max";
    QStringList conditions;
    bool success = true;
    if (p.contains(QLatin1String(maxKey))) {
        const double max = p.value(QLatin1String(maxKey)).toDouble();
        conditions << tr("≤ %1").arg(max);
        success = success && value <= max;
    }
    if (p.contains(QLatin1String("min"))) {
        const double min = p.value(QLatin1String("min")).toDouble();
        conditions << tr("≥ %1").arg(min);
        success = success && value >= min;
    }
    m.condition = conditions.join(QLatin1String(" and "));
    if (success) {
        m.verdict = GateMeasurement::Verdict::Pass;
        m.reason = tr("condition met");
    } else if (p.contains(QLatin1String(failKey))) {
        const double failMax = p.value(QLatin1String(failKey)).toDouble();
        m.condition += tr("; fails above %1").arg(failMax);
        if (value > failMax) {
            m.verdict = GateMeasurement::Verdict::Fail;
            m.reason = tr("%1 is above the failure limit %2").arg(value).arg(failMax);
        } else {
            m.verdict = GateMeasurement::Verdict::Inconclusive;
            m.reason = tr("%1 misses the success condition but not the failure condition").arg(value);
        }
    } else {
        m.verdict = GateMeasurement::Verdict::Fail;
        m.reason = tr("%1 misses the condition %2").arg(value).arg(m.condition);
    }
    done(m);
}
