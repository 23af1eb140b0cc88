// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricValueProvider.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

// A metric source whose answers are given by the test, one per call and series: "0.5" (a value),
// "nodata", "error", or "hang" (never answers). The last answer repeats. Answers arrive asynchronously,
// as from the real sources.
class ScriptedMetrics : public MetricValueProvider {
public:
    QHash<QString, QStringList> script;
    QStringList seriesNames() const override { return script.keys(); }
    void latest(const QString &series, std::function<void(const Reading &)> done) override
    {
        QStringList &answers = script[series];
        const QString answer = answers.isEmpty()
            ? QStringLiteral("nodata")
            : (answers.size() > 1 ? answers.takeFirst() : answers.first());
        if (answer == QLatin1String("hang"))
            return;
        Reading r;
        if (answer == QLatin1String("nodata")) {
            r.kind = Reading::Kind::NoData;
        } else if (answer == QLatin1String("error")) {
            r.kind = Reading::Kind::Error;
            r.error = QStringLiteral("scripted provider error");
        } else {
            r.kind = Reading::Kind::Value;
            r.value = answer.toDouble();
        }
        QTimer::singleShot(0, [r, done]() { done(r); });
    }
};
