// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommands.h"

#include "CtlSupport.h"
#include "SubcommandDispatch.h"

#include "audit/AuditChain.h"
#include "audit/AuditCsv.h"
#include "core/Timestamps.h"
#include "session/TrailReplayers.h"
#include "signing/SignaturePolicy.h"
#include "signing/SignatureStore.h"
#include "signing/SignatureVerifier.h"
#include "signing/SigningSettings.h"
#include "signing/SshKeygen.h"
#include "store/SessionStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

QList<CtlCommand> AuditCommands::commands()
{
    return { { QStringLiteral("audit"),
        tr("verify the audit trail and the signatures, list the signatures, or export the trail as CSV"),
        &run } };
}

int AuditCommands::run(const QStringList &args)
{
    const QList<CtlCommand> subcommands = {
        { QStringLiteral("verify"), tr("check the hash chain, the replay and the signatures"), &runVerify },
        { QStringLiteral("export"), tr("write the trail as CSV"), &runExport },
        { QStringLiteral("signatures"), tr("list the signatures with their signed statements"),
            &runSignatures },
    };
    return SubcommandDispatch::run(args, subcommands);
}

namespace {

QString countsByKey(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

}

int AuditCommands::runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Verifies the audit trail of a session: every record's SHA-256 hash and the chain from record to "
           "record; that every table holding session state holds what the trail says; and every "
           "electronic signature: its statement matches its row, the chain head it covers is an earlier "
           "record of the trail (a rewritten history has other hashes), and it verifies for its principal "
           "against the allowed-signers file: ssh-ed25519 signatures with OpenSSL's Ed25519 in this process, "
           "the first signature of each key also with `ssh-keygen -Y verify` (the two must agree), and "
           "everything else (other key types, FIDO keys, certificate authorities) with ssh-keygen; "
           "--openssh checks every signature with ssh-keygen. Exits 0 when all is intact and "
           "prints the record count, the head hash and the signatures by principal; keep a copy of the "
           "head: with --expect-head it later proves that no record was cut off the end. Exits 1 naming "
           "the first broken record or signature and every row that differs from the trail. Without an "
           "allowed-signers file the signatures are not checked (and a session whose signatures are "
           "required fails). The format is specified in docs/audit-format.md. Opens the file read-only."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QCommandLineOption expectHead(QStringLiteral("expect-head"),
        tr("A head hash printed earlier. Fails if no record of the trail has this "
           "hash (records were cut off the end); records appended since are "
           "reported and accepted."),
        tr("HASH"));
    const QCommandLineOption allowedSigners(QStringLiteral("allowed-signers"),
        tr("The allowed-signers file (OpenSSH format) the signatures are checked against. Default: "
           "$COCKPIT_ALLOWED_SIGNERS, else the setting signing/allowed_signers."),
        tr("FILE"));
    const QCommandLineOption openssh(QStringLiteral("openssh"),
        tr("Check every signature with `ssh-keygen -Y verify`, one process each (slower), instead of "
           "checking ssh-ed25519 signatures in process."));
    p.addOption(expectHead);
    p.addOption(allowedSigners);
    p.addOption(openssh);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl audit verify SESSION [--allowed-signers FILE] [--expect-head HASH] [--openssh]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;

    QString error;
    const std::unique_ptr<SessionStore> store
        = SessionStore::open(p.positionalArguments().constFirst(), SessionStore::Mode::ReadOnly, &error);
    if (!store)
        return CtlSupport::refused(error);
    const QSqlDatabase db = store->database();
    registerTrailReplayers();
    const QString signersFile = SigningSettings::allowedSignersFile(p.value(allowedSigners));
    if (!signersFile.isEmpty() && !QFileInfo(signersFile).isFile())
        return CtlSupport::refused(
            tr("The allowed-signers file %1 (from %2) does not exist.")
                .arg(signersFile, SigningSettings::allowedSignersSource(p.value(allowedSigners))));

    AuditChain::Verification v;
    SignatureVerifier::Summary sig;
    {
        // One snapshot for the chain, the replay and the signatures while the cockpit may be writing.
        const AuditChain::ReadSnapshot snapshot(db);
        QList<AuditRecord> records;
        v = AuditChain::verify(db, &records);
        SignatureVerifier::Options options;
        options.allowedSignersFile = signersFile;
        options.openssh = p.isSet(openssh);
        sig = SignatureVerifier::verify(db, records, options);
    }

    bool ok = v.intact && sig.ok();
    QString problems;
    if (v.firstBrokenSeq > 0)
        problems += tr("The audit trail is broken at record %1: %2\n").arg(v.firstBrokenSeq).arg(v.problem);
    else if (!v.problem.isEmpty())
        problems += tr("The audit trail cannot be verified: %1\n").arg(v.problem);
    if (!sig.ok())
        problems += tr("A signature is broken: %1\n").arg(sig.problem);
    if (!v.stateMismatches.isEmpty()) {
        problems += tr("%n stored value(s) differ from what the audit trail says:\n", nullptr,
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

    QString summary = tr("%1 records, head %2\n").arg(v.recordCount).arg(v.headHash);
    if (sig.hasTable) {
        summary += tr("%n signature(s), policy %1: ", nullptr, int(sig.signatures.size())).arg(sig.policy)
            + (sig.declaredCount > 0 ? tr("%1 signed, %2 declared (identities declared, not verified)\n")
                                           .arg(sig.signedCount)
                                           .arg(sig.declaredCount)
                                     : tr("%1 signed\n").arg(sig.signedCount));
        for (auto it = sig.byPrincipal.constBegin(); it != sig.byPrincipal.constEnd(); ++it)
            summary += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
        if (!sig.declaredByAct.isEmpty())
            summary += tr("Declared acts: %1\n").arg(countsByKey(sig.declaredByAct));
        if (sig.signedCount > 0 && signersFile.isEmpty()) {
            summary += tr("The %n signature(s) were NOT checked: no allowed-signers file (give "
                          "--allowed-signers FILE, or set COCKPIT_ALLOWED_SIGNERS).\n",
                nullptr, sig.signedCount);
            if (sig.policy == QLatin1String("required")) {
                ok = false;
                problems += tr("The signatures of this session are required, and they were not checked: "
                               "give --allowed-signers FILE.\n");
            }
        } else if (sig.signaturesChecked && sig.signedCount > 0) {
            summary += tr("%1 of %2 signature(s) verified against %3 (%4 ms): %5 in process with OpenSSL's "
                          "Ed25519, %6 checked with ssh-keygen -Y verify.\n")
                           .arg(sig.verifiedCount)
                           .arg(sig.signedCount)
                           .arg(signersFile)
                           .arg(sig.sshMs)
                           .arg(sig.verifiedInProcess)
                           .arg(sig.keygenChecked);
        }
    }
    CtlSupport::print(summary + notes);
    if (!ok) {
        CtlSupport::printError(problems);
        return CtlSupport::Refused;
    }
    CtlSupport::print(tr("The audit trail is intact.\n"));
    return CtlSupport::Success;
}

int AuditCommands::runSignatures(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists the electronic signatures of a session: who (principal and printed name), which act, on "
           "what, the meaning, when, the chain head it covers and its audit record. With --json each comes "
           "with the exact signed message (statement) and the armored SSH signature, and a ready "
           "verify_command, so that an auditor checks each one with `ssh-keygen -Y verify` alone. --out DIR "
           "writes each as statement-ID.txt and signature-ID.sig into DIR for that command. Opens the file "
           "read-only; checks nothing (that is `cutoverctl audit verify`)."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption outDir(QStringLiteral("out"),
        tr("A folder to write statement-ID.txt and signature-ID.sig into (created if needed)."), tr("DIR"));
    const QCommandLineOption allowedSigners(QStringLiteral("allowed-signers"),
        tr("The allowed-signers file the verify commands name. Default: as for audit verify, else "
           "allowed_signers."),
        tr("FILE"));
    p.addOptions({ json, outDir, allowedSigners });
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl audit signatures SESSION [--json] [--out DIR] [--allowed-signers FILE]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;

    QString error;
    const std::unique_ptr<SessionStore> store
        = SessionStore::open(p.positionalArguments().constFirst(), SessionStore::Mode::ReadOnly, &error);
    if (!store)
        return CtlSupport::refused(error);
    const QSqlDatabase db = store->database();
    QList<SignatureRecord> rows;
    if (SignatureStore::existsIn(db)) {
        rows = SignatureStore::readAll(db, &error);
        if (!error.isEmpty())
            return CtlSupport::refused(tr("Cannot read the signatures: %1").arg(error));
    }
    QString signersFile = SigningSettings::allowedSignersFile(p.value(allowedSigners));
    if (signersFile.isEmpty())
        signersFile = QStringLiteral("allowed_signers");
    const QString folder = p.value(outDir);
    if (!folder.isEmpty() && !QDir().mkpath(folder))
        return CtlSupport::refused(tr("Cannot create the folder %1.").arg(folder));

    QJsonArray list;
    QString text;
    for (const SignatureRecord &r : std::as_const(rows)) {
        const QString statementName = QStringLiteral("statement-%1.txt").arg(r.id);
        const QString signatureName = QStringLiteral("signature-%1.sig").arg(r.id);
        const QString statementPath = folder.isEmpty() ? statementName : QDir(folder).filePath(statementName);
        const QString signaturePath = folder.isEmpty() ? signatureName : QDir(folder).filePath(signatureName);
        const auto write = [](const QString &path, const QByteArray &content, QString *why) {
            QSaveFile f(path);
            if (f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.commit())
                return true;
            *why = tr("Cannot write %1: %2").arg(path, f.errorString());
            return false;
        };
        if (!folder.isEmpty()
            && (!write(statementPath, r.statement.toUtf8(), &error)
                || (!r.isDeclared() && !write(signaturePath, r.signature.toUtf8(), &error))))
            return CtlSupport::refused(error);
        QJsonObject o { { QStringLiteral("id"), r.id }, { QStringLiteral("principal"), r.principal },
            { QStringLiteral("display_name"), r.displayName }, { QStringLiteral("act"), r.act },
            { QStringLiteral("entity"), r.entity }, { QStringLiteral("entity_id"), r.entityId },
            { QStringLiteral("meaning"), r.meaning }, { QStringLiteral("at"), Timestamps::toText(r.at) },
            { QStringLiteral("chain_head"), r.chainHead }, { QStringLiteral("audit_seq"), r.auditSeq },
            { QStringLiteral("key_fingerprint"), r.keyFingerprint },
            { QStringLiteral("declared"), r.isDeclared() }, { QStringLiteral("statement"), r.statement },
            { QStringLiteral("signature"), r.signature } };
        o.insert(QStringLiteral("verify_command"),
            r.isDeclared()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(SignatureVerifier::verifyCommand(r, signersFile, signaturePath, statementPath)));
        list.append(o);
        text += tr("%1  %2  %3 (%4)  %5 %6  \"%7\"  %8\n")
                    .arg(r.id)
                    .arg(Timestamps::toText(r.at), r.displayName, r.principal, r.act,
                        r.entity + QLatin1Char(' ') + QString::number(r.entityId), r.meaning,
                        r.isDeclared() ? tr("declared, not verified") : r.keyFingerprint);
    }
    if (p.isSet(json)) {
        const QJsonObject root { { QStringLiteral("session"), p.positionalArguments().constFirst() },
            { QStringLiteral("policy"), SignaturePolicyText::key(SignaturePolicyText::read(db)) },
            { QStringLiteral("namespace"), SshKeygen::signatureNamespace() },
            { QStringLiteral("signatures"), list } };
        CtlSupport::print(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        CtlSupport::print(rows.isEmpty() ? tr("The session has no signatures.\n") : text);
    }
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
