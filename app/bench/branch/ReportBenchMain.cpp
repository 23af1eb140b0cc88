// SPDX-License-Identifier: GPL-3.0-or-later
// Build aid for the report branch only: a cockpit-bench main that runs reportFigures(). The real main
// (another branch) runs every feature's figures; app/CMakeLists.txt compiles this only when bench/main.cpp
// is absent. Delete it when the branches are merged.
#include "BenchFigure.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QJsonObject figures;
    int failures = 0;
    for (const BenchFigure &f : reportFigures()) {
        QString error;
        const std::optional<double> value = f.measure(&error);
        if (!value) {
            err << f.name << ": " << error << '\n';
            ++failures;
            continue;
        }
        figures.insert(f.name, *value);
        if (!json)
            out << f.name << " = " << *value << ' ' << f.unit << '\n';
    }
    if (json)
        out << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return failures == 0 ? 0 : 1;
}
