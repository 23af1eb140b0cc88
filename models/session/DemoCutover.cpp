// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DemoCutover.h"

#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "incidents/IncidentLog.h"
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

// Waits until the engine holds the given step; false when it stopped elsewhere or took too long.
bool waitForHold(CutoverEngine &engine, int stepIndex, QString *error)
{
    const auto held
        = [&] { return engine.state() == CutoverEngine::State::Holding && engine.stepIndex() == stepIndex; };
    if (held())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &CutoverEngine::stateChanged, &loop, [&] {
        if (held() || engine.state() == CutoverEngine::State::Paused
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
        CutoverEngine engine(session->store());
        engine.setDriftInterval(0);
        const QJsonObject config { { QStringLiteral("latency_ms"), 20 },
            { QStringLiteral("state_file"),
                QDir(directory).filePath(QStringLiteral("simulated-backend.json")) } };
        if (!check(engine.configureBackend(
                       QStringLiteral("simulated"), config, alice, tr("demo: simulated backend")),
                error)
            || !check(engine.setPlan(StepPlan::defaultPlan(), alice, tr("demo: default plan")), error)
            || !check(engine.start(alice, tr("demo: change window opened")), error)
            || !waitForHold(engine, 0, error))
            return false;
        for (int step = 1; engine.percentInForce() < demoPercent(); ++step) {
            if (!check(engine.promote(
                           step == 1 ? bob : alice, tr("demo: error rate and latency within the SLO")),
                    error)
                || !waitForHold(engine, step, error))
                return false;
        }
    }

    IncidentLog log(session->store());
    const QDateTime now = Timestamps::now();
    qint64 first = 0, second = 0;
    if (!check(log.add(tr("Bridge call opened; change CHG-4711 approved. (demo)"),
                   IncidentEntry::Severity::Info, alice, now.addSecs(-40 * 60), 0, 0, &first),
            error)
        || !check(log.verify(first, bob), error)
        || !check(
            log.add(
                tr("New path at 5 %: p95 latency briefly 380 ms, back under 250 ms within a minute. (demo)"),
                IncidentEntry::Severity::Warning, bob, now.addSecs(-7 * 60), 0, 2, &second),
            error)
        || !check(log.verify(second, alice), error)
        || !check(log.add(tr("25 % reached; partner bank reports normal settlement times. (demo)"),
                      IncidentEntry::Severity::Info, alice, now.addSecs(-60), 0, 3),
            error))
        return false;
    return true;
}
