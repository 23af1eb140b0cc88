// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal cockpit-bench from the traffic branch (the pkg branch brings the full one): runs the traffic
// figures and prints them, or as JSON with --json.
#include "BenchFigure.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QJsonObject figures;
    int failures = 0;
    for (const BenchFigure &f : trafficFigures()) {
        QString error;
        const std::optional<double> value = f.measure(&error);
        if (!value) {
            ++failures;
            err << f.name << ": " << error << '\n' << Qt::flush;
            continue;
        }
        figures.insert(f.name, *value);
        if (!json)
            out << f.name.leftJustified(28) << QString::number(*value, 'f', 1) << ' ' << f.unit << '\n'
                << Qt::flush;
    }
    if (json)
        out << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return failures == 0 ? 0 : 1;
}
