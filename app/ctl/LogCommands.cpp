// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCommands.h"

#include "CtlNotifications.h"
#include "CtlSigning.h"
#include "CtlSupport.h"
#include "SubcommandDispatch.h"

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

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace {

// A log entry's number; false (and a usage message printed) for anything but a positive number.
bool parseEntryId(const QString &command, const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        CtlSupport::usageError(command,
            LogCommands::tr("\"%1\" is not a log entry number (a positive whole number).").arg(text));
        return false;
    }
    return true;
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

}

QList<CtlCommand> logCommands()
{
    return LogCommands::commands();
}

QList<CtlCommand> LogCommands::commands()
{
    return {
        { QStringLiteral("log"), tr("incident log: add, verify, retract, correct, list, outbox, channels"),
            &runLog },
        { QStringLiteral("serve"), tr("serve the read-only stakeholder status page"), &runServe },
    };
}

int LogCommands::runLog(const QStringList &args)
{
    return SubcommandDispatch::run(args,
        {
            { QStringLiteral("add"), tr("record a draft entry"), &runAdd },
            { QStringLiteral("verify"), tr("verify another person's entry (it reaches stakeholders)"),
                &runVerify },
            { QStringLiteral("retract"), tr("take an entry back (a new draft entry)"),
                [](const QStringList &a) { return runRetractOrCorrect(a, false); } },
            { QStringLiteral("correct"), tr("replace an entry by a corrected one (a new draft entry)"),
                [](const QStringList &a) { return runRetractOrCorrect(a, true); } },
            { QStringLiteral("list"), tr("show the log"), &runList },
            { QStringLiteral("outbox"), tr("show the notifications and their delivery"), &runOutbox },
            { QStringLiteral("channels"), tr("choose the webhook channels this session posts to"),
                &runChannels },
        });
}

int LogCommands::runAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("text"), tr("What you see."), tr("TEXT") }, CtlSupport::byOption(),
        { QStringLiteral("severity"), tr("info, warning or critical (default info)."), tr("SEVERITY"),
            QStringLiteral("info") },
        { QStringLiteral("occurred-at"), tr("When it happened (ISO 8601; default now)."), tr("TIME") },
        { QStringLiteral("item"), tr("Link to a checklist item."), tr("ID") },
        { QStringLiteral("step"), tr("Link to a traffic step (1-based)."), tr("N") } });
    CtlSigning::addOptions(p); // in a session that requires signatures the author is the key's principal
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl log add SESSION --text TEXT [--severity info|warning|critical] "
                           "[--occurred-at ISO8601] [--item ID] [--step N]"),
            1, 1, { QStringLiteral("text") });
        rc != CtlSupport::Continue)
        return rc;
    IncidentEntry::Severity severity;
    if (!IncidentEntry::severityFromKey(p.value(QStringLiteral("severity")), &severity))
        return CtlSupport::usageError(command,
            tr("Unknown severity \"%1\"; use info, warning or critical.")
                .arg(p.value(QStringLiteral("severity"))));
    QDateTime occurred;
    if (p.isSet(QStringLiteral("occurred-at"))) {
        occurred = QDateTime::fromString(p.value(QStringLiteral("occurred-at")), Qt::ISODateWithMs);
        if (!occurred.isValid())
            occurred = QDateTime::fromString(p.value(QStringLiteral("occurred-at")), Qt::ISODate);
        if (!occurred.isValid())
            return CtlSupport::usageError(command,
                tr("\"%1\" is not an ISO 8601 time (for example 2026-03-14T02:10:00Z).")
                    .arg(p.value(QStringLiteral("occurred-at"))));
    }
    qint64 item = 0;
    if (p.isSet(QStringLiteral("item"))
        && !CtlSupport::parseItemId(command, p.value(QStringLiteral("item")), &item))
        return CtlSupport::UsageError;
    int step = 0;
    if (p.isSet(QStringLiteral("step"))) {
        bool ok = false;
        step = p.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || step <= 0)
            return CtlSupport::usageError(command,
                tr("\"%1\" is not a traffic step number (1, 2, …).").arg(p.value(QStringLiteral("step"))));
    }
    QString author;
    auto session = CtlSigning::openToChange(p, p.positionalArguments().at(0), &author);
    if (!session)
        return CtlSupport::Refused;
    IncidentLog log(session->store());
    qint64 id = 0;
    if (ActionResult r
        = log.add(p.value(QStringLiteral("text")), severity, author, occurred, item, step, &id);
        !r)
        return CtlSupport::refused(r.error);
    CtlSupport::print(
        tr("Entry %1 recorded as a draft. It reaches stakeholders once another person verifies it: "
           "cutoverctl log verify %2 %1\n")
            .arg(id)
            .arg(p.positionalArguments().at(0)));
    return CtlSupport::Success;
}

int LogCommands::runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({ CtlSupport::byOption(),
        { QStringLiteral("send-for"),
            tr("Try to deliver the notifications for this long (default 10; 0 leaves them to the cockpit)."),
            tr("SECONDS"), QStringLiteral("10") } });
    CtlSigning::addOptions(p);
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The log entry."));
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl log verify SESSION ID [--key FILE] [--allowed-signers FILE] [--by NAME] "
                "[--send-for SECONDS]"),
            2, 2);
        rc != CtlSupport::Continue)
        return rc;
    qint64 id = 0;
    if (!parseEntryId(command, p.positionalArguments().at(1), &id))
        return CtlSupport::UsageError;
    auto session = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite);
    if (!session)
        return CtlSupport::Refused;
    Outbox outbox(session->store());
    CtlNotifications::reportParkedAsErrors(outbox, p.positionalArguments().at(0));
    configureEndpoints(outbox);
    IncidentLog log(session->store());
    log.setOutbox(&outbox);
    CtlSigning::Signer signer;
    QString error;
    if (!CtlSigning::prepare(p, SignaturePolicyText::read(session->store()->database()),
            p.value(QStringLiteral("by")), &signer, &error))
        return CtlSupport::refused(error);
    if (ActionResult r = CtlSigning::signAndRun(
            signer,
            [&](const QString &principal, const QString &name) {
                return log.verifyStatement(id, principal, name);
            },
            [&](const ElectronicSignature &s) { return log.verify(id, s); });
        !r)
        return CtlSupport::refused(r.error);
    const IncidentEntry e = log.entry(id);
    CtlSupport::print(tr("Entry %1 verified by %2.\n").arg(id).arg(e.verifiedBy));
    if (signer.declared())
        CtlSupport::print(CtlSigning::declaredNote() + QLatin1Char('\n'));
    const int seconds = p.value(QStringLiteral("send-for")).toInt();
    if (outbox.enabledChannels().isEmpty())
        CtlSupport::print(
            tr("No notification channel is configured (set COCKPIT_SLACK_WEBHOOK, COCKPIT_TEAMS_WEBHOOK or "
               "COCKPIT_MATTERMOST_WEBHOOK, or store the URL in the keychain); the status page shows it.\n"));
    else if (seconds > 0 && !CtlNotifications::deliver(outbox, seconds))
        CtlSupport::print(
            tr("Some notifications are not delivered yet; they stay in the session's outbox and "
               "are sent by the cockpit that has the session open.\n"));
    return CtlSupport::Success;
}

int LogCommands::runRetractOrCorrect(const QStringList &args, bool correct)
{
    QCommandLineParser p;
    p.addOptions(
        { CtlSupport::byOption(), { QStringLiteral("reason"), tr("Why the entry is wrong."), tr("TEXT") } });
    CtlSigning::addOptions(p);
    if (correct)
        p.addOption({ QStringLiteral("text"), tr("The corrected text."), tr("TEXT") });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The log entry."));
    QStringList required { QStringLiteral("reason") };
    if (correct)
        required << QStringLiteral("text");
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            correct ? QStringLiteral("cutoverctl log correct SESSION ID --reason TEXT --text TEXT")
                    : QStringLiteral("cutoverctl log retract SESSION ID --reason TEXT"),
            2, 2, required);
        rc != CtlSupport::Continue)
        return rc;
    qint64 id = 0;
    if (!parseEntryId(command, p.positionalArguments().at(1), &id))
        return CtlSupport::UsageError;
    QString author;
    auto session = CtlSigning::openToChange(p, p.positionalArguments().at(0), &author);
    if (!session)
        return CtlSupport::Refused;
    IncidentLog log(session->store());
    qint64 newId = 0;
    const ActionResult r = correct
        ? log.correct(id, author, p.value(QStringLiteral("reason")), p.value(QStringLiteral("text")), &newId)
        : log.retract(id, author, p.value(QStringLiteral("reason")), &newId);
    if (!r)
        return CtlSupport::refused(r.error);
    CtlSupport::print((correct
            ? tr("Correction %1 of entry %2 recorded as a draft; it replaces entry %2 once another person "
                 "verifies it.\n")
            : tr("Retraction %1 of entry %2 recorded as a draft; it withdraws entry %2 once another person "
                 "verifies it.\n"))
                          .arg(newId)
                          .arg(id));
    return CtlSupport::Success;
}

int LogCommands::runList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(
        { { QStringLiteral("verified"), tr("Only what stakeholders see (verified, not taken back).") },
            { QStringLiteral("json"), tr("JSON instead of a table.") } });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    if (const int rc = CtlSupport::parse(
            p, args, QStringLiteral("cutoverctl log list SESSION [--verified] [--json]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    auto session = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
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
        CtlSupport::print(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
        return CtlSupport::Success;
    }
    if (entries.isEmpty()) {
        CtlSupport::print(
            (p.isSet(QStringLiteral("verified")) ? tr("No verified entries.") : tr("The log is empty."))
            + QLatin1Char('\n'));
        return CtlSupport::Success;
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
        CtlSupport::print(QStringLiteral("%1  (%2)\n").arg(line, who));
    }
    return CtlSupport::Success;
}

int LogCommands::runOutbox(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The session's notifications and their delivery. A message the receiver "
                                   "kept refusing is parked; retry it or drop it (with a reason)."));
    p.addOption({ QStringLiteral("json"), tr("JSON instead of a table.") });
    p.addOption({ QStringLiteral("retry"), tr("Send parked message ID again."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("drop"), tr("Give up parked message ID (it is never sent)."),
        QStringLiteral("ID") });
    p.addOption({ QStringLiteral("reason"), tr("Why a message is dropped."), tr("TEXT") });
    p.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(p); // retrying or dropping is recorded with who did it
    p.addOption({ QStringLiteral("send-for"),
        tr("After a retry, try to deliver for up to SECONDS (default: leave it to the cockpit)."),
        QStringLiteral("SECONDS") });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl log outbox SESSION [--json] | --retry ID [--send-for SECONDS] "
                           "| --drop ID --reason TEXT"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    const QString command = args.value(0);
    const bool retry = p.isSet(QStringLiteral("retry"));
    const bool drop = p.isSet(QStringLiteral("drop"));
    if (retry && drop)
        return CtlSupport::usageError(command, tr("--retry and --drop exclude each other."));
    if (retry || drop) {
        qint64 id = 0;
        if (!parseEntryId(command, p.value(retry ? QStringLiteral("retry") : QStringLiteral("drop")), &id))
            return CtlSupport::UsageError;
        if (drop && p.value(QStringLiteral("reason")).trimmed().isEmpty())
            return CtlSupport::usageError(command, tr("--reason TEXT is required to drop a message."));
        QString by;
        auto session = CtlSigning::openToChange(p, p.positionalArguments().at(0), &by);
        if (!session)
            return CtlSupport::Refused;
        Outbox outbox(session->store());
        const ActionResult r = retry ? outbox.retryParked(id, by)
                                     : outbox.dropParked(id, by, p.value(QStringLiteral("reason")));
        if (!r)
            return CtlSupport::refused(r.error);
        CtlSupport::print(retry ? tr("Message %1 is queued again.\n").arg(id)
                                : tr("Message %1 is dropped; it is never sent.\n").arg(id));
        const int seconds = p.value(QStringLiteral("send-for")).toInt();
        if (retry && seconds > 0) {
            configureEndpoints(outbox);
            if (!CtlNotifications::deliver(outbox, seconds))
                CtlSupport::print(
                    tr("Some notifications are not delivered yet; they stay in the session's outbox and "
                       "are sent by the cockpit that has the session open.\n"));
        }
        return CtlSupport::Success;
    }
    auto session = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    Outbox outbox(session->store());
    QJsonArray a;
    QString table;
    for (const OutboxMessage &m : outbox.messages()) {
        a.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("channel"), m.channel },
            { QStringLiteral("kind"), m.kind }, { QStringLiteral("summary"), m.summary },
            { QStringLiteral("state"), OutboxMessage::stateKey(m.state) },
            { QStringLiteral("attempts"), m.attempts }, { QStringLiteral("last_error"), m.lastError } });
        table
            += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                   .arg(QString::number(m.id).rightJustified(4), m.channel.leftJustified(10),
                       OutboxMessage::stateKey(m.state).leftJustified(7), tr("%1 attempt(s)").arg(m.attempts),
                       m.summary, m.lastError.isEmpty() ? QString() : QStringLiteral(" — ") + m.lastError);
        if (m.state == OutboxMessage::State::Parked)
            CtlNotifications::reportParked(p.positionalArguments().at(0), m.id, m.channel, m.lastError);
    }
    CtlSupport::print(p.isSet(QStringLiteral("json"))
            ? QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented))
            : table);
    return CtlSupport::Success; // parked messages are reported as error lines above
}

int LogCommands::runChannels(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Which webhook channels this session posts to (slack, teams, mattermost). "
                                   "The URLs stay in the keychain or the environment."));
    p.addOption({ QStringLiteral("enable"), tr("Post this session's updates to CHANNEL."),
        QStringLiteral("CHANNEL") });
    p.addOption({ QStringLiteral("disable"), tr("Stop posting this session's updates to CHANNEL."),
        QStringLiteral("CHANNEL") });
    p.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(p); // a change of channels is recorded with who made it
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl log channels SESSION [--enable CHANNEL]... [--disable CHANNEL]..."), 1,
            1);
        rc != CtlSupport::Continue)
        return rc;
    const bool change = p.isSet(QStringLiteral("enable")) || p.isSet(QStringLiteral("disable"));
    QString by;
    auto session = change
        ? CtlSigning::openToChange(p, p.positionalArguments().at(0), &by)
        : CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    NotificationChannelSettings settings(session->store());
    for (const QString &channel : p.values(QStringLiteral("enable"))) {
        const ActionResult r = settings.setEnabled(channel, true, by);
        if (!r)
            return CtlSupport::refused(r.error);
    }
    for (const QString &channel : p.values(QStringLiteral("disable"))) {
        const ActionResult r = settings.setEnabled(channel, false, by);
        if (!r)
            return CtlSupport::refused(r.error);
    }
    if (!settings.hasChoice())
        CtlSupport::print(
            tr("No choice made for this session: it posts to every channel that has a webhook URL.\n"));
    else if (settings.chosenChannels().isEmpty())
        CtlSupport::print(tr("This session posts to no channel.\n"));
    else
        CtlSupport::print(
            tr("This session posts to: %1\n").arg(settings.chosenChannels().join(QStringLiteral(", "))));
    return CtlSupport::Success;
}

int LogCommands::runServe(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Serves the read-only stakeholder status page. The token may also come from COCKPIT_STATUS_TOKEN "
           "(keeps it out of the process list)."));
    p.addOptions({ { QStringLiteral("port"), tr("Port to listen on (0 picks a free one)."), tr("N") },
        { QStringLiteral("token"), tr("Access token the page requires (8 characters or more)."),
            tr("TOKEN") },
        { QStringLiteral("bind"), tr("Address to bind (default 127.0.0.1)."), tr("ADDR"),
            QStringLiteral("127.0.0.1") },
        { QStringLiteral("refresh"), tr("Seconds between page refreshes (default 5)."), tr("S"),
            QStringLiteral("5") } });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl serve SESSION --port N --token TOKEN [--bind ADDR]"), 1, 1,
            { QStringLiteral("port") });
        rc != CtlSupport::Continue)
        return rc;
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return CtlSupport::usageError(
            command, tr("\"%1\" is not a port number (0–65535).").arg(p.value(QStringLiteral("port"))));
    QString token = p.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = qEnvironmentVariable("COCKPIT_STATUS_TOKEN");
    if (token.trimmed().isEmpty())
        return CtlSupport::usageError(command, tr("--token is required (or set COCKPIT_STATUS_TOKEN)"));
    const QHostAddress address(p.value(QStringLiteral("bind")));
    if (address.isNull())
        return CtlSupport::usageError(
            command, tr("\"%1\" is not an IP address.").arg(p.value(QStringLiteral("bind"))));

    QString openError;
    auto feed = StakeholderFeed::open(p.positionalArguments().at(0), &openError);
    if (!feed)
        return CtlSupport::refused(openError);
    StatusPageServer server;
    server.setRefreshSeconds(std::max(2, p.value(QStringLiteral("refresh")).toInt()));
    server.setSnapshot(feed->builder()->current());
    QObject::connect(
        feed->builder(), &StatusSnapshotBuilder::snapshotChanged, &server, &StatusPageServer::setSnapshot);
    QObject::connect(feed.get(), &StakeholderFeed::followFailed, feed.get(), [](const QString &message) {
        CtlSupport::printError(tr("Cannot follow the session: %1\n").arg(message));
    });
    QString error;
    const quint16 bound = server.start(token, quint16(port), address, &error);
    if (bound == 0)
        return CtlSupport::refused(error);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    // The token is not printed: whoever started this knows it, and terminals end up in logs.
    CtlSupport::print(tr("Status page of \"%1\" on http://%2:%3/ (open it once with ?token=YOUR_TOKEN: the "
                         "browser keeps it in a cookie and the address drops it; scripts send Authorization: "
                         "Bearer YOUR_TOKEN). JSON at /api/status. Stop with Ctrl+C.\n")
                          .arg(feed->session()->info().name, host, QString::number(bound)));
    if (!address.isLoopback())
        CtlSupport::printError(
            tr("Warning: listening on %1, not only on this machine; anyone with the token and network access "
               "can read the page (plain HTTP).\n")
                .arg(address.toString()));
    return QCoreApplication::exec();
}
