// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricValueProvider.h"

#include <functional>

// What the demo's gates measure while the demo is built (the window later measures from the simulated
// metric source): the new path's error ratio, well inside its limit, and the partner bank's settlement
// lag, which has data at 1 % and 5 % but none yet at 25 % — so the demo stops at 25 % with one gate
// passed and one inconclusive, waiting for the lead's decision. Labelled demo data, never used elsewhere.
class DemoGateReadings : public MetricValueProvider {
public:
    explicit DemoGateReadings(std::function<int()> percentInForce);

    static QString errorSeries() { return QStringLiteral("error_ratio/new"); }
    static QString settlementSeries() { return QStringLiteral("settlement_lag_seconds/new"); }

    QStringList seriesNames() const override;
    void latest(const QString &series, std::function<void(const Reading &)> done) override;

private:
    std::function<int()> m_percent;
};
