// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSession.h"

#include "CtlNotifications.h"
#include "CtlSupport.h"

#include "checklist/CutoverSession.h"
#include "notify/StepChangePublisher.h"
#include "session/SessionRuntime.h"
#include "store/SessionStore.h"
#include "traffic/CutoverEngine.h"
#include "trust/SessionManifest.h"
#include "trust/SessionTrust.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace {
constexpr int kMetricsReadyTimeoutMs = 15000;
}

CtlSession::~CtlSession()
{
    m_runtime.reset(); // refers to the session: goes first
}

std::unique_ptr<CtlSession> CtlSession::open(const QString &path, const QCommandLineParser &parser, Echo echo,
    Runs runs, CtlSigning::Signer *signer, bool signing)
{
    return openAs(path, &parser, echo, runs, signer, signing);
}

std::unique_ptr<CtlSession> CtlSession::look(const QString &path, Echo echo)
{
    return openAs(path, nullptr, echo, Runs::Backend, nullptr, false);
}

std::unique_ptr<CtlSession> CtlSession::openAs(const QString &path, const QCommandLineParser *parser,
    Echo echo, Runs runs, CtlSigning::Signer *signer, bool signing)
{
    std::unique_ptr<CtlSession> c(new CtlSession);
    // Through CtlSupport: on a team session the role the server logged this process in as acts.
    c->m_session = CtlSupport::openSession(path, SessionStore::Mode::ReadWrite);
    if (!c->m_session)
        return nullptr;
    QString error;
    if (runs == Runs::Backend && !c->m_session->trust()->isTrusted()) {
        CtlSupport::refused(tr("Refused: %1 %2; review it with `cutoverctl trust %3 --show`, then trust it "
                               "with `cutoverctl trust %3`.")
                                .arg(path, SessionManifest::read(c->m_session->store()).wouldRun(), path));
        return nullptr;
    }
    // Before the runtime exists: a refused command has started nothing and written nothing.
    if (parser) {
        if (!CtlSigning::actingPrincipal(
                *parser, c->m_session->signaturePolicy(), &c->m_actor, &error, signer, signing)) {
            CtlSigning::refuseActor(error);
            return nullptr;
        }
    }
    SessionRuntime::Options options;
    options.webhooksFromKeychain = false; // no keychain prompt on the command line
    options.deliverContinuously = false;
    c->m_runtime = std::make_unique<SessionRuntime>(c->m_session.get(), options);
    SessionRuntime *runtime = c->m_runtime.get();
    if (!c->m_actor.isEmpty())
        runtime->setActor(c->m_actor);
    QObject::connect(runtime, &SessionRuntime::problem, runtime, [](const QString &m) {
        CtlSupport::err() << m << '\n' << Qt::flush;
    });
    CutoverEngine *engine = runtime->engine();
    QObject::connect(engine, &CutoverEngine::backendError, engine, [](const QString &m) {
        CtlSupport::err() << tr("BACKEND ERROR: ") << m << '\n' << Qt::flush;
    });
    QObject::connect(engine, &CutoverEngine::warning, engine, [](const QString &m) {
        CtlSupport::err() << tr("WARNING: ") << m << '\n' << Qt::flush;
    });
    if (runtime->publisher())
        QObject::connect(runtime->publisher(), &StepChangePublisher::failed, engine, [](const QString &m) {
            CtlSupport::err() << tr("The step change could not be announced: %1").arg(m) << '\n' << Qt::flush;
        });
    if (echo == Echo::Quiet)
        return c;
    QObject::connect(
        engine, &CutoverEngine::stateChanged, engine, [](CutoverEngine::State s, const QString &reason) {
            CtlSupport::out() << tr("state: %1").arg(CutoverEngine::stateLabel(s))
                              << (reason.isEmpty() ? QString() : QStringLiteral(" — ") + reason) << '\n'
                              << Qt::flush;
        });
    // The engine reports the split on load and again when the backend confirms it: print it once.
    CtlSession *self = c.get();
    QObject::connect(engine, &CutoverEngine::splitChanged, engine, [self](int p) {
        if (p == self->m_printedSplit)
            return;
        self->m_printedSplit = p;
        CtlSupport::out() << tr("split in force: old %1 % | new %2 %").arg(100 - p).arg(p) << '\n'
                          << Qt::flush;
    });
    QObject::connect(engine, &CutoverEngine::measurementRecorded, engine, [](const GateMeasurement &m) {
        CtlSupport::out() << tr("gate %1: %2 — value %3, condition %4 — %5")
                                 .arg(m.gate, GateMeasurement::verdictLabel(m.verdict), m.value, m.condition,
                                     m.reason)
                          << '\n'
                          << Qt::flush;
    });
    return c;
}

CutoverEngine *CtlSession::engine() const
{
    return m_runtime->engine();
}

void CtlSession::load()
{
    m_runtime->load();
}

void CtlSession::start()
{
    QEventLoop loop;
    bool opened = false;
    QObject::connect(engine(), &CutoverEngine::opened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    m_runtime->start();
    if (!opened)
        loop.exec();
    bool ready = false;
    m_runtime->whenMetricsReady(kMetricsReadyTimeoutMs, [&] {
        ready = true;
        loop.quit();
    });
    if (!ready)
        loop.exec();
}

void CtlSession::settle(bool untilPlanStops)
{
    QEventLoop loop;
    CutoverEngine *e = engine();
    auto check = [&]() {
        const CutoverEngine::State s = e->state();
        const bool moving = e->isBusy() || s == CutoverEngine::State::Shifting
            || s == CutoverEngine::State::RollingBack || s == CutoverEngine::State::Gating
            || (untilPlanStops && s == CutoverEngine::State::Holding && !e->holdIsIndefinite());
        if (!moving)
            loop.quit();
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(20);
    check();
    loop.exec();
}

void CtlSession::deliverAnnouncements()
{
    StepChangePublisher *publisher = m_runtime->publisher();
    if (!publisher || publisher->published() == 0)
        return;
    CtlNotifications::reportParkedAsErrors(*m_runtime->outbox(), m_session->store()->path());
    if (!CtlNotifications::deliver(*m_runtime->outbox(), 10))
        CtlSupport::err() << tr(
            "Some notifications are not delivered yet; they stay in the session's outbox.")
                          << '\n';
}
