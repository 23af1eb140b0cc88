// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Parses the JSON bodies of Prometheus' /api/v1/query and /api/v1/query_range (checked against 2.42)
// without any network. Values arrive as strings; "NaN", "+Inf" and "-Inf" become NaN, i.e. gaps:
// the cockpit never draws or judges an infinite or undefined value as a number.
class PrometheusResponseParser {
public:
    struct Point {
        qint64 t = 0; // ms since the epoch
        double value = 0; // NaN for "NaN", "+Inf", "-Inf"
    };
    struct Series {
        QMap<QString, QString> labels;
        QList<Point> points;
    };
    struct Result {
        bool ok = false;
        QString resultType; // "vector", "matrix", "scalar"
        QList<Series> series; // a scalar is one series without labels
        QStringList warnings;
        QString errorType; // Prometheus' errorType, or "malformed" for a body we cannot read
        QString error; // a message naming what is wrong
    };

    // httpStatus is the HTTP status of the reply (0 if unknown); an error body is recognised whatever
    // the status, and a non-JSON body with an error status is reported with that status.
    static Result parse(const QByteArray &body, int httpStatus = 200);

    // "1.5", "1e-09", "NaN", "+Inf", "-Inf" → number (the last three → NaN). false for anything else.
    static bool parseValue(const QString &text, double *value);
};
