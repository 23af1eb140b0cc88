// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricValueProvider.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// A metric gate condition, e.g. "error_ratio/new < 0.005", "error_ratio/new < 0.5%" or
// "p99_seconds/new <= 1.2 * p99_seconds/old": two arithmetic expressions (numbers, optionally with %,
// series names, + - * / and parentheses) compared with <, <=, >, >=, == or !=.
// One evaluation is one measurement: Pass when the comparison holds, Fail when it does not,
// NoData when a series has no current value (no samples, stale, NaN/Inf), Inconclusive when a source
// reports an error or the arithmetic has no finite result (e.g. division by zero). Every outcome
// carries the measured value, the limit and the condition text, so a verdict can be explained.
class MetricCondition {
public:
    enum class Verdict { Pass, Fail, Inconclusive, NoData };
    struct Outcome {
        Verdict verdict = Verdict::NoData;
        double measured = 0; // left-hand side (NaN when not computable)
        double limit = 0; // right-hand side
        QString condition; // the condition as written
        QString detail; // e.g. "error_ratio/new = 0.0021 < 0.005: holds"
        QHash<QString, MetricValueProvider::Reading> readings;
    };

    // Parses text; returns nothing with *error naming the position and problem on bad input.
    static std::optional<MetricCondition> parse(const QString &text, QString *error);

    QString text() const { return m_text; }
    QStringList seriesNames() const { return m_series; }

    // Asks the provider for every series and calls done exactly once on this thread.
    void evaluate(MetricValueProvider &provider, std::function<void(const Outcome &)> done) const;
    // The judgement itself, given readings of all series. Pure.
    Outcome judge(const QHash<QString, MetricValueProvider::Reading> &readings) const;

    static QString verdictKey(Verdict v); // "pass", "fail", "inconclusive", "no-data"

    struct Node;

private:
    QString m_text;
    QString m_op;
    std::shared_ptr<const Node> m_left;
    std::shared_ptr<const Node> m_right;
    QStringList m_series;
};
