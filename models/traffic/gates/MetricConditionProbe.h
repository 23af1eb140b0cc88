// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateProbe.h"

// Metric condition on a MetricValueProvider series: "max"/"min" thresholds (the success condition), or
// the ratio of "series" to a "baseline" series ("max_ratio", e.g. new error ratio vs old). An optional
// "fail_max" (or "fail_max_ratio") is the failure condition: a value between the two is inconclusive.
class MetricConditionProbe : public GateProbe {
    Q_OBJECT
public:
    MetricConditionProbe(const GateDefinition &gate, MetricValueProvider *metrics, QObject *parent = nullptr);
    void measure(Done done) override;

private:
    void judge(double value, const QString &valueText, Done done);

    GateDefinition m_gate;
    MetricValueProvider *m_metrics;
};
