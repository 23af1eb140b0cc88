// SPDX-License-Identifier: GPL-3.0-or-later
// The kill -9 campaign (tests/support/Kill9Campaign, the same code tst_kill9 runs): kill9_runs is how many
// runs were made, kill9_disagreements how many of them left the trail, the state, haproxy's real weights
// or the reconcile advice disagreeing (goal 0). Without haproxy both are not measured, never guessed.
// KILL9_SEED and KILL9_RUNS as for the test.
#include "BenchFigure.h"

#include "support/Kill9Campaign.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

namespace {

struct Outcome {
    Kill9Campaign::Report report;
    QString error;
};

const Outcome &campaign()
{
    static const Outcome outcome = [] {
        Outcome o;
        if (QStandardPaths::findExecutable(QStringLiteral("haproxy")).isEmpty()) {
            o.error = QStringLiteral("haproxy is not installed: the kill -9 campaign was not run");
            return o;
        }
        const quint64 seed = Kill9Campaign::seedFromEnvironment();
        const int runs = Kill9Campaign::runsFromEnvironment();
        Kill9Campaign c(QCoreApplication::applicationDirPath() + QStringLiteral("/cutoverctl"), seed);
        if (!c.setUp(&o.error))
            return o;
        o.report = c.run(runs);
        QTextStream err(stderr);
        for (const QString &f : std::as_const(o.report.findings))
            err << "kill9 disagreement: " << f << '\n';
        return o;
    }();
    return outcome;
}

std::optional<double> figure(bool disagreements, QString *error)
{
    const Outcome &o = campaign();
    if (!o.error.isEmpty()) {
        *error = o.error;
        return std::nullopt;
    }
    return disagreements ? o.report.disagreements : o.report.runs;
}

}

QList<BenchFigure> kill9Figures()
{
    return {
        { QStringLiteral("kill9_runs"), QStringLiteral("runs"), [](QString *e) { return figure(false, e); } },
        { QStringLiteral("kill9_disagreements"), QStringLiteral("runs"),
            [](QString *e) { return figure(true, e); } },
    };
}
