// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchContext.h"

#include "checklist/CutoverSession.h"

#include <QCoreApplication>

#include <algorithm>

BenchContext::BenchContext()
    : m_dir(QDir::tempPath() + QStringLiteral("/cockpit-bench-XXXXXX"))
{
}

QString BenchContext::binDir() const
{
    return QCoreApplication::applicationDirPath();
}

Runbook BenchContext::generatedRunbook(int items)
{
    static const char *const phaseNames[] = { "Preparation", "Cutover", "After the cutover" };
    static const char *const owners[] = { "alice", "bob", "carol", "dave" };
    Runbook runbook;
    runbook.name = QStringLiteral("Benchmark runbook (%1 items)").arg(items);
    runbook.language = QStringLiteral("en");
    const int phaseCount = 3;
    for (int p = 0; p < phaseCount; ++p) {
        RunbookPhase phase;
        phase.name = QLatin1String(phaseNames[p]);
        // Spread the items evenly; the first phases take the remainder.
        const int count = items / phaseCount + (p < items % phaseCount ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            RunbookTask task;
            task.task = QStringLiteral("%1: generated task %2").arg(phase.name).arg(i + 1);
            task.expected = QStringLiteral("Result %1 of %2 confirmed").arg(i + 1).arg(phase.name);
            task.owner = QLatin1String(owners[i % 4]);
            task.signOffRequired = i % 5 == 4;
            task.plannedMinutes = 5 + i % 25;
            phase.tasks.append(task);
        }
        runbook.phases.append(phase);
    }
    return runbook;
}

QString BenchContext::createSession(const QString &fileName, int items, QString *error) const
{
    const QString path = tempPath(fileName);
    SessionInfo info;
    info.name = QStringLiteral("Benchmark session");
    info.goal = QStringLiteral("Measure the cockpit with a %1-item runbook").arg(items);
    info.rehearsal = true;
    info.language = QStringLiteral("en");
    info.templateName = QStringLiteral("generated");
    std::unique_ptr<CutoverSession> session
        = CutoverSession::create(path, info, generatedRunbook(items), QStringLiteral("bench"), error);
    return session ? path : QString();
}

double BenchContext::median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
}
