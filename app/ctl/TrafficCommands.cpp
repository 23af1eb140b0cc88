// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl's traffic commands: choose a backend, set the plan, shift, run the plan with its gates, roll
// back, reconcile with the backend, and show the traffic state. Commands that drive traffic take the
// session's traffic lease (one controller per session); `traffic` only looks. Each opens the session through
// the composition root (CtlSession), so the engine has the session's metric source as in the GUI, and runs
// the event loop until it settles.
#include "CtlCommand.h"
#include "CtlSession.h"
#include "CtlSigning.h"
#include "CtlSupport.h"
#include "InterruptNotifier.h"

#include "traffic/CutoverEngine.h"
#include "traffic/TrafficBackendRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficCommands", text);
}

enum Exit { Ok = 0, Failure = 1, Usage = 2, RolledBack = 3, Paused = 4 };

QTextStream &out()
{
    return CtlSupport::out();
}

// The common shape: SESSION plus the command's options, parsed by the shared parser.
int parse(
    QCommandLineParser &parser, const QStringList &args, const QString &description, const QString &syntax)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file (*.cutover)."));
    return CtlSupport::parse(parser, args, syntax, 1, 1);
}

int failure(const QString &message)
{
    return CtlSupport::refused(message);
}

int exitFor(CutoverEngine::State s)
{
    switch (s) {
    case CutoverEngine::State::Completed:
        return Ok;
    case CutoverEngine::State::RolledBack:
        return RolledBack;
    case CutoverEngine::State::Paused:
    case CutoverEngine::State::Holding:
        return Paused;
    default:
        return Failure;
    }
}

// --take-over --reason TEXT, for every command that drives traffic.
void addTakeOver(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("take-over"),
        tr("Take the traffic over from the cockpit that controls it now (needs --reason; recorded in the "
           "audit trail). A controller whose process is gone or whose heartbeat stopped is taken over "
           "without it.") });
}

// Takes the lease over when asked; false (and the reason printed) when that is refused.
bool takeOverIfAsked(const QCommandLineParser &parser, CutoverEngine *engine, const QString &by)
{
    if (!parser.isSet(QStringLiteral("take-over")))
        return true;
    const ActionResult r = engine->takeOver(by, parser.value(QStringLiteral("reason")));
    if (!r) {
        failure(r.error);
        return false;
    }
    return true;
}

QString session(const QCommandLineParser &parser)
{
    return parser.positionalArguments().value(0);
}

// What the session and the backend disagree on, and the advice (never a change of its own).
void printReconcile(const CutoverEngine &e, const QString &path)
{
    const CutoverEngine::Reconcile &r = e.reconcile();
    if (r.interrupted)
        out() << tr("INTERRUPTED: the plan was %1 when the cockpit stopped; nothing goes on until a person "
                    "decides.")
                     .arg(CutoverEngine::stateLabel(CutoverEngine::stateFromKey(r.interruptedState)))
              << '\n';
    if (!r.needed) {
        out().flush();
        return;
    }
    out() << tr("RECONCILE: the session and the backend disagree.") << '\n'
          << tr("  the session intends: %1 % new%2")
                 .arg(r.intendedPercent)
                 .arg(r.unconfirmedIntent ? tr(" (started, never confirmed)") : QString())
          << '\n'
          << tr("  the backend has:     %1")
                 .arg(r.realPercent < 0 ? tr("unknown") : tr("%1 % new").arg(r.realPercent))
          << '\n'
          << tr("  %1").arg(r.detail) << '\n'
          << e.advice(path) << '\n'
          << Qt::flush;
}

QJsonValue controllerJson(const TrafficLease::Holder &h)
{
    if (h.isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("holder"), h.holder }, { QStringLiteral("host"), h.host },
        { QStringLiteral("pid"), h.pid }, { QStringLiteral("since"), h.since.toString(Qt::ISODateWithMs) },
        { QStringLiteral("heartbeat"), h.heartbeat.toString(Qt::ISODateWithMs) },
        { QStringLiteral("heartbeat_age_s"), h.heartbeatAgeSeconds() },
        { QStringLiteral("expiry_s"), TrafficLease::expirySeconds() },
        { QStringLiteral("alive"), !h.isDead() }, { QStringLiteral("text"), h.describe() } };
}

int printBackends()
{
    const TrafficBackendRegistry &registry = TrafficBackendRegistry::instance();
    for (const BackendInfo &i : registry.backends()) {
        out() << i.id.leftJustified(12) << i.name << " (" << i.source << ")\n    " << i.description << '\n';
        for (const BackendConfigField &f : i.fields)
            out() << "    " << f.key.leftJustified(18) << f.type.leftJustified(9)
                  << (f.required ? tr("required ") : QStringLiteral("         ")) << f.title << '\n';
    }
    for (const QString &e : registry.loadErrors())
        out() << tr("plugin load error: %1").arg(e) << '\n';
    out().flush();
    return Ok;
}

// Reads a JSON file; an empty document (and the reason printed) when it cannot be read or parsed.
bool readJson(const QString &path, QJsonDocument *doc)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        failure(tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString()));
        return false;
    }
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        failure(tr("%1 is not JSON: %2 (at byte %3)").arg(f.fileName(), pe.errorString()).arg(pe.offset));
        return false;
    }
    return true;
}

int backendCommand(const QStringList &args)
{
    if (args.contains(QLatin1String("--list")))
        return printBackends();
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("use"), tr("The backend to use (see --list)."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("config"), tr("The backend configuration (a JSON object)."),
        QStringLiteral("CONFIG.json") });
    parser.addOption({ QStringLiteral("check"), tr("Read back the split really in force.") });
    parser.addOption({ QStringLiteral("list"), tr("List the available backends and plugin load errors.") });
    parser.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(parser); // who acts, proven by the key where the session requires it
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    if (const int rc
        = parse(parser, args, tr("Choose the session's traffic backend, or read back the split it has."),
            QStringLiteral("cutoverctl backend SESSION --use ID --config CONFIG.json | --check | --list"));
        rc != CtlSupport::Continue)
        return rc;
    const QString command = args.value(0);
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<CtlSession> c;
    if (parser.isSet(QStringLiteral("use"))) {
        if (!parser.isSet(QStringLiteral("config")))
            return CtlSupport::usageError(command, tr("--use needs --config CONFIG.json."));
        QJsonDocument doc;
        if (!readJson(parser.value(QStringLiteral("config")), &doc))
            return Failure;
        if (!doc.isObject())
            return failure(tr("%1 is not a JSON object.").arg(parser.value(QStringLiteral("config"))));
        c = CtlSession::open(path, parser, CtlSession::Echo::Quiet,
            parser.isSet(QStringLiteral("check")) ? CtlSession::Runs::Backend : CtlSession::Runs::Nothing);
        if (!c)
            return Failure;
        const ActionResult r = c->engine()->configureBackend(parser.value(QStringLiteral("use")),
            doc.object(), c->actor(), parser.value(QStringLiteral("reason")));
        if (!r)
            return failure(r.error);
        out() << tr("backend: %1").arg(parser.value(QStringLiteral("use"))) << '\n' << Qt::flush;
    } else if (!parser.isSet(QStringLiteral("check"))) {
        return CtlSupport::usageError(command, tr("Give --use ID --config CONFIG.json, --check or --list."));
    } else {
        c = CtlSession::look(path, CtlSession::Echo::Quiet); // reading the split back is a look
        if (!c)
            return Failure;
    }
    if (!parser.isSet(QStringLiteral("check")))
        return Ok;
    c->load(); // the backend from the session; no reconcile, no resume
    CutoverEngine *engine = c->engine();
    if (!engine->hasBackend())
        return failure(tr("The session has no usable backend."));
    QEventLoop loop;
    TrafficResult result = TrafficResult::failure(tr("no answer"));
    QObject::connect(engine, &CutoverEngine::splitRead, &loop, [&](const TrafficResult &r) {
        result = r;
        loop.quit();
    });
    out() << tr("split recorded: old %1 % | new %2 %")
                 .arg(100 - engine->percentInForce())
                 .arg(engine->percentInForce())
          << '\n'
          << Qt::flush;
    engine->checkSplit();
    loop.exec();
    if (!result.ok)
        return failure(tr("The split cannot be read: %1").arg(result.error));
    out() << tr("split in force: old %1 % | new %2 %  (%3)")
                 .arg(100 - result.percentNew)
                 .arg(result.percentNew)
                 .arg(result.detail)
          << '\n'
          << Qt::flush;
    return Ok;
}

int planCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("steps"), tr("Percentages to the new path, rising (default 1,5,25,100)."),
            QStringLiteral("LIST"), QStringLiteral("1,5,25,100") });
    parser.addOption({ QStringLiteral("hold"), tr("Hold after each step: 30s, 5m, 2h or until-promoted."),
        QStringLiteral("DURATION"), QStringLiteral("until-promoted") });
    parser.addOption({ QStringLiteral("gates"), tr("Gate definitions (a JSON array) run after every step."),
        QStringLiteral("GATES.json") });
    parser.addOption({ QStringLiteral("plan"),
        tr("A whole plan (JSON: steps with their own hold and gates, as below) instead of --steps, --hold "
           "and --gates."),
        QStringLiteral("PLAN.json") });
    parser.addOption(
        { QStringLiteral("old-health-url"), tr("Checked before every rollback."), QStringLiteral("URL") });
    parser.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(parser); // who acts, proven by the key where the session requires it
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    if (const int rc = parse(parser, args,
            tr("Set the session's step plan.") + QStringLiteral("\n\n") + StepPlan::formatHelp(),
            QStringLiteral("cutoverctl plan SESSION [--steps LIST] [--hold DURATION] [--gates GATES.json] "
                           "[--plan PLAN.json]"));
        rc != CtlSupport::Continue)
        return rc;
    QList<GateDefinition> gates;
    QString error;
    StepPlan plan;
    if (parser.isSet(QStringLiteral("plan"))) {
        for (const char *other : { "steps", "hold", "gates" }) {
            if (parser.isSet(QLatin1String(other)))
                return CtlSupport::usageError(
                    args.value(0), tr("--plan and --%1 exclude each other").arg(QLatin1String(other)));
        }
        QJsonDocument doc;
        if (!readJson(parser.value(QStringLiteral("plan")), &doc))
            return Failure;
        if (!doc.isObject())
            return failure(tr("%1: a plan is a JSON object {\"steps\": [...]}")
                               .arg(parser.value(QStringLiteral("plan"))));
        plan = StepPlan::fromJson(doc.object(), &error);
        if (!error.isEmpty())
            return failure(parser.value(QStringLiteral("plan")) + QStringLiteral(": ") + error);
    } else if (parser.isSet(QStringLiteral("gates"))) {
        QJsonDocument doc;
        if (!readJson(parser.value(QStringLiteral("gates")), &doc))
            return Failure;
        gates = GateDefinition::listFromJson(
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &error);
        if (!error.isEmpty())
            return failure(parser.value(QStringLiteral("gates")) + QStringLiteral(": ") + error);
    }
    if (!parser.isSet(QStringLiteral("plan"))) {
        plan = StepPlan::fromPercents(
            parser.value(QStringLiteral("steps")), parser.value(QStringLiteral("hold")), gates, &error);
        if (!error.isEmpty())
            return failure(error);
    }
    if (parser.isSet(QStringLiteral("old-health-url")))
        plan.oldHealthUrl = parser.value(QStringLiteral("old-health-url"));
    auto c = CtlSession::open(
        parser.positionalArguments().first(), parser, CtlSession::Echo::Quiet, CtlSession::Runs::Nothing);
    if (!c)
        return Failure;
    c->load();
    const ActionResult r = c->engine()->setPlan(plan, c->actor(), parser.value(QStringLiteral("reason")));
    if (!r)
        return failure(r.error);
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps.at(i);
        out() << tr("step %1: %2 % new, hold %3, %4 gates")
                     .arg(i + 1)
                     .arg(s.percent)
                     .arg(s.holdSeconds < 0 ? tr("until promoted") : tr("%1 s").arg(s.holdSeconds))
                     .arg(s.gates.size())
              << '\n';
    }
    out().flush();
    return Ok;
}

int shiftCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("to"), tr("Percentage to the new path (0..100)."), QStringLiteral("PERCENT") });
    parser.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(parser); // who acts, proven by the key where the session requires it
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    addTakeOver(parser);
    if (const int rc = parse(parser, args, tr("Set the split by hand (no gates)."),
            QStringLiteral("cutoverctl shift SESSION --to PERCENT [--reason TEXT] [--take-over]"));
        rc != CtlSupport::Continue)
        return rc;
    bool ok = false;
    const int to = parser.value(QStringLiteral("to")).toInt(&ok);
    if (!ok)
        return CtlSupport::usageError(args.value(0), tr("shift needs --to PERCENT."));
    auto c = CtlSession::open(parser.positionalArguments().first(), parser);
    if (!c)
        return Failure;
    const QString by = c->actor();
    c->start();
    if (!takeOverIfAsked(parser, c->engine(), by))
        return Failure;
    const ActionResult r = c->engine()->shiftTo(to, by, parser.value(QStringLiteral("reason")));
    if (!r)
        return failure(r.error);
    out() << tr("intent recorded: %1 % new; calling the backend").arg(to) << '\n' << Qt::flush;
    c->settle(false);
    c->deliverAnnouncements();
    return c->engine()->percentInForce() == to ? Ok : Failure;
}

int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(parser); // who acts, proven by the key where the session requires it
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    addTakeOver(parser);
    if (const int rc = parse(parser, args,
            tr("Run the plan with its gates. Exit 0 completed, 3 rolled back, 4 paused for a decision. A "
               "plan that was interrupted goes on at the first step not confirmed, after measuring the "
               "gates of the step in force again."),
            QStringLiteral("cutoverctl run SESSION [--reason TEXT] [--take-over]"));
        rc != CtlSupport::Continue)
        return rc;
    auto c = CtlSession::open(parser.positionalArguments().first(), parser);
    if (!c)
        return Failure;
    const QString by = c->actor();
    c->start();
    CutoverEngine *engine = c->engine();
    if (engine->reconcile().needed) {
        printReconcile(*engine, session(parser));
        return Paused;
    }
    if (engine->state() == CutoverEngine::State::Completed) {
        out() << tr("The plan is already complete.") << '\n' << Qt::flush;
        return Ok;
    }
    if (!takeOverIfAsked(parser, engine, by))
        return Failure;
    // Opening never resumes: this command is the person's decision to go on.
    const ActionResult r = engine->start(by, parser.value(QStringLiteral("reason")));
    if (!r)
        return failure(r.error);
    // Ctrl+C or a TERM signal holds the plan where it stands instead of leaving traffic undriven.
    InterruptNotifier interrupts;
    QString interruptedBy;
    QTimer stopWhenIdle;
    stopWhenIdle.setInterval(50);
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, engine, [&](const QString &signal) {
        if (!interruptedBy.isEmpty()) {
            CtlSupport::err() << tr(
                "%1 again: still waiting for the backend call under way to answer (at most %2 s).")
                                     .arg(signal)
                                     .arg(15)
                              << '\n'
                              << Qt::flush;
            return;
        }
        interruptedBy = signal;
        CtlSupport::err() << tr("%1: holding the plan where it stands…").arg(signal) << '\n' << Qt::flush;
        stopWhenIdle.start();
    });
    QObject::connect(&stopWhenIdle, &QTimer::timeout, engine, [&]() {
        if (engine->isBusy())
            return; // the intent is written; the call under way answers (or times out) first
        stopWhenIdle.stop();
        const ActionResult r
            = engine->interrupt(by, tr("cutoverctl run interrupted by %1").arg(interruptedBy));
        if (!r)
            CtlSupport::err() << r.error << '\n' << Qt::flush;
    });
    c->settle(true);
    if (!interruptedBy.isEmpty()) {
        const QString session = parser.positionalArguments().first();
        out() << tr("Stopped by %1. In force now: old %2 % | new %3 % (step %4 of %5), recorded in the "
                    "session with the reason.")
                     .arg(interruptedBy)
                     .arg(100 - engine->percentInForce())
                     .arg(engine->percentInForce())
                     .arg(engine->stepIndex() + 1)
                     .arg(engine->plan().steps.size())
              << '\n'
              << tr("  to go on (this step's gates are measured again first): cutoverctl run %1").arg(session)
              << '\n'
              << tr("  to roll back: cutoverctl rollback %1 --reason TEXT").arg(session) << '\n'
              << Qt::flush;
        c->deliverAnnouncements();
        return interruptedBy == QLatin1String("SIGTERM") ? 143 : 130;
    }
    c->deliverAnnouncements();
    if (engine->state() == CutoverEngine::State::Holding)
        out() << tr("Holding at %1 % until a person promotes.").arg(engine->percentInForce()) << '\n'
              << Qt::flush;
    return exitFor(engine->state());
}

int rollbackCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(parser); // who acts, proven by the key where the session requires it
    parser.addOption({ QStringLiteral("reason"), tr("Why (required)."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("ramp-down"), tr("Go back through the earlier steps instead of at once.") });
    addTakeOver(parser);
    if (const int rc = parse(parser, args, tr("Send all traffic to the old path."),
            QStringLiteral("cutoverctl rollback SESSION --reason TEXT [--ramp-down] [--take-over]"));
        rc != CtlSupport::Continue)
        return rc;
    if (parser.value(QStringLiteral("reason")).isEmpty())
        return CtlSupport::usageError(args.value(0), tr("rollback needs --reason TEXT."));
    auto c = CtlSession::open(parser.positionalArguments().first(), parser);
    if (!c)
        return Failure;
    const QString by = c->actor();
    c->start();
    if (!takeOverIfAsked(parser, c->engine(), by))
        return Failure;
    const ActionResult r = c->engine()->rollback(
        by, parser.value(QStringLiteral("reason")), parser.isSet(QStringLiteral("ramp-down")));
    if (!r)
        return failure(r.error);
    c->settle(false);
    c->deliverAnnouncements();
    return c->engine()->state() == CutoverEngine::State::RolledBack ? Ok : Failure;
}

int reconcileCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(parser); // who acts, proven by the key where the session requires it
    parser.addOption({ QStringLiteral("reason"), tr("Why (required)."), QStringLiteral("TEXT") });
    addTakeOver(parser);
    if (const int rc = parse(parser, args,
            tr("Reconcile the session with the backend after an interruption: reads the split back and "
               "records what it finds. An unanswered intent the backend has is confirmed; one it has not is "
               "recorded as not applied; any other difference is recorded as a disagreement, with advice. "
               "Applies no split, starts no step, runs no gate. An interrupted plan ends paused (rolled back "
               "after an interrupted rollback when 0 % is in force). Exit 0 the session and the backend "
               "agree now, 4 they disagree (recorded; see the advice), 1 the backend cannot be read or "
               "another cockpit controls the session."),
            QStringLiteral("cutoverctl reconcile SESSION --reason TEXT [--take-over]"));
        rc != CtlSupport::Continue)
        return rc;
    if (parser.value(QStringLiteral("reason")).isEmpty())
        return CtlSupport::usageError(args.value(0), tr("reconcile needs --reason TEXT."));
    auto c = CtlSession::open(session(parser), parser, CtlSession::Echo::Quiet);
    if (!c)
        return Failure;
    const QString by = c->actor();
    c->load(); // the record only: the reconcile below reads the backend once
    CutoverEngine &e = *c->engine();
    if (!e.hasBackend())
        return failure(tr("The session has no usable backend."));
    if (!takeOverIfAsked(parser, &e, by))
        return Failure;
    QEventLoop loop;
    QObject::connect(&e, &CutoverEngine::reconciled, &loop, &QEventLoop::quit);
    const ActionResult r = e.reconcileWithBackend(by, parser.value(QStringLiteral("reason")));
    if (!r)
        return failure(r.error);
    loop.exec();
    const CutoverEngine::Reconcile &rec = e.reconcile();
    out() << tr("state: %1").arg(CutoverEngine::stateLabel(e.state())) << '\n'
          << tr("split in force (confirmed): old %1 % | new %2 %")
                 .arg(100 - e.percentInForce())
                 .arg(e.percentInForce())
          << '\n';
    if (rec.realPercent >= 0)
        out()
            << tr("split read back now: old %1 % | new %2 %").arg(100 - rec.realPercent).arg(rec.realPercent)
            << '\n';
    out().flush();
    printReconcile(e, session(parser));
    if (rec.realPercent < 0)
        return Failure;
    return rec.needed ? Paused : Ok;
}

int trafficCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("json"),
        tr("Print one JSON object: state, step (1-based, 0 when none), intended_percent, backend_percent "
           "(read back now; null when it cannot be read or there is no backend), agrees, advice (empty "
           "when agrees), controller (the traffic lease, or null), interrupted, backend.") });
    if (const int rc = parse(parser, args,
            tr("Show the traffic state: the split (recorded and real), plan, step, gate measurements and "
               "who controls the traffic. Only looks: reads the backend's split, but never applies one, "
               "confirms an intent, starts a step or runs a gate (see `cutoverctl reconcile`). Exit 4 when "
               "the session and the backend disagree."),
            QStringLiteral("cutoverctl traffic SESSION [--json]"));
        rc != CtlSupport::Continue)
        return rc;
    auto c = CtlSession::look(session(parser), CtlSession::Echo::Quiet);
    if (!c)
        return Failure;
    c->load();
    CutoverEngine &e = *c->engine();
    {
        QEventLoop loop;
        QObject::connect(&e, &CutoverEngine::inspected, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &e, [&e]() { e.inspect(); });
        loop.exec();
    }
    const CutoverEngine::Reconcile &r = e.reconcile();
    const int intended = e.hasBackend() ? r.intendedPercent : e.percentInForce();
    const bool agrees = !r.needed;
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o { { QStringLiteral("state"), CutoverEngine::stateKey(e.state()) },
            { QStringLiteral("step"), qMax(0, e.stepIndex() + 1) },
            { QStringLiteral("intended_percent"), intended },
            { QStringLiteral("backend_percent"),
                e.hasBackend() && r.realPercent >= 0 ? QJsonValue(r.realPercent)
                                                     : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("confirmed_percent"), e.percentInForce() }, { QStringLiteral("agrees"), agrees },
            { QStringLiteral("advice"), e.advice(session(parser)) },
            { QStringLiteral("controller"), controllerJson(e.controller()) },
            { QStringLiteral("interrupted"), r.interrupted }, { QStringLiteral("backend"), e.backendId() } };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n' << Qt::flush;
        return agrees ? Ok : Paused;
    }
    out() << tr("backend: %1").arg(e.backendId().isEmpty() ? tr("(none)") : e.backendId()) << '\n'
          << tr("state: %1").arg(CutoverEngine::stateLabel(e.state())) << '\n'
          << tr("controlled by: %1")
                 .arg(e.controller().isNull()
                         ? tr("nobody (no cockpit drives the traffic now)")
                         : tr("%1 (%2)").arg(e.controller().describe(), e.controller().describeLiveness()))
          << '\n'
          << tr("split recorded: old %1 % | new %2 %").arg(100 - e.percentInForce()).arg(e.percentInForce())
          << '\n';
    if (e.hasBackend() && r.realPercent >= 0)
        out() << tr("split read back now: old %1 % | new %2 %").arg(100 - r.realPercent).arg(r.realPercent)
              << '\n';
    for (int i = 0; i < e.plan().steps.size(); ++i)
        out() << (i == e.stepIndex() ? QStringLiteral("> ") : QStringLiteral("  "))
              << tr("step %1: %2 %").arg(i + 1).arg(e.plan().steps.at(i).percent) << '\n';
    for (const GateMeasurement &m : e.measurements())
        out() << tr("  [step %1] %2: %3 — %4 (%5)")
                     .arg(m.stepIndex + 1)
                     .arg(m.gate, GateMeasurement::verdictLabel(m.verdict), m.value, m.condition)
              << (m.reason.isEmpty() ? QString() : QStringLiteral(" — ") + m.reason) << '\n';
    if (!e.lastBackendError().isEmpty())
        out() << tr("BACKEND ERROR: %1").arg(e.lastBackendError()) << '\n';
    out().flush();
    printReconcile(e, session(parser));
    return agrees ? Ok : Paused;
}

}

QList<CtlCommand> trafficCommands()
{
    return {
        { QStringLiteral("backend"),
            QStringLiteral("choose the traffic backend (--use ID --config FILE), --check the split, --list"),
            backendCommand },
        { QStringLiteral("plan"),
            QStringLiteral("set the step plan (--steps 1,5,25,100 --hold 30s --gates FILE)"), planCommand },
        { QStringLiteral("shift"), QStringLiteral("set the split by hand (--to PERCENT)"), shiftCommand },
        { QStringLiteral("run"),
            QStringLiteral("run the plan with its gates (exit 0 done, 3 rolled back, 4 paused)"),
            runCommand },
        { QStringLiteral("rollback"), QStringLiteral("send all traffic to the old path (--reason TEXT)"),
            rollbackCommand },
        { QStringLiteral("reconcile"),
            QStringLiteral("after an interruption: confirm or record what the backend has (--reason TEXT)"),
            reconcileCommand },
        { QStringLiteral("traffic"),
            QStringLiteral("show the traffic state, the read-back and who controls it (changes nothing)"),
            trafficCommand },
    };
}
