// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl log … and cutoverctl serve: the incident log and the stakeholder status page from the shell.
#include "CtlCommand.h"
#include "CtlSupport.h"

#include "checklist/CutoverSession.h"
#include "core/SecretStore.h"
#include "core/Timestamps.h"
#include "incidents/IncidentLog.h"
#include "notify/NotificationChannelSettings.h"
#include "notify/Outbox.h"
#include "notify/WebhookPayload.h"
#include "session/StakeholderFeed.h"
#include "stakeholder/StatusPageServer.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "store/SessionWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LogCommands", text);
}

QTextStream &out()
{
    return CtlSupport::out();
}

QTextStream &err()
{
    return CtlSupport::err();
}

int fail(const QString &message, int code = 1)
{
    err() << message << Qt::endl;
    return code;
}

// Parses; on --help prints and returns 0 via *exitCode; on a usage error prints and sets 2.
bool parse(
    QCommandLineParser &parser, const QStringList &args, int positional, const QString &usage, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *exitCode = fail(parser.errorText() + QStringLiteral("\n") + usage, 2);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = 0;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        *exitCode = fail(tr("Wrong number of arguments.\n%1").arg(usage), 2);
        return false;
    }
    return true;
}

bool requireOptions(
    const QCommandLineParser &parser, const QStringList &names, const QString &usage, int *exitCode)
{
    for (const QString &name : names) {
        if (parser.value(name).trimmed().isEmpty()) {
            *exitCode = fail(tr("--%1 is required.\n%2").arg(name, usage), 2);
            return false;
        }
    }
    return true;
}

bool parseId(const QString &text, qint64 *id, int *exitCode)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = fail(tr("\"%1\" is not a log entry number (a positive whole number).").arg(text), 2);
        return false;
    }
    return true;
}

std::unique_ptr<CutoverSession> openSession(const QString &path, SessionStore::Mode mode, int *exitCode)
{
    QString error;
    auto session = CutoverSession::open(path, mode, &error);
    if (!session)
        *exitCode = fail(error);
    return session;
}

// Looks up the webhook URLs (environment first, keychain with a timeout) for all channels at once.
void configureEndpoints(Outbox &outbox)
{
    SecretStore secrets;
    int pending = int(WebhookPayload::channels().size());
    QEventLoop loop;
    QObject::connect(&secrets, &SecretStore::webhookFound, &loop,
        [&](const QString &channel, const QUrl &url, const QString &) {
            outbox.setEndpoint(channel, url);
            if (--pending == 0)
                loop.quit();
        });
    QObject::connect(&secrets, &SecretStore::webhookMissing, &loop, [&](const QString &, const QString &) {
        if (--pending == 0)
            loop.quit();
    });
    for (const QString &channel : WebhookPayload::channels())
        secrets.lookupWebhook(channel);
    if (pending > 0) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// Tries to deliver what is pending for a bounded time; what is left is delivered by the cockpit that
// has the session open (or the next cutoverctl log verify).
void deliverFor(Outbox &outbox, int seconds)
{
    if (outbox.enabledChannels().isEmpty() || seconds <= 0)
        return;
    auto undelivered = [&outbox] {
        int n = 0;
        for (const OutboxMessage &m : outbox.messages())
            if (m.state != OutboxMessage::State::Sent && outbox.enabledChannels().contains(m.channel))
                ++n;
        return n;
    };
    outbox.start();
    QElapsedTimer clock;
    clock.start();
    while (undelivered() > 0 && clock.elapsed() < seconds * 1000) {
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    outbox.stop();
    const int left = undelivered();
    if (left > 0)
        out() << tr("%1 notification(s) not delivered yet; they stay in the session's outbox and are sent by "
                    "the cockpit that has the session open.")
                     .arg(left)
              << Qt::endl;
}

QJsonObject entryJson(const IncidentEntry &e)
{
    QJsonObject o { { QStringLiteral("id"), e.id },
        { QStringLiteral("kind"), IncidentEntry::kindKey(e.kind) },
        { QStringLiteral("state"), IncidentEntry::stateKey(e.state) },
        { QStringLiteral("severity"), IncidentEntry::severityKey(e.severity) },
        { QStringLiteral("text"), e.text }, { QStringLiteral("author"), e.author },
        { QStringLiteral("occurred_at"), Timestamps::toText(e.occurredAt) },
        { QStringLiteral("recorded_at"), Timestamps::toText(e.recordedAt) },
        { QStringLiteral("verified_by"), e.verifiedBy } };
    if (e.itemId > 0)
        o.insert(QStringLiteral("item"), e.itemId);
    if (e.trafficStep > 0)
        o.insert(QStringLiteral("traffic_step"), e.trafficStep);
    if (e.refersTo > 0)
        o.insert(QStringLiteral("refers_to"), e.refersTo);
    if (e.replacedBy > 0)
        o.insert(QStringLiteral("replaced_by"), e.replacedBy);
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    return o;
}

int logAdd(const QStringList &args)
{
    const QString usage
        = tr("Usage: cutoverctl log add SESSION --text TEXT --by NAME [--severity info|warning|critical] "
             "[--occurred-at ISO8601] [--item ID] [--step N]");
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("text"), tr("What you see."), tr("TEXT") },
        { QStringLiteral("by"), tr("Your name."), tr("NAME") },
        { QStringLiteral("severity"), tr("info, warning or critical (default info)."), tr("SEVERITY"),
            QStringLiteral("info") },
        { QStringLiteral("occurred-at"), tr("When it happened (ISO 8601; default now)."), tr("TIME") },
        { QStringLiteral("item"), tr("Link to a checklist item."), tr("ID") },
        { QStringLiteral("step"), tr("Link to a traffic step (1-based)."), tr("N") } });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    int code = 0;
    if (!parse(p, args, 1, usage, &code)
        || !requireOptions(p, { QStringLiteral("text"), QStringLiteral("by") }, usage, &code))
        return code;
    IncidentEntry::Severity severity;
    if (!IncidentEntry::severityFromKey(p.value(QStringLiteral("severity")), &severity))
        return fail(tr("Unknown severity \"%1\"; use info, warning or critical.")
                        .arg(p.value(QStringLiteral("severity"))),
            2);
    QDateTime occurred;
    if (p.isSet(QStringLiteral("occurred-at"))) {
        occurred = QDateTime::fromString(p.value(QStringLiteral("occurred-at")), Qt::ISODateWithMs);
        if (!occurred.isValid())
            occurred = QDateTime::fromString(p.value(QStringLiteral("occurred-at")), Qt::ISODate);
        if (!occurred.isValid())
            return fail(tr("\"%1\" is not an ISO 8601 time (for example 2026-03-14T02:10:00Z).")
                            .arg(p.value(QStringLiteral("occurred-at"))),
                2);
    }
    qint64 item = 0;
    if (p.isSet(QStringLiteral("item")) && !parseId(p.value(QStringLiteral("item")), &item, &code))
        return code;
    int step = 0;
    if (p.isSet(QStringLiteral("step"))) {
        bool ok = false;
        step = p.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || step <= 0)
            return fail(
                tr("\"%1\" is not a traffic step number (1, 2, …).").arg(p.value(QStringLiteral("step"))), 2);
    }
    auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite, &code);
    if (!session)
        return code;
    IncidentLog log(session->store());
    qint64 id = 0;
    if (ActionResult r = log.add(p.value(QStringLiteral("text")), severity, p.value(QStringLiteral("by")),
            occurred, item, step, &id);
        !r)
        return fail(r.error);
    out() << tr("Entry %1 recorded as a draft. It reaches stakeholders once another person verifies it: "
                "cutoverctl log verify %2 %1 --by NAME")
                 .arg(id)
                 .arg(p.positionalArguments().at(0))
          << Qt::endl;
    return 0;
}

int logVerify(const QStringList &args)
{
    const QString usage = tr("Usage: cutoverctl log verify SESSION ID --by NAME [--send-for SECONDS]");
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("by"), tr("Your name (not the author's)."), tr("NAME") },
        { QStringLiteral("send-for"),
            tr("Try to deliver the notifications for this long (default 10; 0 leaves them to the cockpit)."),
            tr("SECONDS"), QStringLiteral("10") } });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The log entry."));
    int code = 0;
    if (!parse(p, args, 2, usage, &code) || !requireOptions(p, { QStringLiteral("by") }, usage, &code))
        return code;
    qint64 id = 0;
    if (!parseId(p.positionalArguments().at(1), &id, &code))
        return code;
    auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite, &code);
    if (!session)
        return code;
    Outbox outbox(session->store());
    configureEndpoints(outbox);
    IncidentLog log(session->store());
    log.setOutbox(&outbox);
    if (ActionResult r = log.verify(id, p.value(QStringLiteral("by"))); !r)
        return fail(r.error);
    const IncidentEntry e = log.entry(id);
    out() << tr("Entry %1 verified by %2.").arg(id).arg(e.verifiedBy) << Qt::endl;
    if (outbox.enabledChannels().isEmpty())
        out() << tr(
            "No notification channel is configured (set COCKPIT_SLACK_WEBHOOK, COCKPIT_TEAMS_WEBHOOK or "
            "COCKPIT_MATTERMOST_WEBHOOK, or store the URL in the keychain); the status page shows it.")
              << Qt::endl;
    else
        deliverFor(outbox, p.value(QStringLiteral("send-for")).toInt());
    return 0;
}

int logRetractOrCorrect(const QStringList &args, bool correct)
{
    const QString usage = correct
        ? tr("Usage: cutoverctl log correct SESSION ID --by NAME --reason TEXT --text TEXT")
        : tr("Usage: cutoverctl log retract SESSION ID --by NAME --reason TEXT");
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("by"), tr("Your name."), tr("NAME") },
        { QStringLiteral("reason"), tr("Why the entry is wrong."), tr("TEXT") } });
    if (correct)
        p.addOption({ QStringLiteral("text"), tr("The corrected text."), tr("TEXT") });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The log entry."));
    int code = 0;
    QStringList required { QStringLiteral("by"), QStringLiteral("reason") };
    if (correct)
        required << QStringLiteral("text");
    if (!parse(p, args, 2, usage, &code) || !requireOptions(p, required, usage, &code))
        return code;
    qint64 id = 0;
    if (!parseId(p.positionalArguments().at(1), &id, &code))
        return code;
    auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite, &code);
    if (!session)
        return code;
    IncidentLog log(session->store());
    qint64 newId = 0;
    const ActionResult r = correct
        ? log.correct(id, p.value(QStringLiteral("by")), p.value(QStringLiteral("reason")),
            p.value(QStringLiteral("text")), &newId)
        : log.retract(id, p.value(QStringLiteral("by")), p.value(QStringLiteral("reason")), &newId);
    if (!r)
        return fail(r.error);
    out() << (correct
            ? tr("Correction %1 of entry %2 recorded as a draft; it replaces entry %2 once another person "
                 "verifies it.")
            : tr("Retraction %1 of entry %2 recorded as a draft; it withdraws entry %2 once another person "
                 "verifies it."))
                 .arg(newId)
                 .arg(id)
          << Qt::endl;
    return 0;
}

int logList(const QStringList &args)
{
    const QString usage = tr("Usage: cutoverctl log list SESSION [--verified] [--json]");
    QCommandLineParser p;
    p.addOptions(
        { { QStringLiteral("verified"), tr("Only what stakeholders see (verified, not taken back).") },
            { QStringLiteral("json"), tr("JSON instead of a table.") } });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    int code = 0;
    if (!parse(p, args, 1, usage, &code))
        return code;
    auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly, &code);
    if (!session)
        return code;
    IncidentLog log(session->store());
    QList<IncidentEntry> entries;
    for (const IncidentEntry &e : log.entries()) {
        const bool visible = e.kind != IncidentEntry::Kind::Retraction && e.isStakeholderVisible();
        if (!p.isSet(QStringLiteral("verified")) || visible)
            entries << e;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const IncidentEntry &e : entries)
            a.append(entryJson(e));
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (entries.isEmpty()) {
        out() << (p.isSet(QStringLiteral("verified")) ? tr("No verified entries.") : tr("The log is empty."))
              << Qt::endl;
        return 0;
    }
    for (const IncidentEntry &e : entries) {
        QString line = QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(QString::number(e.id).rightJustified(4),
                               IncidentEntry::stateKey(e.state).leftJustified(10),
                               IncidentEntry::severityKey(e.severity).leftJustified(8),
                               e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.text);
        QString who = tr("by %1").arg(e.author);
        if (!e.verifiedBy.isEmpty())
            who += tr(", verified by %1").arg(e.verifiedBy);
        if (e.refersTo > 0)
            who += (e.kind == IncidentEntry::Kind::Retraction ? tr(", retracts %1") : tr(", corrects %1"))
                       .arg(e.refersTo);
        if (e.replacedBy > 0)
            who += tr(", replaced by %1").arg(e.replacedBy);
        out() << line << QStringLiteral("  (") << who << QStringLiteral(")") << Qt::endl;
    }
    return 0;
}

int logOutbox(const QStringList &args)
{
    const QString usage = tr("Usage: cutoverctl log outbox SESSION [--json]");
    QCommandLineParser p;
    p.addOption({ QStringLiteral("json"), tr("JSON instead of a table.") });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    int code = 0;
    if (!parse(p, args, 1, usage, &code))
        return code;
    auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly, &code);
    if (!session)
        return code;
    Outbox outbox(session->store());
    QJsonArray a;
    for (const OutboxMessage &m : outbox.messages()) {
        if (p.isSet(QStringLiteral("json"))) {
            a.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("channel"), m.channel },
                { QStringLiteral("kind"), m.kind }, { QStringLiteral("summary"), m.summary },
                { QStringLiteral("state"), OutboxMessage::stateKey(m.state) },
                { QStringLiteral("attempts"), m.attempts }, { QStringLiteral("last_error"), m.lastError } });
        } else {
            out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(QString::number(m.id).rightJustified(4), m.channel.leftJustified(10),
                             OutboxMessage::stateKey(m.state).leftJustified(7),
                             tr("%1 attempt(s)").arg(m.attempts), m.summary)
                  << (m.lastError.isEmpty() ? QString() : QStringLiteral(" — ") + m.lastError) << Qt::endl;
        }
    }
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    return 0;
}

int logChannels(const QStringList &args)
{
    const QString usage
        = tr("Usage: cutoverctl log channels SESSION [--enable CHANNEL]... [--disable CHANNEL]... "
             "[--by NAME]\nWhich webhook channels this session posts to (slack, teams, mattermost). "
             "The URLs stay in the keychain or the environment.");
    QCommandLineParser p;
    p.addOption({ QStringLiteral("enable"), tr("Post this session's updates to CHANNEL."),
        QStringLiteral("CHANNEL") });
    p.addOption({ QStringLiteral("disable"), tr("Stop posting this session's updates to CHANNEL."),
        QStringLiteral("CHANNEL") });
    p.addOption({ QStringLiteral("by"), tr("Who makes the choice (required to change it)."),
        QStringLiteral("NAME") });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    int code = 0;
    if (!parse(p, args, 1, usage, &code))
        return code;
    const bool change = p.isSet(QStringLiteral("enable")) || p.isSet(QStringLiteral("disable"));
    auto session = openSession(p.positionalArguments().at(0),
        change ? SessionStore::Mode::ReadWrite : SessionStore::Mode::ReadOnly, &code);
    if (!session)
        return code;
    NotificationChannelSettings settings(session->store());
    for (const QString &channel : p.values(QStringLiteral("enable"))) {
        const ActionResult r = settings.setEnabled(channel, true, p.value(QStringLiteral("by")));
        if (!r)
            return fail(r.error);
    }
    for (const QString &channel : p.values(QStringLiteral("disable"))) {
        const ActionResult r = settings.setEnabled(channel, false, p.value(QStringLiteral("by")));
        if (!r)
            return fail(r.error);
    }
    if (!settings.hasChoice())
        out() << tr("No choice made for this session: it posts to every channel that has a webhook URL.")
              << Qt::endl;
    else if (settings.chosenChannels().isEmpty())
        out() << tr("This session posts to no channel.") << Qt::endl;
    else
        out() << tr("This session posts to: %1").arg(settings.chosenChannels().join(QStringLiteral(", ")))
              << Qt::endl;
    return 0;
}

int runLog(const QStringList &args)
{
    const QString usage
        = tr("Usage: cutoverctl log add|verify|retract|correct|list|outbox|channels SESSION …\n"
             "Run `cutoverctl log SUBCOMMAND --help` for its options.");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        (args.size() < 2 ? err() : out()) << usage << Qt::endl;
        return args.size() < 2 ? 2 : 0;
    }
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + QLatin1Char(' ') + args.at(1));
    const QString sub = args.at(1);
    if (sub == QLatin1String("add"))
        return logAdd(rest);
    if (sub == QLatin1String("verify"))
        return logVerify(rest);
    if (sub == QLatin1String("retract"))
        return logRetractOrCorrect(rest, false);
    if (sub == QLatin1String("correct"))
        return logRetractOrCorrect(rest, true);
    if (sub == QLatin1String("list"))
        return logList(rest);
    if (sub == QLatin1String("outbox"))
        return logOutbox(rest);
    if (sub == QLatin1String("channels"))
        return logChannels(rest);
    return fail(tr("Unknown log command \"%1\".\n%2").arg(sub, usage), 2);
}

int runServe(const QStringList &args)
{
    const QString usage
        = tr("Usage: cutoverctl serve SESSION --port N --token TOKEN [--bind ADDR]\n"
             "The token may also come from COCKPIT_STATUS_TOKEN (keeps it out of the process list).");
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("port"), tr("Port to listen on (0 picks a free one)."), tr("N") },
        { QStringLiteral("token"), tr("Access token the page requires (8 characters or more)."),
            tr("TOKEN") },
        { QStringLiteral("bind"), tr("Address to bind (default 127.0.0.1)."), tr("ADDR"),
            QStringLiteral("127.0.0.1") },
        { QStringLiteral("refresh"), tr("Seconds between page refreshes (default 5)."), tr("S"),
            QStringLiteral("5") } });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    int code = 0;
    if (!parse(p, args, 1, usage, &code) || !requireOptions(p, { QStringLiteral("port") }, usage, &code))
        return code;
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(tr("\"%1\" is not a port number (0–65535).").arg(p.value(QStringLiteral("port"))), 2);
    QString token = p.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = qEnvironmentVariable("COCKPIT_STATUS_TOKEN");
    if (token.trimmed().isEmpty())
        return fail(tr("--token is required (or set COCKPIT_STATUS_TOKEN).\n%1").arg(usage), 2);
    const QHostAddress address(p.value(QStringLiteral("bind")));
    if (address.isNull())
        return fail(tr("\"%1\" is not an IP address.").arg(p.value(QStringLiteral("bind"))), 2);

    QString openError;
    auto feed = StakeholderFeed::open(p.positionalArguments().at(0), &openError);
    if (!feed)
        return fail(openError);
    StatusPageServer server;
    server.setRefreshSeconds(std::max(2, p.value(QStringLiteral("refresh")).toInt()));
    server.setSnapshot(feed->builder()->current());
    QObject::connect(
        feed->builder(), &StatusSnapshotBuilder::snapshotChanged, &server, &StatusPageServer::setSnapshot);
    QObject::connect(feed.get(), &StakeholderFeed::followFailed, feed.get(), [](const QString &message) {
        err() << tr("Cannot follow the session: %1").arg(message) << Qt::endl;
    });
    QString error;
    const quint16 bound = server.start(token, quint16(port), address, &error);
    if (bound == 0)
        return fail(error);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    // The token is not printed: whoever started this knows it, and terminals end up in logs.
    out() << tr("Status page of \"%1\" on http://%2:%3/ (open it with ?token=YOUR_TOKEN or send "
                "Authorization: Bearer YOUR_TOKEN). JSON at /api/status. Stop with Ctrl+C.")
                 .arg(feed->session()->info().name, host, QString::number(bound))
          << Qt::endl;
    if (!address.isLoopback())
        err() << tr(
            "Warning: listening on %1, not only on this machine; anyone with the token and network access "
            "can read the page (plain HTTP).")
                     .arg(address.toString())
              << Qt::endl;
    return QCoreApplication::exec();
}

}

QList<CtlCommand> logCommands()
{
    return {
        { QStringLiteral("log"), tr("incident log: add, verify, retract, correct, list, outbox, channels"),
            runLog },
        { QStringLiteral("serve"), tr("serve the read-only stakeholder status page"), runServe },
    };
}
