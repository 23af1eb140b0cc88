// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommands.h"

#include "CtlSupport.h"
#include "SubcommandDispatch.h"

#include "audit/AuditChain.h"
#include "audit/AuditCsv.h"
#include "session/TrailReplayers.h"
#include "store/SessionStore.h"

#include <QCommandLineParser>

QList<CtlCommand> AuditCommands::commands()
{
    return { { QStringLiteral("audit"), tr("verify the audit trail's hash chain, or export it as CSV"),
        &run } };
}

int AuditCommands::run(const QStringList &args)
{
    const QList<CtlCommand> subcommands = {
        { QStringLiteral("verify"), tr("check the hash chain and the items against the trail"), &runVerify },
        { QStringLiteral("export"), tr("write the trail as CSV"), &runExport },
    };
    return SubcommandDispatch::run(args, subcommands);
}

int AuditCommands::runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Verifies the audit trail of a session: every record's SHA-256 hash, the chain from record to "
           "record, "
           "and that each checklist item holds the state the trail says it should. Exits 0 when all is "
           "intact and "
           "prints the record count and the head hash; keep a copy of the head: with --expect-head it later "
           "proves that no record was cut off the end. Exits 1 naming the first broken record and every item "
           "whose state differs. Opens the file read-only."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QCommandLineOption expectHead(QStringLiteral("expect-head"),
        tr("A head hash printed earlier. Fails if no record of the trail has this "
           "hash (records were cut off the end); records appended since are "
           "reported and accepted."),
        tr("HASH"));
    p.addOption(expectHead);
    if (const int rc = CtlSupport::parse(
            p, args, QStringLiteral("cutoverctl audit verify SESSION [--expect-head HASH]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;

    QString error;
    const std::unique_ptr<SessionStore> store
        = SessionStore::open(p.positionalArguments().constFirst(), SessionStore::Mode::ReadOnly, &error);
    if (!store)
        return CtlSupport::refused(error);
    const QSqlDatabase db = store->database();
    registerTrailReplayers();
    const AuditChain::Verification v = AuditChain::verify(db);

    bool ok = v.intact;
    QString problems;
    if (v.firstBrokenSeq > 0)
        problems += tr("The audit trail is broken at record %1: %2\n").arg(v.firstBrokenSeq).arg(v.problem);
    else if (!v.problem.isEmpty())
        problems += tr("The audit trail cannot be verified: %1\n").arg(v.problem);
    if (!v.stateMismatches.isEmpty()) {
        problems += tr("%n checklist item field(s) differ from what the audit trail says:\n", nullptr,
            int(v.stateMismatches.size()));
        for (const QString &m : v.stateMismatches)
            problems += QStringLiteral("  %1\n").arg(m);
    }
    QString notes;
    if (p.isSet(expectHead)) {
        const QString expected = p.value(expectHead).trimmed().toLower();
        if (expected != v.headHash) {
            const qint64 seq = AuditChain::seqOfHash(db, expected);
            if (seq <= 0) {
                ok = false;
                problems
                    += tr("The expected head %1 is not in the trail: records were cut off the end or the "
                          "trail was replaced.\n")
                           .arg(expected);
            } else {
                notes += tr("The expected head is record %1; %n record(s) were appended since.\n", nullptr,
                    int(v.recordCount - seq))
                             .arg(seq);
            }
        }
    }
    CtlSupport::print(tr("%1 records, head %2\n").arg(v.recordCount).arg(v.headHash) + notes);
    if (!ok) {
        CtlSupport::printError(problems);
        return CtlSupport::Refused;
    }
    CtlSupport::print(tr("The audit trail is intact.\n"));
    return CtlSupport::Success;
}

int AuditCommands::runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Writes the audit trail of a session as CSV (UTF-8, with a header row): "
                                   "seq, at, actor, action, entity, "
                                   "entity_id, field, old, new, reason, hash. An existing FILE is replaced. "
                                   "Opens the session read-only."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QCommandLineOption outFile(
        QStringLiteral("out"), tr("The CSV file to write (required)."), tr("FILE"));
    p.addOption(outFile);
    const QString command = args.value(0);
    if (const int rc
        = CtlSupport::parse(p, args, QStringLiteral("cutoverctl audit export SESSION --out FILE.csv"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    if (!p.isSet(outFile) || p.value(outFile).isEmpty())
        return CtlSupport::usageError(command, tr("--out FILE is required"));

    QString error;
    const std::unique_ptr<SessionStore> store
        = SessionStore::open(p.positionalArguments().constFirst(), SessionStore::Mode::ReadOnly, &error);
    if (!store)
        return CtlSupport::refused(error);
    const QList<AuditRecord> records = AuditChain::readAll(store->database(), &error);
    if (!error.isEmpty())
        return CtlSupport::refused(tr("Cannot read the audit trail: %1").arg(error));
    if (!AuditCsv::writeFile(records, p.value(outFile), &error))
        return CtlSupport::refused(error);
    CtlSupport::print(tr("Wrote %1 audit records to %2.\n").arg(records.size()).arg(p.value(outFile)));
    return CtlSupport::Success;
}
