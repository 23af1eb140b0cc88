// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal cockpit-bench main (metrics figures only); the packaging branch brings the full one.
#include "BenchFigure.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
    const QStringList only = QCoreApplication::arguments().filter(QStringLiteral("--only=")).replaceInStrings(QStringLiteral("--only="), QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QJsonObject figures;
    int failures = 0;
    const QList<BenchFigure> all = metricsFigures();
    for (const BenchFigure &f : all) {
        if (!only.isEmpty() && !only.first().split(QLatin1Char(',')).contains(f.name))
            continue;
        QString error;
        const std::optional<double> v = f.measure(&error);
        if (!v) {
            ++failures;
            err << f.name << ": not measured: " << error << '\n';
            figures.insert(f.name, QJsonValue::Null);
        } else {
            figures.insert(f.name, *v);
            if (!json)
                out << f.name.leftJustified(34) << QString::number(*v, 'f', 2) << ' ' << f.unit << '\n';
        }
        err.flush();
        out.flush();
    }
    if (json)
        out << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return failures ? 1 : 0;
}
