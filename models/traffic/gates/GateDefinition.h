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
// inconclusive unless `noDataFails` is set.
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

    static QString kindKey(Kind kind);
    // Parses one gate; *error names the gate and the problem.
    static GateDefinition fromJson(const QJsonObject &json, QString *error);
    static QList<GateDefinition> listFromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
};
