// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchCommand.h"

#include "CtlSupport.h"
#include "InterruptNotifier.h"

#include "audit/AuditFeed.h"
#include "checklist/CutoverSession.h"
#include "core/PrintableText.h"
#include "core/Timestamps.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// Values longer than this are shortened in the text form (the JSON form carries them whole).
constexpr qsizetype kTextValueLength = 80;

QString shortened(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return v.size() > kTextValueLength ? v.left(kTextValueLength - 1) + QChar(0x2026) : v;
}

}

QList<CtlCommand> watchCommands()
{
    return WatchCommand::commands();
}

QList<CtlCommand> WatchCommand::commands()
{
    return { { QStringLiteral("watch"),
        tr("print every change of a session as it happens (one line, or one JSON object, per audit record)"),
        &run } };
}

QString WatchCommand::jsonLine(const AuditRecord &r, const QString &session)
{
    const QJsonObject o { { QStringLiteral("session"), session }, { QStringLiteral("seq"), r.seq },
        { QStringLiteral("at"), Timestamps::toText(r.at) }, { QStringLiteral("actor"), r.actor },
        { QStringLiteral("action"), r.action }, { QStringLiteral("entity"), r.entity },
        { QStringLiteral("entity_id"), r.entityId }, { QStringLiteral("field"), r.field },
        { QStringLiteral("old_value"), r.oldValue }, { QStringLiteral("new_value"), r.newValue },
        { QStringLiteral("reason"), r.reason }, { QStringLiteral("prev_hash"), r.prevHash },
        { QStringLiteral("hash"), r.hash } };
    const QString json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // QJsonDocument escapes C0 controls itself; C1 controls and bidirectional overrides (which can only be
    // inside a string here) become \u escapes, which a JSON reader turns back into the same character.
    if (PrintableText::firstControl(json) < 0)
        return json;
    QString out;
    out.reserve(json.size() + 16);
    for (const QChar c : json) {
        if (PrintableText::firstControl(QString(c)) == 0)
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString WatchCommand::textLine(const AuditRecord &r)
{
    QString line = QStringLiteral("#%1 %2 %3 %4 %5 %6")
                       .arg(r.seq)
                       .arg(Timestamps::toText(r.at), r.actor, r.action, r.entity)
                       .arg(r.entityId);
    if (!r.field.isEmpty() || !r.oldValue.isEmpty() || !r.newValue.isEmpty()) {
        line += QLatin1Char(' ') + (r.field.isEmpty() ? QString() : r.field + QStringLiteral(": "));
        if (!r.oldValue.isEmpty())
            line += shortened(r.oldValue) + QStringLiteral(" \u2192 ");
        line += r.newValue.isEmpty() ? tr("(empty)") : shortened(r.newValue);
    }
    if (!r.reason.isEmpty())
        line += tr(" (reason: %1)").arg(shortened(r.reason));
    return PrintableText::neutralise(line);
}

int WatchCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Prints every change of a session as it happens: one line per audit record (every change appends "
           "one, in the same transaction), each written out at once. By default only the changes from now "
           "on; --from-start prints the whole trail first, --since SEQ the records after record SEQ. Each "
           "record is checked to follow the one before (its hash chain); a trail that no longer continues "
           "from the last record shown is reported and not followed (exit 1), as is a session file that "
           "is removed, replaced or no longer readable. A team session (postgresql://...) announces each "
           "commit itself (LISTEN/NOTIFY): when the server does not take the request to listen, the watch "
           "says why and exits 1 before it starts; when the connection is lost later, it says so, names the "
           "last record shown and how to resume from it (--since SEQ), and exits 1. Ctrl-C or SIGTERM ends "
           "the watch with exit 0. Opens the session read-only."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file or team session address."));
    const QCommandLineOption json(QStringLiteral("json"),
        tr("One compact JSON object per line with the keys session, seq, at, actor, action, entity, "
           "entity_id, field, old_value, new_value, reason, prev_hash, hash."));
    const QCommandLineOption fromStart(
        QStringLiteral("from-start"), tr("Print the whole trail first, then follow it."));
    const QCommandLineOption since(
        QStringLiteral("since"), tr("Print the records after record SEQ first, then follow."), tr("SEQ"));
    const QCommandLineOption exitAfter(
        QStringLiteral("exit-after"), tr("End (exit 0) after N records have been printed."), tr("N"));
    p.addOptions({ json, fromStart, since, exitAfter });
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl watch SESSION [--json] [--from-start | --since SEQ] [--exit-after N]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    qint64 after = AuditFeed::FromHead;
    if (p.isSet(fromStart) && p.isSet(since))
        return CtlSupport::usageError(command, tr("--from-start and --since exclude each other"));
    if (p.isSet(fromStart))
        after = 0;
    if (p.isSet(since)) {
        bool ok = false;
        after = p.value(since).toLongLong(&ok);
        if (!ok || after < 0)
            return CtlSupport::usageError(
                command, tr("--since must be a record number (0 or more), not \"%1\"").arg(p.value(since)));
    }
    qint64 limit = 0;
    if (p.isSet(exitAfter)) {
        bool ok = false;
        limit = p.value(exitAfter).toLongLong(&ok);
        if (!ok || limit <= 0)
            return CtlSupport::usageError(
                command, tr("--exit-after must be a positive number, not \"%1\"").arg(p.value(exitAfter)));
    }

    const std::unique_ptr<CutoverSession> session
        = CtlSupport::openSession(p.positionalArguments().constFirst(), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    const QString path = session->path();
    const QString name = session->info().name;
    AuditFeed feed(session->store());
    if (QString error; !feed.start(after, &error))
        return CtlSupport::refused(error);
    // On stderr, so that stdout holds only records: where the watch starts (a script can wait for it).
    CtlSupport::printError(feed.lastSeq() == 0
            ? tr("Watching %1 from its first record; Ctrl-C ends.\n").arg(path)
            : tr("Watching %1 after record %2; Ctrl-C ends.\n").arg(path).arg(feed.lastSeq()));

    QEventLoop loop;
    int rc = CtlSupport::Success;
    qint64 printed = 0;
    const bool asJson = p.isSet(json);
    QObject::connect(&feed, &AuditFeed::recordsAppended, &loop, [&](const QList<AuditRecord> &records) {
        QTextStream &out = CtlSupport::out();
        for (const AuditRecord &r : records) {
            out << (asJson ? jsonLine(r, name) : textLine(r)) << '\n';
            if (limit > 0 && ++printed >= limit) {
                feed.stop();
                loop.quit();
                break;
            }
        }
        out << Qt::flush; // a pipe gets each batch at once
    });
    // The problem names the record (the last one shown, or the first that does not follow it).
    QObject::connect(&feed, &AuditFeed::chainBroken, &loop, [&](qint64, const QString &problem) {
        CtlSupport::printError(
            tr("The audit trail of %1 no longer continues from the last record shown: %2. Nothing more is "
               "shown; run `cutoverctl audit verify %1`.\n")
                .arg(path, problem));
        rc = CtlSupport::Refused;
        loop.quit();
    });
    QObject::connect(&feed, &AuditFeed::lost, &loop, [&](const QString &message) {
        CtlSupport::printError(message + QLatin1Char('\n')
            + tr("The last record shown is %1; `cutoverctl watch %2 --since %1` resumes from there.\n")
                  .arg(feed.lastSeq())
                  .arg(path));
        rc = CtlSupport::Refused;
        loop.quit();
    });
    InterruptNotifier interrupts;
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &loop, [&] { loop.quit(); });
    loop.exec();
    feed.stop();
    return rc;
}
