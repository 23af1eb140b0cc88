// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/CsvReplaySource.h"
#include "metrics/sources/HttpProberSource.h"
#include "metrics/sources/PrometheusSource.h"

#include <QJsonObject>
#include <QStringList>

class MetricSource;

// Which metric source a session measures with, and its settings: Prometheus (base URL, queries, poll
// interval, where the authentication header comes from), the built-in HTTP prober (endpoints of the old
// and the new path, interval) or a CSV replay file. Stored in the session as JSON; credentials appear
// only as the names of an environment variable and a keychain entry, never as a secret.
struct MetricSourceSettings {
    enum class Kind { None, Prometheus, Prober, CsvReplay };
    Kind kind = Kind::None;
    PrometheusSource::Config prometheus;
    HttpProberSource::Config prober;
    CsvReplaySource::Config csv;

    static QString kindKey(Kind kind); // "none", "prometheus", "prober", "csv"
    static bool kindFromKey(const QString &key, Kind *kind);

    QJsonObject toJson() const;
    // Parses what toJson() wrote; *error names the key and the problem.
    static MetricSourceSettings fromJson(const QJsonObject &json, QString *error);
    // What must be fixed before the source can measure, one line each; empty when usable.
    QStringList problems() const;
    // One line for a person: the kind and where it measures (no credentials).
    QString summary() const;
    // The series a metric gate can refer to ("error_ratio/new", ...).
    QStringList seriesNames() const;
    // A new, stopped source for these settings; nullptr for Kind::None.
    MetricSource *createSource(QObject *parent = nullptr) const;

    bool operator==(const MetricSourceSettings &other) const { return toJson() == other.toJson(); }
    bool operator!=(const MetricSourceSettings &other) const { return !(*this == other); }
};
