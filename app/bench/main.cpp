// SPDX-License-Identifier: GPL-3.0-or-later
// cockpit-bench: measures Cutover Cockpit's performance figures and prints them, as text or as one JSON
// object (--json). Each feature contributes a list of BenchFigure; main() only selects, runs and prints.
#include "BenchFigure.h"
#include "BenchNotes.h"
#include "ChecklistFigures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace {
// Every figure cockpit-bench knows, in the order they run. A feature adds its list here.
QList<BenchFigure> allFigures()
{
    QList<BenchFigure> all;
    all += checklistFigures();
    all += metricsFigures();
    all += trafficFigures();
    all += reportFigures();
    all += kill9Figures();
    all += signatureFigures();
    all += auditFigures();
    all += teamFigures();
    return all;
}

bool contains(const QList<BenchFigure> &figures, const QString &name)
{
    return std::any_of(
        figures.cbegin(), figures.cend(), [&](const BenchFigure &f) { return f.name == name; });
}
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the chart figures render widgets (offscreen)
    QCoreApplication::setApplicationName(QStringLiteral("cockpit-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("cutover-cockpit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));

    const QList<BenchFigure> all = allFigures();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Cutover Cockpit's performance figures and prints them.\n"
        "A figure that cannot be measured is printed as null (JSON) or n/a, with the reason on stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print the figures as one JSON object."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Measure only these figures (comma-separated names)."), QStringLiteral("NAME[,NAME]"));
    const QCommandLineOption listOption(
        QStringLiteral("list"), QStringLiteral("List the figures' names and exit."));
    const QCommandLineOption strictOption(
        QStringLiteral("strict"), QStringLiteral("Exit with code 1 if any figure could not be measured."));
    parser.addOptions({ jsonOption, onlyOption, listOption, strictOption });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    if (parser.isSet(listOption)) {
        for (const BenchFigure &f : all)
            out << f.name << " (" << f.unit << ")\n";
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "cockpit-bench: unexpected argument \"" << parser.positionalArguments().constFirst()
            << "\"; see cockpit-bench --help\n";
        return 2;
    }

    QList<BenchFigure> selected = all;
    if (parser.isSet(onlyOption)) {
        selected.clear();
        const QStringList names = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : names) {
            const QString name = raw.trimmed();
            const auto it = std::find_if(
                all.cbegin(), all.cend(), [&](const BenchFigure &f) { return f.name == name; });
            if (it == all.cend()) {
                err << "cockpit-bench: unknown figure \"" << name << "\"; known figures:";
                for (const BenchFigure &f : all)
                    err << ' ' << f.name;
                err << '\n';
                return 2;
            }
            if (!contains(selected, name))
                selected.append(*it);
        }
        if (selected.isEmpty()) {
            err << "cockpit-bench: --only needs at least one figure name; see --list\n";
            return 2;
        }
    }

    const bool json = parser.isSet(jsonOption);
    int nameWidth = 0;
    for (const BenchFigure &f : selected)
        nameWidth = std::max(nameWidth, int(f.name.size()));

    QJsonObject figures;
    int missing = 0;
    for (const BenchFigure &f : selected) {
        if (!json)
            out << f.name.leftJustified(nameWidth + 2) << Qt::flush;
        QString error;
        const std::optional<double> value = f.measure(&error);
        const QString note = BenchNotes::take(f.name);
        if (value) {
            figures.insert(f.name, *value);
            if (!json) {
                out << QString::number(*value, 'f', 3).rightJustified(10) << ' ' << f.unit;
                if (!note.isEmpty())
                    out << "  (" << note << ')';
                out << Qt::endl;
            }
        } else {
            ++missing;
            figures.insert(f.name, QJsonValue::Null);
            if (!json)
                out << QStringLiteral("n/a").rightJustified(10) << Qt::endl;
            err << "cockpit-bench: " << f.name
                << " not measured: " << (error.isEmpty() ? QStringLiteral("no reason given") : error)
                << Qt::endl;
        }
    }
    if (json)
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
    return parser.isSet(strictOption) && missing > 0 ? 1 : 0;
}
