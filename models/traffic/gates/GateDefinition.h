// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One gate of a step, with Argo Rollouts' analysis semantics: `count` measurements, one every
// `intervalMs`; more than `failureLimit` failed measurements fail the gate, more than
// `inconclusiveLimit` inconclusive ones make it inconclusive; provider errors are retried and never pass,
// more than `consecutiveErrorLimit` in a row fail the gate. "No data" is its own verdict and counts as
// inconclusive unless `noDataFails` is set. The JSON format is documented in StepPlan::formatHelp().
struct GateDefinition {
    enum class Kind { HttpHealth, BusinessTransaction, DataConsistency, MetricCondition };
    Kind kind = Kind::HttpHealth;
    QString name;
    int intervalMs = 10000;
    int count = 1;
    int failureLimit = 0;
    int inconclusiveLimit = 0;
    int consecutiveErrorLimit = 4;
    bool noDataFails = false;
    int timeoutMs = 10000; // of one measurement
    QJsonObject params; // the kind's own settings (url, query, series, ...)

    // A problem of a definition: the JSON key it concerns ("url", "requests/2/url", "old/sql/query";
    // empty for the gate as a whole) and what is wrong, in words that follow `key "url" ...`.
    struct Problem {
        QString key;
        QString text;
    };

    static QList<Kind> kinds();
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString kindLabel(Kind kind); // "HTTP health", translated
    // "http, business, consistency or metric", for messages.
    static QString kindKeyList();

    // Parses one gate; *error names the key, the gate (`gate 2 "booking"` when number > 0) and the
    // problem, and is empty when the gate is usable.
    static GateDefinition fromJson(const QJsonObject &json, QString *error, int number = 0);
    static QList<GateDefinition> listFromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;

    // Every problem that makes this definition unusable (empty when it can run); the plan editor marks
    // the field of each key, fromJson() reports the first.
    QList<Problem> problems() const;
    // `gate 2 "booking"`, `gate "booking"` (number 0) or `gate 2` (no name).
    QString label(int number) const;
    static QString formatProblem(const QString &gateLabel, const Problem &problem);
};
