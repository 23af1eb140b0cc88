// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DemoCutover.h"

#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "incidents/IncidentLog.h"
#include "session/DemoGateReadings.h"
#include "session/DemoSession.h"
#include "traffic/CutoverEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCutover", text);
}

// Waits until the engine holds (or, when paused is set, waits for a decision at) the given step; false
// when it stopped elsewhere or took too long.
bool waitForHold(CutoverEngine &engine, int stepIndex, QString *error, bool paused = false)
{
    const CutoverEngine::State wanted = paused ? CutoverEngine::State::Paused : CutoverEngine::State::Holding;
    const auto held
        = [&] { return engine.state() == wanted && engine.stepIndex() == stepIndex && !engine.isBusy(); };
    if (held())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &CutoverEngine::stateChanged, &loop, [&] {
        if (held() || (!paused && engine.state() == CutoverEngine::State::Paused)
            || engine.state() == CutoverEngine::State::RolledBack)
            loop.quit();
    });
    timeout.start(20000);
    loop.exec();
    if (held())
        return true;
    *error = tr("The demo traffic step %1 was not confirmed by the simulated backend: %2")
                 .arg(stepIndex + 1)
                 .arg(engine.lastBackendError().isEmpty() ? CutoverEngine::stateLabel(engine.state())
                                                          : engine.lastBackendError());
    return false;
}

GateDefinition demoGate(const QJsonObject &json)
{
    QString ignored;
    return GateDefinition::fromJson(json, &ignored);
}

// The article's plan, each step held until a person promotes, with two gates: the new path's error ratio
// and the partner bank's settlement lag (no data counts as inconclusive).
StepPlan demoPlan()
{
    const GateDefinition errors = demoGate({ { QStringLiteral("kind"), QStringLiteral("metric") },
        { QStringLiteral("name"), tr("error ratio (new)") },
        { QStringLiteral("series"), DemoGateReadings::errorSeries() }, { QStringLiteral("max"), 0.005 },
        { QStringLiteral("interval_ms"), 60000 } });
    const GateDefinition settlement = demoGate({ { QStringLiteral("kind"), QStringLiteral("metric") },
        { QStringLiteral("name"), tr("settlement lag (new)") },
        { QStringLiteral("series"), DemoGateReadings::settlementSeries() }, { QStringLiteral("max"), 30 },
        { QStringLiteral("interval_ms"), 60000 } });
    StepPlan plan;
    for (int percent : { 1, 5, 25, 100 })
        plan.steps << PlanStep { percent, -1, { errors, settlement } };
    return plan;
}

qint64 minutesAgo(int minutes)
{
    return -qint64(minutes) * 60 * 1000;
}

bool check(const ActionResult &r, QString *error)
{
    if (!r)
        *error = tr("The demo session could not be built: %1").arg(r.error);
    return r.ok;
}

}

bool DemoCutover::prepare(CutoverSession *session, const QString &directory, QString *error)
{
    const QString alice = DemoSession::firstPerson();
    const QString bob = DemoSession::secondPerson();
    {
        CutoverEngine *current = nullptr;
        DemoGateReadings readings([&current] { return current ? current->percentInForce() : 0; });
        CutoverEngine engine(session->store(), &readings);
        current = &engine;
        engine.setDriftInterval(0);
        const QJsonObject config { { QStringLiteral("latency_ms"), 20 },
            { QStringLiteral("state_file"),
                QDir(directory).filePath(QStringLiteral("simulated-backend.json")) } };
        const QList<int> ago = stepMinutesAgo();
        {
            const Timestamps::ScopedOffset clock(minutesAgo(44));
            if (!check(engine.configureBackend(
                           QStringLiteral("simulated"), config, alice, tr("demo: simulated backend")),
                    error)
                || !check(
                    engine.setPlan(demoPlan(), alice, tr("demo: the article's plan with two gates")), error))
                return false;
        }
        {
            const Timestamps::ScopedOffset clock(minutesAgo(ago.at(0)));
            if (!check(engine.start(alice, tr("demo: change window opened")), error)
                || !waitForHold(engine, 0, error))
                return false;
        }
        for (int step = 1; step < ago.size(); ++step) {
            const Timestamps::ScopedOffset clock(minutesAgo(ago.at(step)));
            if (!check(engine.promote(
                           step == 1 ? bob : alice, tr("demo: error rate and latency within the SLO")),
                    error)
                || !waitForHold(engine, step, error, step + 1 == ago.size()))
                return false;
        }
    }

    IncidentLog log(session->store());
    const QDateTime now = Timestamps::now();
    qint64 first = 0, second = 0;
    // Each entry is recorded a minute or two after it happened, and verified a little later.
    const auto at = [](int minutes) { return Timestamps::ScopedOffset(minutesAgo(minutes)); };
    {
        const auto clock = at(39);
        if (!check(log.add(tr("Bridge call opened; change CHG-4711 approved. (demo)"),
                       IncidentEntry::Severity::Info, alice, now.addSecs(-40 * 60), 0, 0, &first),
                error))
            return false;
    }
    {
        const auto clock = at(37);
        if (!check(log.verify(first, bob), error))
            return false;
    }
    {
        const auto clock = at(6);
        if (!check(
                log.add(tr("New path at 5 %: p95 latency briefly 380 ms, back under 250 ms within a minute. "
                           "(demo)"),
                    IncidentEntry::Severity::Warning, bob, now.addSecs(-7 * 60), 0, 2, &second),
                error))
            return false;
    }
    {
        const auto clock = at(5);
        if (!check(log.verify(second, alice), error))
            return false;
    }
    {
        const auto clock = at(1);
        if (!check(log.add(tr("25 % reached; the partner bank's settlement feed has no data yet, so the lead "
                              "decides on the next step. (demo)"),
                       IncidentEntry::Severity::Info, alice, now.addSecs(-2 * 60), 0, 3),
                error))
            return false;
    }
    return true;
}
