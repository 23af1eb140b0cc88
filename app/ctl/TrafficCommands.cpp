// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl's traffic commands: choose a backend, set the plan, shift, run the plan with its gates, roll
// back, and show the traffic state. Each runs the engine in the event loop until it settles.
#include "CtlCommand.h"
#include "CtlNotifications.h"

#include "notify/Outbox.h"
#include "notify/StepChangePublisher.h"
#include "store/SessionStore.h"
#include "traffic/CutoverEngine.h"
#include "traffic/TrafficBackendRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficCommands", text);
}

enum Exit { Ok = 0, Failure = 1, Usage = 2, RolledBack = 3, Paused = 4 };

struct Context {
    QTextStream out { stdout };
    QTextStream err { stderr };
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<CutoverEngine> engine;
    // Step changes are announced through the outbox when webhook channels are configured (environment).
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<StepChangePublisher> publisher;
};

// Parses the common shape: SESSION plus the command's options. Returns false (and the exit code) on
// --help or a usage error.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int *exit)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file (*.cutover)."));
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << parser.helpText();
        *exit = Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exit = Ok;
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << tr("Give exactly one session file.") << "\n\n" << parser.helpText();
        *exit = Usage;
        return false;
    }
    return true;
}

// Opens the session and the engine, and reconciles with the backend when one is configured.
bool openEngine(Context &c, const QString &path, bool reconcile, const QString &actor = {})
{
    QString error;
    c.store = SessionStore::open(path, SessionStore::Mode::ReadWrite, &error);
    if (!c.store) {
        c.err << error << '\n';
        return false;
    }
    c.engine = std::make_unique<CutoverEngine>(c.store.get());
    c.engine->setDriftInterval(0);
    QObject::connect(c.engine.get(), &CutoverEngine::backendError, c.engine.get(), [&c](const QString &m) {
        c.err << tr("BACKEND ERROR: ") << m << '\n' << Qt::flush;
    });
    QObject::connect(c.engine.get(), &CutoverEngine::warning, c.engine.get(), [&c](const QString &m) {
        c.err << tr("WARNING: ") << m << '\n' << Qt::flush;
    });
    QObject::connect(c.engine.get(), &CutoverEngine::stateChanged, c.engine.get(),
        [&c](CutoverEngine::State s, const QString &reason) {
            c.out << tr("state: %1").arg(CutoverEngine::stateLabel(s))
                  << (reason.isEmpty() ? QString() : QStringLiteral(" — ") + reason) << '\n'
                  << Qt::flush;
        });
    QObject::connect(c.engine.get(), &CutoverEngine::splitChanged, c.engine.get(), [&c](int p) {
        c.out << tr("split in force: old %1 % | new %2 %").arg(100 - p).arg(p) << '\n' << Qt::flush;
    });
    QObject::connect(
        c.engine.get(), &CutoverEngine::measurementRecorded, c.engine.get(), [&c](const GateMeasurement &m) {
            c.out << tr("gate %1: %2 — value %3, condition %4 — %5")
                         .arg(
                             m.gate, GateMeasurement::verdictLabel(m.verdict), m.value, m.condition, m.reason)
                  << '\n'
                  << Qt::flush;
        });
    // Webhook channels from the environment only (no keychain prompt on the command line): with one,
    // confirmed step changes and rollbacks are written to the outbox and delivered before exiting.
    auto outbox = std::make_unique<Outbox>(c.store.get());
    QStringList problems;
    if (CtlNotifications::endpointsFromEnvironment(*outbox, &problems) > 0)
        c.outbox = std::move(outbox);
    for (const QString &p : std::as_const(problems))
        c.err << p << '\n';
    if (c.outbox) {
        c.publisher = std::make_unique<StepChangePublisher>(c.engine.get(), c.outbox.get());
        if (!actor.isEmpty())
            c.publisher->setActor(actor);
        QObject::connect(
            c.publisher.get(), &StepChangePublisher::failed, c.publisher.get(), [&c](const QString &m) {
                c.err << tr("The step change could not be announced: %1").arg(m) << '\n' << Qt::flush;
            });
    }
    if (!reconcile)
        return true;
    QEventLoop loop;
    QObject::connect(c.engine.get(), &CutoverEngine::opened, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, c.engine.get(), [&c]() { c.engine->open(); });
    loop.exec();
    return true;
}

// Runs the event loop until the engine is no longer moving traffic or running gates.
void settle(Context &c, bool untilPlanStops)
{
    QEventLoop loop;
    auto check = [&]() {
        const CutoverEngine::State s = c.engine->state();
        const bool moving = c.engine->isBusy() || s == CutoverEngine::State::Shifting
            || s == CutoverEngine::State::RollingBack || s == CutoverEngine::State::Gating
            || (untilPlanStops && s == CutoverEngine::State::Holding && !c.engine->holdIsIndefinite());
        if (!moving)
            loop.quit();
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(20);
    check();
    loop.exec();
}

// Delivers the announcements written by this command, for a bounded time; what is left stays pending in
// the session and goes out with the cockpit (or the next command that delivers).
void deliverAnnouncements(Context &c)
{
    if (!c.outbox || !c.publisher || c.publisher->published() == 0)
        return;
    if (!CtlNotifications::deliver(*c.outbox, 10))
        c.err << tr("Some notifications are not delivered yet; they stay in the session's outbox.") << '\n';
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

QString defaultActor()
{
    return qEnvironmentVariable("USER");
}

void printReconcile(Context &c)
{
    const CutoverEngine::Reconcile &r = c.engine->reconcile();
    if (!r.needed)
        return;
    c.out
        << tr("RECONCILE: the session and the backend disagree.") << '\n'
        << tr("  the session intends: %1 % new%2")
               .arg(r.intendedPercent)
               .arg(r.unconfirmedIntent ? tr(" (started, never confirmed)") : QString())
        << '\n'
        << tr("  the backend has:     %1")
               .arg(r.realPercent < 0 ? tr("unknown") : tr("%1 % new").arg(r.realPercent))
        << '\n'
        << tr("  %1").arg(r.detail) << '\n'
        << tr("Decide: `cutoverctl shift SESSION --to %1 --by NAME --reason TEXT` to restore the intent, or "
              "`cutoverctl rollback SESSION --by NAME --reason TEXT`.")
               .arg(r.intendedPercent)
        << '\n';
}

int backendCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("use"), tr("The backend to use (see --list)."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("config"), tr("The backend configuration (a JSON object)."),
        QStringLiteral("CONFIG.json") });
    parser.addOption({ QStringLiteral("check"), tr("Read back the split really in force.") });
    parser.addOption({ QStringLiteral("list"), tr("List the available backends and plugin load errors.") });
    parser.addOption(
        { QStringLiteral("by"), tr("Who makes the change (default: $USER)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    if (args.contains(QLatin1String("--list"))) {
        QTextStream out(stdout);
        const TrafficBackendRegistry &registry = TrafficBackendRegistry::instance();
        for (const BackendInfo &i : registry.backends()) {
            out << i.id.leftJustified(12) << i.name << " (" << i.source << ")\n    " << i.description << '\n';
            for (const BackendConfigField &f : i.fields)
                out << "    " << f.key.leftJustified(18) << f.type.leftJustified(9)
                    << (f.required ? tr("required ") : QStringLiteral("         ")) << f.title << '\n';
        }
        for (const QString &e : registry.loadErrors())
            out << tr("plugin load error: %1").arg(e) << '\n';
        return Ok;
    }
    int exit = Ok;
    if (!parse(
            parser, args, tr("Choose the session's traffic backend, or read back the split it has."), &exit))
        return exit;
    Context c;
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("use"))) {
        if (!parser.isSet(QStringLiteral("config"))) {
            c.err << tr("--use needs --config CONFIG.json.") << '\n';
            return Usage;
        }
        QFile f(parser.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly)) {
            c.err << tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString()) << '\n';
            return Failure;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject()) {
            c.err << tr("%1 is not a JSON object: %2").arg(f.fileName(), pe.errorString()) << '\n';
            return Failure;
        }
        if (!openEngine(c, path, false))
            return Failure;
        const QString by = parser.value(QStringLiteral("by")).isEmpty() ? defaultActor()
                                                                        : parser.value(QStringLiteral("by"));
        const ActionResult r = c.engine->configureBackend(
            parser.value(QStringLiteral("use")), doc.object(), by, parser.value(QStringLiteral("reason")));
        if (!r) {
            c.err << r.error << '\n';
            return Failure;
        }
        c.out << tr("backend: %1").arg(parser.value(QStringLiteral("use"))) << '\n';
    } else if (!parser.isSet(QStringLiteral("check"))) {
        c.err << tr("Give --use ID --config CONFIG.json, --check or --list.") << '\n';
        return Usage;
    } else if (!openEngine(c, path, false)) {
        return Failure;
    }
    if (!parser.isSet(QStringLiteral("check")))
        return Ok;
    c.engine->load(); // the backend from the session; no reconcile, no resume
    QEventLoop loop;
    TrafficResult result = TrafficResult::failure(tr("no answer"));
    QObject::connect(c.engine.get(), &CutoverEngine::splitRead, &loop, [&](const TrafficResult &r) {
        result = r;
        loop.quit();
    });
    if (!c.engine->hasBackend()) {
        c.err << tr("The session has no usable backend.") << '\n';
        return Failure;
    }
    c.engine->checkSplit();
    loop.exec();
    if (!result.ok) {
        c.err << tr("The split cannot be read: %1").arg(result.error) << '\n';
        return Failure;
    }
    c.out << tr("split in force: old %1 % | new %2 %  (%3)")
                 .arg(100 - result.percentNew)
                 .arg(result.percentNew)
                 .arg(result.detail)
          << '\n';
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
    parser.addOption(
        { QStringLiteral("old-health-url"), tr("Checked before every rollback."), QStringLiteral("URL") });
    parser.addOption(
        { QStringLiteral("by"), tr("Who sets the plan (default: $USER)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    int exit = Ok;
    if (!parse(parser, args, tr("Set the session's step plan."), &exit))
        return exit;
    Context c;
    QList<GateDefinition> gates;
    QString error;
    if (parser.isSet(QStringLiteral("gates"))) {
        QFile f(parser.value(QStringLiteral("gates")));
        if (!f.open(QIODevice::ReadOnly)) {
            c.err << tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString()) << '\n';
            return Failure;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            c.err << tr("%1 is not JSON: %2 (at byte %3)").arg(f.fileName(), pe.errorString()).arg(pe.offset)
                  << '\n';
            return Failure;
        }
        gates = GateDefinition::listFromJson(
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &error);
        if (!error.isEmpty()) {
            c.err << f.fileName() << ": " << error << '\n';
            return Failure;
        }
    }
    StepPlan plan = StepPlan::fromPercents(
        parser.value(QStringLiteral("steps")), parser.value(QStringLiteral("hold")), gates, &error);
    if (!error.isEmpty()) {
        c.err << error << '\n';
        return Failure;
    }
    plan.oldHealthUrl = parser.value(QStringLiteral("old-health-url"));
    if (!openEngine(c, parser.positionalArguments().first(), false))
        return Failure;
    c.engine->load();
    const QString by
        = parser.value(QStringLiteral("by")).isEmpty() ? defaultActor() : parser.value(QStringLiteral("by"));
    const ActionResult r = c.engine->setPlan(plan, by, parser.value(QStringLiteral("reason")));
    if (!r) {
        c.err << r.error << '\n';
        return Failure;
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps.at(i);
        c.out << tr("step %1: %2 % new, hold %3, %4 gates")
                     .arg(i + 1)
                     .arg(s.percent)
                     .arg(s.holdSeconds < 0 ? tr("until promoted") : tr("%1 s").arg(s.holdSeconds))
                     .arg(s.gates.size())
              << '\n';
    }
    return Ok;
}

int shiftCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("to"), tr("Percentage to the new path (0..100)."), QStringLiteral("PERCENT") });
    parser.addOption({ QStringLiteral("by"), tr("Who shifts (required)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    int exit = Ok;
    if (!parse(parser, args, tr("Set the split by hand (no gates)."), &exit))
        return exit;
    Context c;
    bool ok = false;
    const int to = parser.value(QStringLiteral("to")).toInt(&ok);
    if (!ok || parser.value(QStringLiteral("by")).isEmpty()) {
        c.err << tr("shift needs --to PERCENT and --by NAME.") << '\n';
        return Usage;
    }
    if (!openEngine(c, parser.positionalArguments().first(), true, parser.value(QStringLiteral("by"))))
        return Failure;
    const ActionResult r
        = c.engine->shiftTo(to, parser.value(QStringLiteral("by")), parser.value(QStringLiteral("reason")));
    if (!r) {
        c.err << r.error << '\n';
        return Failure;
    }
    c.out << tr("intent recorded: %1 % new; calling the backend").arg(to) << '\n' << Qt::flush;
    settle(c, false);
    deliverAnnouncements(c);
    return c.engine->percentInForce() == to ? Ok : Failure;
}

int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("by"), tr("Who runs the plan (required)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    int exit = Ok;
    if (!parse(parser, args,
            tr("Run the plan with its gates. Exit 0 completed, 3 rolled back, 4 paused for a decision."),
            &exit))
        return exit;
    Context c;
    if (parser.value(QStringLiteral("by")).isEmpty()) {
        c.err << tr("run needs --by NAME.") << '\n';
        return Usage;
    }
    if (!openEngine(c, parser.positionalArguments().first(), true, parser.value(QStringLiteral("by"))))
        return Failure;
    if (c.engine->reconcile().needed) {
        printReconcile(c);
        return Paused;
    }
    // A run that was under way when the cockpit stopped resumed in open(): let it finish its step.
    const CutoverEngine::State before = c.engine->state();
    const bool resumed = before == CutoverEngine::State::Shifting || before == CutoverEngine::State::Gating
        || before == CutoverEngine::State::RollingBack
        || (before == CutoverEngine::State::Holding && !c.engine->holdIsIndefinite());
    if (before == CutoverEngine::State::Completed) {
        c.out << tr("The plan is already complete.") << '\n';
        return Ok;
    }
    if (!resumed) {
        const ActionResult r
            = c.engine->start(parser.value(QStringLiteral("by")), parser.value(QStringLiteral("reason")));
        if (!r) {
            c.err << r.error << '\n';
            return Failure;
        }
    }
    settle(c, true);
    deliverAnnouncements(c);
    if (c.engine->state() == CutoverEngine::State::Holding)
        c.out << tr("Holding at %1 % until a person promotes.").arg(c.engine->percentInForce()) << '\n';
    return exitFor(c.engine->state());
}

int rollbackCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("by"), tr("Who rolls back (required)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("reason"), tr("Why (required)."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("ramp-down"), tr("Go back through the earlier steps instead of at once.") });
    int exit = Ok;
    if (!parse(parser, args, tr("Send all traffic to the old path."), &exit))
        return exit;
    Context c;
    if (parser.value(QStringLiteral("by")).isEmpty() || parser.value(QStringLiteral("reason")).isEmpty()) {
        c.err << tr("rollback needs --by NAME and --reason TEXT.") << '\n';
        return Usage;
    }
    if (!openEngine(c, parser.positionalArguments().first(), true, parser.value(QStringLiteral("by"))))
        return Failure;
    const ActionResult r = c.engine->rollback(parser.value(QStringLiteral("by")),
        parser.value(QStringLiteral("reason")), parser.isSet(QStringLiteral("ramp-down")));
    if (!r) {
        c.err << r.error << '\n';
        return Failure;
    }
    settle(c, false);
    deliverAnnouncements(c);
    return c.engine->state() == CutoverEngine::State::RolledBack ? Ok : Failure;
}

int trafficCommand(const QStringList &args)
{
    QCommandLineParser parser;
    int exit = Ok;
    if (!parse(parser, args,
            tr("Show the traffic state: the split (recorded and real), plan, step, gate measurements. "
               "Exit 4 when the session and the backend disagree."),
            &exit))
        return exit;
    Context c;
    if (!openEngine(c, parser.positionalArguments().first(), true))
        return Failure;
    CutoverEngine &e = *c.engine;
    c.out << tr("backend: %1").arg(e.backendId().isEmpty() ? tr("(none)") : e.backendId()) << '\n'
          << tr("state: %1").arg(CutoverEngine::stateLabel(e.state())) << '\n'
          << tr("split recorded: old %1 % | new %2 %").arg(100 - e.percentInForce()).arg(e.percentInForce())
          << '\n';
    for (int i = 0; i < e.plan().steps.size(); ++i)
        c.out << (i == e.stepIndex() ? QStringLiteral("> ") : QStringLiteral("  "))
              << tr("step %1: %2 %").arg(i + 1).arg(e.plan().steps.at(i).percent) << '\n';
    for (const GateMeasurement &m : e.measurements())
        c.out << tr("  [step %1] %2: %3 — %4 (%5)")
                     .arg(m.stepIndex + 1)
                     .arg(m.gate, GateMeasurement::verdictLabel(m.verdict), m.value, m.condition)
              << '\n';
    if (!e.lastBackendError().isEmpty())
        c.out << tr("BACKEND ERROR: %1").arg(e.lastBackendError()) << '\n';
    printReconcile(c);
    return e.reconcile().needed ? Paused : Ok;
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
        { QStringLiteral("shift"), QStringLiteral("set the split by hand (--to PERCENT --by NAME)"),
            shiftCommand },
        { QStringLiteral("run"),
            QStringLiteral("run the plan with its gates (exit 0 done, 3 rolled back, 4 paused)"),
            runCommand },
        { QStringLiteral("rollback"),
            QStringLiteral("send all traffic to the old path (--by NAME --reason TEXT)"), rollbackCommand },
        { QStringLiteral("traffic"), QStringLiteral("show the traffic state and reconcile with the backend"),
            trafficCommand },
    };
}
