// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DemoGateReadings.h"

#include "core/Timestamps.h"

#include <QTimer>

DemoGateReadings::DemoGateReadings(std::function<int()> percentInForce)
    : m_percent(std::move(percentInForce))
{
}

QStringList DemoGateReadings::seriesNames() const
{
    return { errorSeries(), settlementSeries() };
}

void DemoGateReadings::latest(const QString &series, std::function<void(const Reading &)> done)
{
    const int percent = m_percent ? m_percent() : 0;
    Reading r;
    r.at = Timestamps::now();
    if (series == errorSeries()) {
        r.kind = Reading::Kind::Value;
        r.value = 0.0008 + 0.0001 * percent / 25.0;
    } else if (series == settlementSeries() && percent < 25) {
        r.kind = Reading::Kind::Value;
        r.value = 3.5 + percent / 10.0;
    } else {
        r.kind = Reading::Kind::NoData; // the settlement feed reports nothing yet at 25 %
    }
    QTimer::singleShot(0, [r, done]() { done(r); });
}
