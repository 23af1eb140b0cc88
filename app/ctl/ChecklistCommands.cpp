// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistCommands.h"

#include "AuditCommands.h"
#include "CtlSigning.h"
#include "CtlSupport.h"
#include "TemplateCommands.h"
#include "store/SessionAddress.h"

#include "checklist/CutoverSession.h"
#include "checklist/SessionStatusJson.h"
#include "runbook/RunbookTemplates.h"
#include "runbook/TemplateLibrary.h"
#include "signing/SigningSettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<CtlCommand> checklistCommands()
{
    QList<CtlCommand> all = ChecklistCommands::commands();
    all += AuditCommands::commands();
    all += TemplateCommands::commands();
    return all;
}

QList<CtlCommand> ChecklistCommands::commands()
{
    return {
        { QStringLiteral("new"), tr("create a session from the built-in checklist or a runbook"), &runNew },
        { QStringLiteral("status"), tr("show phases, items, progress and the audit head of a session"),
            &runStatus },
        { QStringLiteral("item"), tr("change the status, owner, notes or evidence of a checklist item"),
            &runItem },
        { QStringLiteral("signoff"), tr("sign off an item as the second person"), &runSignOff },
        { QStringLiteral("signatures"), tr("show or change (a signed act) a session's signature policy"),
            &runSignatures },
    };
}

int ChecklistCommands::runNew(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Creates a new session file from a runbook template. The session is a rehearsal unless --live is "
           "given. The creation is the first record of the session's audit trail. Its creator is the "
           "principal your key proves when you give one (--key FILE, or for a session that requires "
           "signatures also COCKPIT_SIGNING_KEY or the settings; a key that is not in the allowed signers is "
           "refused), else your operating-system account: the session does not exist yet, so nothing can "
           "require a key. Every later change to a session that requires signatures needs your key."));
    const QCommandLineOption templ(QStringLiteral("template"),
        tr("\"default\" (the article's checklist), the name of a stored template "
           "(see `cutoverctl template list`), or a runbook file (.md, .csv, .json). "
           "Default: default."),
        tr("TEMPLATE"), QStringLiteral("default"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Language of the session and of the built-in checklist: en or de. Default: the "
           "runbook's language, else en."),
        tr("LANG"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the session (required)."), tr("TEXT"));
    const QCommandLineOption outFile(QStringLiteral("out"),
        tr("The session file to create (required; an existing file is never "
           "overwritten). Conventionally ends in .cutover."),
        tr("SESSION"));
    const QCommandLineOption rehearsal(
        QStringLiteral("rehearsal"), tr("Mark the session as a rehearsal (default)."));
    const QCommandLineOption live(QStringLiteral("live"), tr("Mark the session as the live cutover."));
    const QCommandLineOption goal(
        QStringLiteral("goal"), tr("The goal statement of the cutover."), tr("TEXT"));
    const QCommandLineOption by = CtlSupport::byOption();
    const QCommandLineOption signatures(QStringLiteral("signatures"),
        tr("required (every signed act needs an SSH signature; default for --live) or declared (identities "
           "declared, not verified; default for rehearsals)."),
        tr("POLICY"));
    p.addOptions({ templ, lang, name, outFile, rehearsal, live, goal, by, signatures });
    CtlSigning::addOptions(p);
    const QString command = args.value(0);
    if (const int rc
        = CtlSupport::parse(p, args, QStringLiteral("cutoverctl new --name TEXT --out SESSION [options]"), 0,
            0, { name.names().constFirst(), outFile.names().constFirst() });
        rc != CtlSupport::Continue)
        return rc;
    if (p.isSet(live) && p.isSet(rehearsal))
        return CtlSupport::usageError(command, tr("--live and --rehearsal exclude each other"));
    QString language = p.value(lang).trimmed().toLower();
    if (p.isSet(lang) && !RunbookTemplates::languages().contains(language))
        return CtlSupport::usageError(command,
            tr("--lang must be one of %1, not \"%2\"")
                .arg(RunbookTemplates::languages().join(QStringLiteral(", ")), p.value(lang)));
    SignaturePolicy policy = SignaturePolicyText::defaultFor(!p.isSet(live));
    if (p.isSet(signatures) && !SignaturePolicyText::fromKey(p.value(signatures), &policy))
        return CtlSupport::usageError(
            command, tr("--signatures must be required or declared, not \"%1\"").arg(p.value(signatures)));
    // A key that is given must prove who creates; without one, the OS account does (as in a declared
    // session): the policy that would require the key is only being made.
    const bool keyGiven = policy == SignaturePolicy::Required
        && !SigningSettings::keyFile(p.value(QStringLiteral("key"))).isEmpty();
    // A team session is created by the role the server logs this process in as.
    if (SessionAddress::isPostgres(p.value(outFile))) {
        QString error;
        const QString role = CtlSupport::loginRole(p.value(outFile), &error);
        if (role.isEmpty())
            return CtlSupport::refused(error);
        CtlSupport::setTeamRole(role);
    }
    QString actor;
    if (QString error; !CtlSigning::actingPrincipal(
            p, keyGiven ? SignaturePolicy::Required : SignaturePolicy::Declared, &actor, &error))
        return CtlSigning::refuseActor(error);

    const QString templateArg = p.value(templ);
    const TemplateLibrary library;
    const RunbookCodec::ParseResult loaded
        = library.load(templateArg, language.isEmpty() ? QStringLiteral("en") : language);
    if (!loaded.ok)
        return CtlSupport::refused(tr("Cannot use the template: %1").arg(loaded.error));
    if (language.isEmpty())
        language = RunbookTemplates::languages().contains(loaded.runbook.language) ? loaded.runbook.language
                                                                                   : QStringLiteral("en");

    SessionInfo info;
    info.name = p.value(name).trimmed();
    info.goal = p.value(goal);
    info.rehearsal = !p.isSet(live);
    info.signatures = SignaturePolicyText::key(policy);
    info.language = language;
    info.templateName = QFileInfo::exists(templateArg) ? QFileInfo(templateArg).fileName() : templateArg;

    QString error;
    const std::unique_ptr<CutoverSession> session
        = CutoverSession::create(p.value(outFile), info, loaded.runbook, actor, &error);
    if (!session)
        return CtlSupport::refused(error);
    CtlSupport::print(tr(
        "Created %1 (%2): \"%3\", %4 phases, %5 items, language %6, by %7.\nSignatures: %8\nAudit head: %9\n")
                          .arg(session->path(), info.rehearsal ? tr("rehearsal") : tr("LIVE"), info.name)
                          .arg(session->phases().size())
                          .arg(session->allItems().size())
                          .arg(
                              info.language, actor, SignaturePolicyText::label(policy), session->headHash()));
    return CtlSupport::Success;
}

int ChecklistCommands::runStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Shows a session: its phases and items with id, status and owner, the progress per phase and "
        "overall, "
        "and the head hash of the audit trail. Opens the file read-only, so it works while the cockpit has "
        "the session open."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QCommandLineOption json(QStringLiteral("json"),
        tr("Print the status as one JSON object (phases[].items[] with id, task, "
           "expected, owner, status, ...)."));
    p.addOption(json);
    if (const int rc = CtlSupport::parse(p, args, QStringLiteral("cutoverctl status SESSION [--json]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;

    const std::unique_ptr<CutoverSession> session
        = CtlSupport::openSession(p.positionalArguments().constFirst(), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    const QJsonObject status = SessionStatusJson::build(*session);
    if (p.isSet(json)) {
        CtlSupport::print(QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Indented)));
        return CtlSupport::Success;
    }

    auto progressText = [](const QJsonObject &progress) {
        QString text = tr("%1/%2 finished (%3 done, %4 skipped)")
                           .arg(progress.value(QStringLiteral("finished")).toInt())
                           .arg(progress.value(QStringLiteral("total")).toInt())
                           .arg(progress.value(QStringLiteral("done")).toInt())
                           .arg(progress.value(QStringLiteral("skipped")).toInt());
        // Failed items and items awaiting their sign-off are never hidden in a phase line.
        if (const int failed = progress.value(QStringLiteral("failed")).toInt(); failed > 0)
            text += tr(", %n FAILED", nullptr, failed);
        if (const int awaiting = progress.value(QStringLiteral("awaiting_signoff")).toInt(); awaiting > 0)
            text += tr(", %n awaiting sign-off", nullptr, awaiting);
        return text;
    };
    QString text;
    text += tr("Session: %1 (%2, language %3)\n")
                .arg(status.value(QStringLiteral("name")).toString(),
                    status.value(QStringLiteral("rehearsal")).toBool() ? tr("rehearsal") : tr("LIVE"),
                    status.value(QStringLiteral("language")).toString());
    if (!status.value(QStringLiteral("goal")).toString().isEmpty())
        text += tr("Goal: %1\n").arg(status.value(QStringLiteral("goal")).toString());
    text += tr("Progress: %1\n").arg(progressText(status.value(QStringLiteral("progress")).toObject()));
    const QJsonArray phases = status.value(QStringLiteral("phases")).toArray();
    for (const QJsonValue &pv : phases) {
        const QJsonObject phase = pv.toObject();
        text += QLatin1Char('\n')
            + tr("%1 — %2\n")
                  .arg(phase.value(QStringLiteral("name")).toString(),
                      progressText(phase.value(QStringLiteral("progress")).toObject()));
        for (const QJsonValue &iv : phase.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = iv.toObject();
            QString line
                = QStringLiteral("  %1  %2  %3")
                      .arg(QString::number(item.value(QStringLiteral("id")).toInteger()).rightJustified(3),
                          item.value(QStringLiteral("status")).toString().leftJustified(16),
                          item.value(QStringLiteral("task")).toString());
            QStringList details;
            if (!item.value(QStringLiteral("owner")).toString().isEmpty())
                details << tr("owner %1").arg(item.value(QStringLiteral("owner")).toString());
            if (item.value(QStringLiteral("signoff_required")).toBool())
                details << tr("needs sign-off");
            if (!item.value(QStringLiteral("completed_by")).toString().isEmpty())
                details << tr("completed by %1").arg(item.value(QStringLiteral("completed_by")).toString());
            if (!item.value(QStringLiteral("signed_off_by")).toString().isEmpty())
                details << tr("signed off by %1").arg(item.value(QStringLiteral("signed_off_by")).toString());
            if (!item.value(QStringLiteral("skip_reason")).toString().isEmpty())
                details
                    << tr("skipped because: %1").arg(item.value(QStringLiteral("skip_reason")).toString());
            if (!details.isEmpty())
                line += QStringLiteral("  [%1]").arg(details.join(QStringLiteral("; ")));
            text += line + QLatin1Char('\n');
        }
    }
    text += QLatin1Char('\n')
        + tr("Audit trail: %1 records, head %2\n")
              .arg(status.value(QStringLiteral("audit_records")).toInteger())
              .arg(status.value(QStringLiteral("audit_head")).toString());
    CtlSupport::print(text);
    return CtlSupport::Success;
}

int ChecklistCommands::runItem(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Changes one checklist item. Each change is committed at once and recorded in the audit trail with "
        "who you are (the principal your key proves in a session that requires signatures or with --key, "
        "else your operating-system account) and --reason. On an item that needs a sign-off, --status done "
        "leaves it awaiting the sign-off of a second person (`cutoverctl signoff`)."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The item id, as shown by `cutoverctl status`."));
    const QCommandLineOption status(QStringLiteral("status"),
        tr("New status: open, in-progress, done, failed or skipped (skipped needs "
           "--reason)."),
        tr("STATUS"));
    const QCommandLineOption by = CtlSupport::byOption();
    const QCommandLineOption reason(
        QStringLiteral("reason"), tr("Why: recorded with every change; required for skipped."), tr("TEXT"));
    const QCommandLineOption note(
        QStringLiteral("note"), tr("Add TEXT as a new line to the item's notes."), tr("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Set the item's owner."), tr("NAME"));
    const QCommandLineOption evidence(QStringLiteral("evidence"),
        tr("Add an evidence link (a URL or a path); repeat the option to add "
           "several."),
        tr("URL"));
    p.addOptions({ status, by, reason, note, owner, evidence });
    CtlSigning::addOptions(p); // skipping an item that needs sign-off is a signed act
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl item SESSION ID [--status STATUS] "
                           "[--reason TEXT] [--note TEXT] [--owner NAME] "
                           "[--evidence URL ...]"),
            2, 2);
        rc != CtlSupport::Continue)
        return rc;
    qint64 id = 0;
    if (!CtlSupport::parseItemId(command, p.positionalArguments().at(1), &id))
        return CtlSupport::UsageError;
    if (!p.isSet(status) && !p.isSet(note) && !p.isSet(owner) && !p.isSet(evidence))
        return CtlSupport::usageError(
            command, tr("nothing to change: give --status, --note, --owner or --evidence"));
    ItemStatus target = ItemStatus::Open;
    if (p.isSet(status)) {
        const QString key = p.value(status).trimmed().toLower();
        const bool allowed = key == QLatin1String("open") || key == QLatin1String("in-progress")
            || key == QLatin1String("done") || key == QLatin1String("failed")
            || key == QLatin1String("skipped");
        if (!allowed || !ItemStatusText::fromKey(key, &target))
            return CtlSupport::usageError(command,
                tr("--status must be open, in-progress, done, failed or skipped, not \"%1\"")
                    .arg(p.value(status)));
    }

    const std::unique_ptr<CutoverSession> session
        = CtlSupport::openSession(p.positionalArguments().constFirst(), SessionStore::Mode::ReadWrite);
    if (!session)
        return CtlSupport::Refused;
    if (!session->hasItem(id))
        return CtlSupport::refused(tr("There is no checklist item %1 in %2.").arg(id).arg(session->path()));

    QString actor;
    const QString why = p.value(reason);
    const ChecklistItem before = session->item(id);
    QStringList done;
    const bool signedSkip
        = p.isSet(status) && target == ItemStatus::Skipped && session->skipNeedsSignature(id);
    // In a session that requires signatures the one who acts is the key's principal (allowed signers), also
    // for the changes that are not signatures themselves: the completer of an item is the person the
    // four-eyes rule compares the signer with. A key given with --key counts in a declared session too.
    CtlSigning::Signer signer;
    if (QString error;
        !CtlSigning::actingPrincipal(p, session->signaturePolicy(), &actor, &error, &signer, signedSkip))
        return signedSkip ? CtlSupport::refused(tr("Skip refused: %1").arg(error))
                          : CtlSigning::refuseActor(error);
    // The status goes first: it is the change with rules, so a refusal leaves the item untouched.
    if (signedSkip) {
        const ActionResult r = CtlSigning::signAndRun(
            signer,
            [&](const QString &principal, const QString &name) {
                return session->skipStatement(id, why, principal, name);
            },
            [&](const ElectronicSignature &s) { return session->skip(id, s, why); });
        if (!r)
            return CtlSupport::refused(tr("Skip refused: %1").arg(r.error));
        done << tr("status %1 -> skipped, signed by %2 (responsible for)")
                    .arg(ItemStatusText::key(before.status), signer.principal);
        if (signer.declared())
            done << CtlSigning::declaredNote();
    } else if (p.isSet(status)) {
        if (const ActionResult r = session->setStatus(id, target, actor, why); !r)
            return CtlSupport::refused(r.error);
        const ChecklistItem after = session->item(id);
        if (after.status == before.status) {
            done << tr("status stays %1").arg(ItemStatusText::key(after.status));
        } else if (after.status == ItemStatus::AwaitingSignOff) {
            done << tr("status %1 -> %2: completed by %3; it is done once a second person signs it off "
                       "(`cutoverctl signoff`)")
                        .arg(ItemStatusText::key(before.status), ItemStatusText::key(after.status),
                            after.completedBy);
        } else {
            done << tr("status %1 -> %2")
                        .arg(ItemStatusText::key(before.status), ItemStatusText::key(after.status));
        }
    }
    if (p.isSet(owner)) {
        if (const ActionResult r = session->setOwner(id, p.value(owner), actor, why); !r)
            return CtlSupport::refused(r.error);
        done << tr("owner %1").arg(session->item(id).owner);
    }
    if (p.isSet(note)) {
        if (const ActionResult r = session->addNote(id, p.value(note), actor, why); !r)
            return CtlSupport::refused(r.error);
        done << tr("note added");
    }
    if (p.isSet(evidence)) {
        if (const ActionResult r = session->addEvidence(id, p.values(evidence), actor, why); !r)
            return CtlSupport::refused(r.error);
        done << tr("%n evidence link(s)", nullptr, int(session->item(id).evidence.size()));
    }
    CtlSupport::print(tr("Item %1 \"%2\": %3.\n").arg(id).arg(before.task, done.join(QStringLiteral("; "))));
    return CtlSupport::Success;
}

int ChecklistCommands::runSignOff(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Signs off an item that awaits its sign-off, which makes it done. The sign-off is an electronic "
           "signature (\"reviewed and approved\") made with your SSH key (--key); who you are is what the "
           "allowed signers file maps the key to, never --by (which only sets the name shown). The sign-off "
           "must come from a second person: the principal who completed the item is refused. Without a key, "
           "in a session whose signatures are declared, you sign as your OS account. With --withdraw the "
           "signer takes their own sign-off back (recorded, with a reason); the item then awaits a sign-off "
           "again."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The item id, as shown by `cutoverctl status`."));
    const QCommandLineOption by = CtlSupport::byOption();
    const QCommandLineOption reason(QStringLiteral("reason"),
        tr("A remark recorded with the sign-off (required with --withdraw)."), tr("TEXT"));
    const QCommandLineOption withdraw(
        QStringLiteral("withdraw"), tr("Withdraw your own sign-off instead of giving one."));
    p.addOptions({ by, reason, withdraw });
    CtlSigning::addOptions(p);
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl signoff SESSION ID [--key FILE] [--allowed-signers FILE] [--by NAME] "
                           "[--reason TEXT] [--withdraw]"),
            2, 2);
        rc != CtlSupport::Continue)
        return rc;
    qint64 id = 0;
    if (!CtlSupport::parseItemId(command, p.positionalArguments().at(1), &id))
        return CtlSupport::UsageError;

    const std::unique_ptr<CutoverSession> session
        = CtlSupport::openSession(p.positionalArguments().constFirst(), SessionStore::Mode::ReadWrite);
    if (!session)
        return CtlSupport::Refused;
    if (!session->hasItem(id))
        return CtlSupport::refused(tr("There is no checklist item %1 in %2.").arg(id).arg(session->path()));
    CtlSigning::Signer signer;
    QString error;
    if (!CtlSigning::prepare(p, session->signaturePolicy(), p.value(by), &signer, &error))
        return CtlSupport::refused(tr("Sign-off refused: %1").arg(error));
    if (p.isSet(withdraw)) {
        if (const ActionResult r = session->withdrawSignOff(id, signer.principal, p.value(reason)); !r)
            return CtlSupport::refused(tr("Withdrawal refused: %1").arg(r.error));
        const ChecklistItem item = session->item(id);
        CtlSupport::print(tr("Item %1 \"%2\": the sign-off is withdrawn; it is %3.\n")
                              .arg(id)
                              .arg(item.task, ItemStatusText::key(item.status)));
        return CtlSupport::Success;
    }
    const ActionResult r = CtlSigning::signAndRun(
        signer,
        [&](const QString &principal, const QString &name) {
            return session->signOffStatement(id, principal, name);
        },
        [&](const ElectronicSignature &s) { return session->signOff(id, s, p.value(reason)); });
    if (!r)
        return CtlSupport::refused(tr("Sign-off refused: %1").arg(r.error));
    const ChecklistItem item = session->item(id);
    CtlSupport::print(
        tr("Item %1 \"%2\" signed off by %3 (completed by %4); it is %5.\n")
            .arg(id)
            .arg(item.task, item.signedOffBy, item.completedBy, ItemStatusText::key(item.status)));
    if (signer.declared())
        CtlSupport::print(CtlSigning::declaredNote() + QLatin1Char('\n'));
    else
        CtlSupport::print(tr("Signed with %1 (reviewed and approved).\n").arg(signer.fingerprint));
    return CtlSupport::Success;
}

int ChecklistCommands::runSignatures(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Shows a session's signature policy, or changes it with --policy: required (every signed act needs "
        "an SSH signature that verifies against the allowed signers) or declared (identities declared, not "
        "verified). The change is itself a signed act (\"responsible for\"); leaving \"required\" needs "
        "your key."));
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), tr("required or declared."), tr("POLICY"));
    const QCommandLineOption by = CtlSupport::byOption();
    p.addOptions({ policyOption, by });
    CtlSigning::addOptions(p);
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl signatures SESSION [--policy required|declared --key FILE "
                           "--allowed-signers FILE]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    SignaturePolicy wanted = SignaturePolicy::Required;
    if (p.isSet(policyOption) && !SignaturePolicyText::fromKey(p.value(policyOption), &wanted))
        return CtlSupport::usageError(
            command, tr("--policy must be required or declared, not \"%1\"").arg(p.value(policyOption)));
    const std::unique_ptr<CutoverSession> session
        = CtlSupport::openSession(p.positionalArguments().constFirst(),
            p.isSet(policyOption) ? SessionStore::Mode::ReadWrite : SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    if (p.isSet(policyOption)) {
        CtlSigning::Signer signer;
        QString error;
        if (!CtlSigning::prepare(p, session->signaturePolicy(), p.value(by), &signer, &error))
            return CtlSupport::refused(tr("Policy change refused: %1").arg(error));
        const ActionResult r = CtlSigning::signAndRun(
            signer,
            [&](const QString &principal, const QString &name) {
                return session->policyChangeStatement(wanted, principal, name);
            },
            [&](const ElectronicSignature &s) { return session->setSignaturePolicy(wanted, s); });
        if (!r)
            return CtlSupport::refused(tr("Policy change refused: %1").arg(r.error));
    }
    CtlSupport::print(tr("Signatures: %1 (%2)\n")
                          .arg(SignaturePolicyText::key(session->signaturePolicy()),
                              SignaturePolicyText::label(session->signaturePolicy())));
    return CtlSupport::Success;
}
