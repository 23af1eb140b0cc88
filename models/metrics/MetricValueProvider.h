// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

// What a metric gate needs from the live-metrics side: the latest value of a named series, asked for
// asynchronously. Series are named "<metric>/<path>", e.g. "error_ratio/new", "p99_seconds/old".
class MetricValueProvider {
public:
    struct Reading {
        enum class Kind { Value, NoData, Error };
        Kind kind = Kind::NoData;
        double value = 0; // valid for Kind::Value (never NaN/Inf: those are NoData)
        QDateTime at;
        QString error; // for Kind::Error: the provider's message
    };

    virtual ~MetricValueProvider() = default;
    virtual QStringList seriesNames() const = 0;
    // Calls done exactly once, on the caller's thread, without blocking it.
    virtual void latest(const QString &series, std::function<void(const Reading &)> done) = 0;
};
