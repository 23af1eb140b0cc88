// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One figure of cockpit-bench: a name as it appears in `cockpit-bench --json`, and a measurement that
// returns the value (milliseconds, rows per second, ...) or nothing with *error saying why.
struct BenchFigure {
    QString name;
    QString unit;
    std::function<std::optional<double>(QString *error)> measure;
};

// Each feature contributes its figures; main() runs them in order.
QList<BenchFigure> trafficFigures();
QList<BenchFigure> metricsFigures();
QList<BenchFigure> reportFigures();
QList<BenchFigure> kill9Figures();
QList<BenchFigure> signatureFigures();
QList<BenchFigure> auditFigures();
QList<BenchFigure> teamFigures();
