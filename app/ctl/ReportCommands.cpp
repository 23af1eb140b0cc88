// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include "CtlNotifications.h"
#include "CtlSession.h"
#include "CtlSigning.h"
#include "CtlSupport.h"
#include "SubcommandDispatch.h"

#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "lessons/LessonsLearned.h"
#include "notify/Outbox.h"
#include "report/ReportExporter.h"
#include "report/ReportStrings.h"
#include "runbook/TemplateLibrary.h"
#include "runbook/TemplateVersions.h"
#include "session/SessionRuntime.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject lessonJson(const Lesson &l)
{
    QJsonObject o { { QStringLiteral("id"), double(l.id) }, { QStringLiteral("text"), l.text },
        { QStringLiteral("action"), l.action }, { QStringLiteral("owner"), l.owner },
        { QStringLiteral("created_by"), l.createdBy },
        { QStringLiteral("created_at"), Timestamps::toText(l.createdAt) } };
    if (!l.change.isNone()) {
        o.insert(QStringLiteral("change"),
            QJsonObject { { QStringLiteral("kind"), RunbookChange::kindKey(l.change.kind) },
                { QStringLiteral("target"), RunbookChange::targetKey(l.change.target) },
                { QStringLiteral("phase"), l.change.phase }, { QStringLiteral("task"), l.change.task },
                { QStringLiteral("new_text"), l.change.newText },
                { QStringLiteral("expected"), l.change.expected } });
    }
    return o;
}

// The options every template-version subcommand has, and the library they name.
void addLibraryOptions(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("dir"),
        ReportCommands::tr("The template folder (default: %1).").arg(TemplateLibrary::defaultDirectory()),
        QStringLiteral("FOLDER") });
    p.addOption(
        { QStringLiteral("name"), ReportCommands::tr("The template's name."), QStringLiteral("NAME") });
    p.addOption(CtlSupport::byOption());
}

TemplateLibrary libraryOf(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("dir")) ? TemplateLibrary(p.value(QStringLiteral("dir")))
                                          : TemplateLibrary();
}

}

QList<CtlCommand> reportCommands()
{
    return ReportCommands::commands();
}

QList<CtlCommand> ReportCommands::commands()
{
    return {
        { QStringLiteral("report"),
            tr("export the lessons-learned report (pdf, html, md, json) or the audit CSV"), &runReport },
        { QStringLiteral("result"), tr("show or write the result statement (goal, went well, open)"),
            &runResult },
        { QStringLiteral("lesson"), tr("add, list or remove lessons learned and their runbook changes"),
            &runLesson },
        { QStringLiteral("template-version"),
            tr("save lessons as a new template version, list versions, compare two"), &runTemplateVersion },
    };
}

int ReportCommands::runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file (*.cutover)."));
    p.addOption({ QStringLiteral("format"), tr("pdf, html, md, json, or csv (the audit trail)."),
        QStringLiteral("FORMAT") });
    p.addOption(
        { QStringLiteral("out"), tr("The file to write (Markdown also writes NAME-figure-N.png beside it)."),
            QStringLiteral("PATH") });
    p.addOption({ QStringLiteral("lang"), tr("Language of the report: en (default) or de."),
        QStringLiteral("LANG"), QStringLiteral("en") });
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl report SESSION --format pdf|html|md|json|csv --out PATH [--lang en|de]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    ReportExporter::Request request;
    request.sessionPath = p.positionalArguments().at(0);
    if (!p.isSet(QStringLiteral("format"))
        || !ReportExporter::formatFromKey(p.value(QStringLiteral("format")), &request.format))
        return CtlSupport::usageError(command,
            tr("--format must be one of pdf, html, md, json, csv (got \"%1\").")
                .arg(p.value(QStringLiteral("format"))));
    if (!p.isSet(QStringLiteral("out")))
        return CtlSupport::usageError(command, tr("--out PATH is required: where the report is written."));
    request.outputPath = p.value(QStringLiteral("out"));
    request.language = p.value(QStringLiteral("lang"));
    if (!ReportStrings::isSupported(request.language))
        return CtlSupport::usageError(
            command, tr("--lang must be en or de (got \"%1\").").arg(request.language));
    QStringList written;
    const ActionResult r = ReportExporter::run(request, {}, &written);
    if (!r)
        return CtlSupport::refused(r.error);
    for (const QString &f : std::as_const(written))
        CtlSupport::print(f + QLatin1Char('\n'));
    return CtlSupport::Success;
}

int ReportCommands::runResult(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addOption({ QStringLiteral("goal"), tr("What the goal was."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("went-well"), tr("What went well."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("open"), tr("What is open."), QStringLiteral("TEXT") });
    p.addOption(CtlSupport::byOption());
    p.addOption(
        { QStringLiteral("reason"), tr("Why (recorded in the audit trail)."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("final"),
        tr("Mark the statement final (a signed act, \"responsible for\"; see --key): it is announced once to "
           "the webhook channels set in the environment (COCKPIT_SLACK_WEBHOOK, ...) and no longer "
           "edited.") });
    CtlSigning::addOptions(p);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl result SESSION [--goal TEXT] [--went-well TEXT] [--open TEXT] [--final] "
                "[--reason TEXT]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    const bool final = p.isSet(QStringLiteral("final"));
    const bool edit = p.isSet(QStringLiteral("goal")) || p.isSet(QStringLiteral("went-well"))
        || p.isSet(QStringLiteral("open"));
    // A change goes through the composition root, so that marking final announces through the session's
    // outbox exactly as the cockpit does; showing only reads the file.
    // Who acts is found once: marking final signs with the same key (and passphrase) that proves the edit.
    std::unique_ptr<CtlSession> ctl;
    std::unique_ptr<CutoverSession> readOnly;
    std::unique_ptr<LessonsLearned> shown;
    LessonsLearned *notes = nullptr;
    CtlSigning::Signer signer;
    if (final || edit) {
        ctl = CtlSession::open(p.positionalArguments().at(0), p, CtlSession::Echo::Quiet,
            CtlSession::Runs::Nothing, &signer, final);
        if (!ctl)
            return CtlSupport::Refused;
        notes = ctl->runtime()->lessons();
    } else {
        readOnly = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
        if (!readOnly)
            return CtlSupport::Refused;
        shown = std::make_unique<LessonsLearned>(readOnly.get());
        notes = shown.get();
    }
    if (edit) {
        ResultStatement rs = notes->resultStatement();
        if (p.isSet(QStringLiteral("goal")))
            rs.goal = p.value(QStringLiteral("goal"));
        if (p.isSet(QStringLiteral("went-well")))
            rs.wentWell = p.value(QStringLiteral("went-well"));
        if (p.isSet(QStringLiteral("open")))
            rs.openPoints = p.value(QStringLiteral("open"));
        const ActionResult r = notes->setResultStatement(rs, ctl->actor(), p.value(QStringLiteral("reason")));
        if (!r)
            return CtlSupport::refused(r.error);
    }
    if (final) {
        const ActionResult r = CtlSigning::signAndRun(
            signer,
            [&](const QString &principal, const QString &name) {
                return notes->resultFinalStatement(principal, name);
            },
            [&](const ElectronicSignature &s) { return ctl->runtime()->markResultFinal(s); });
        if (!r)
            return CtlSupport::refused(r.error);
        if (signer.declared())
            CtlSupport::print(CtlSigning::declaredNote() + QLatin1Char('\n'));
        Outbox *outbox = ctl->runtime()->outbox();
        const int channels = int(outbox->enabledChannels().size());
        if (channels == 0)
            CtlSupport::print(
                tr("Marked final. No webhook is set in the environment, so nothing was announced.\n"));
        else if (!CtlNotifications::deliver(*outbox, 10))
            CtlSupport::printError(tr(
                "Marked final; the announcement is not delivered yet and stays in the session's outbox.\n"));
        else
            CtlSupport::print(tr("Marked final and announced to %n channel(s).\n", nullptr, channels));
    }
    const ResultStatement &now = notes->resultStatement();
    QString text = tr("Goal:           %1\nWhat went well: %2\nWhat is open:   %3\n")
                       .arg(now.goal, now.wentWell, now.openPoints);
    if (!now.updatedBy.isEmpty())
        text += tr("Last edited by: %1, %2\n").arg(now.updatedBy, ReportStrings::dateTime(now.updatedAt));
    if (notes->isResultFinal())
        text += tr("Final:          %1, %2\n")
                    .arg(notes->resultFinalBy(), ReportStrings::dateTime(notes->resultFinalAt()));
    CtlSupport::print(text);
    return CtlSupport::Success;
}

int ReportCommands::runLesson(const QStringList &args)
{
    return SubcommandDispatch::run(args,
        {
            { QStringLiteral("add"), tr("record a lesson, its action and the runbook change it asks for"),
                &runLessonAdd },
            { QStringLiteral("list"), tr("show the lessons"), &runLessonList },
            { QStringLiteral("remove"), tr("remove a lesson"), &runLessonRemove },
        });
}

int ReportCommands::runLessonList(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    if (const int rc
        = CtlSupport::parse(p, args, QStringLiteral("cutoverctl lesson list SESSION [--json]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    auto session = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
    if (!session)
        return CtlSupport::Refused;
    LessonsLearned notes(session.get());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Lesson &l : notes.lessons())
            a.append(lessonJson(l));
        CtlSupport::print(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
        return CtlSupport::Success;
    }
    const ReportStrings strings(session->info().language);
    QString text;
    for (const Lesson &l : notes.lessons()) {
        text += QStringLiteral("%1. %2\n").arg(l.id).arg(l.text);
        if (!l.action.isEmpty())
            text += tr("   action: %1%2\n")
                        .arg(l.action, l.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.owner));
        if (!l.change.isNone())
            text += tr("   runbook: %1\n").arg(strings.describe(l.change));
    }
    if (notes.lessons().isEmpty())
        text = tr("No lessons recorded.\n");
    CtlSupport::print(text);
    return CtlSupport::Success;
}

int ReportCommands::runLessonRemove(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addOption({ QStringLiteral("id"), tr("The lesson's number (see lesson list)."), QStringLiteral("N") });
    p.addOption(CtlSupport::byOption());
    p.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
    CtlSigning::addOptions(p);
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(
            p, args, QStringLiteral("cutoverctl lesson remove SESSION --id N [--reason TEXT]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok)
        return CtlSupport::usageError(command, tr("--id N is required: the number of the lesson to remove."));
    QString actor;
    auto session = CtlSigning::openToChange(p, p.positionalArguments().at(0), &actor);
    if (!session)
        return CtlSupport::Refused;
    LessonsLearned notes(session.get());
    const ActionResult r = notes.removeLesson(id, actor, p.value(QStringLiteral("reason")));
    return r ? CtlSupport::Success : CtlSupport::refused(r.error);
}

int ReportCommands::runLessonAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addOption({ QStringLiteral("text"), tr("What we learned."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("action"), tr("The action that follows."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("owner"), tr("Who owns the action."), QStringLiteral("NAME") });
    p.addOption(
        { QStringLiteral("change"), tr("Runbook change: add, change or remove."), QStringLiteral("KIND") });
    p.addOption(
        { QStringLiteral("target"), tr("What the change is about: task (default) or expected (result)."),
            QStringLiteral("TARGET"), QStringLiteral("task") });
    p.addOption({ QStringLiteral("phase"), tr("The phase the change is in."), QStringLiteral("PHASE") });
    p.addOption({ QStringLiteral("task"),
        tr("The task (its text or number in the phase); for add: the new task."), QStringLiteral("TASK") });
    p.addOption({ QStringLiteral("new-task"), tr("The task's new text (change of a task)."),
        QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("expected"), tr("The expected result."), QStringLiteral("TEXT") });
    p.addOption(CtlSupport::byOption());
    CtlSigning::addOptions(p);
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl lesson add SESSION --text T [--action A] [--owner O] [--change "
                           "add|change|remove [--target task|expected] --phase P --task T [--new-task N] "
                           "[--expected E]]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    Lesson l;
    l.text = p.value(QStringLiteral("text"));
    l.action = p.value(QStringLiteral("action"));
    l.owner = p.value(QStringLiteral("owner"));
    if (!RunbookChange::kindFromKey(p.value(QStringLiteral("change")), &l.change.kind))
        return CtlSupport::usageError(command,
            tr("--change must be add, change or remove (got \"%1\").")
                .arg(p.value(QStringLiteral("change"))));
    if (!RunbookChange::targetFromKey(p.value(QStringLiteral("target")), &l.change.target))
        return CtlSupport::usageError(command,
            tr("--target must be task or expected (got \"%1\").").arg(p.value(QStringLiteral("target"))));
    l.change.phase = p.value(QStringLiteral("phase"));
    if (l.change.kind == RunbookChange::Kind::Add && l.change.target == RunbookChange::Target::Task) {
        l.change.newText = p.value(QStringLiteral("task"));
    } else {
        l.change.task = p.value(QStringLiteral("task"));
        l.change.newText = p.value(QStringLiteral("new-task"));
    }
    l.change.expected = p.value(QStringLiteral("expected"));
    if (l.change.isNone() && (p.isSet(QStringLiteral("phase")) || p.isSet(QStringLiteral("task"))))
        return CtlSupport::usageError(command,
            tr("--phase and --task describe a runbook change; say which with --change add|change|remove."));
    QString actor;
    auto session = CtlSigning::openToChange(p, p.positionalArguments().at(0), &actor);
    if (!session)
        return CtlSupport::Refused;
    LessonsLearned notes(session.get());
    qint64 id = 0;
    const ActionResult r = notes.addLesson(l, actor, &id);
    if (!r)
        return CtlSupport::refused(r.error);
    CtlSupport::print(tr("Lesson %1 recorded.\n").arg(id));
    return CtlSupport::Success;
}

int ReportCommands::runTemplateVersion(const QStringList &args)
{
    return SubcommandDispatch::run(args,
        {
            { QStringLiteral("save"), tr("save the session's runbook and lessons as a new template version"),
                &runTemplateVersionSave },
            { QStringLiteral("list"), tr("list the versions a session made, or a template's versions"),
                &runTemplateVersionList },
            { QStringLiteral("diff"), tr("compare two versions (NAME@vN, a template name or a runbook file)"),
                &runTemplateVersionDiff },
        });
}

int ReportCommands::runTemplateVersionSave(const QStringList &args)
{
    QCommandLineParser p;
    addLibraryOptions(p);
    CtlSigning::addOptions(p); // approving a template version is a signed act
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl template-version save SESSION --name NAME [--key FILE] "
                           "[--allowed-signers FILE] [--by NAME] [--dir FOLDER]"),
            1, 1);
        rc != CtlSupport::Continue)
        return rc;
    if (!p.isSet(QStringLiteral("name")))
        return CtlSupport::usageError(
            command, tr("--name NAME is required: the template the new version belongs to."));
    auto session = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite);
    if (!session)
        return CtlSupport::Refused;
    LessonsLearned notes(session.get());
    TemplateVersion saved;
    CtlSigning::Signer signer;
    QString error;
    if (!CtlSigning::prepare(p, session->signaturePolicy(), p.value(QStringLiteral("by")), &signer, &error))
        return CtlSupport::refused(error);
    const TemplateLibrary library = libraryOf(p);
    const QString name = p.value(QStringLiteral("name"));
    const ActionResult r = CtlSigning::signAndRun(
        signer,
        [&](const QString &principal, const QString &shown) {
            return TemplateVersions::approvalStatement(*session, name, library, principal, shown);
        },
        [&](const ElectronicSignature &s) {
            return TemplateVersions::saveVersion(*session, notes.lessons(), name, s, library, &saved);
        });
    if (!r)
        return CtlSupport::refused(r.error);
    QString text = tr("%1 written to %2\nChangelog:\n").arg(saved.reference(), saved.filePath);
    for (const QString &line : std::as_const(saved.changelog))
        text += QStringLiteral("  - %1\n").arg(line);
    CtlSupport::print(text);
    return CtlSupport::Success;
}

int ReportCommands::runTemplateVersionList(const QStringList &args)
{
    QCommandLineParser p;
    addLibraryOptions(p);
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file (or --name alone)."));
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl template-version list SESSION | --name NAME [--dir FOLDER]"), 0, 1);
        rc != CtlSupport::Continue)
        return rc;
    // A session lists the versions it made; --name alone lists the library's versions of that template.
    const bool byName = p.isSet(QStringLiteral("name"));
    if (p.positionalArguments().size() != (byName ? 0 : 1))
        return CtlSupport::usageError(command, tr("give either SESSION or --name NAME"));
    QList<TemplateVersion> versions;
    if (byName) {
        versions = TemplateVersions::libraryVersions(libraryOf(p), p.value(QStringLiteral("name")));
    } else {
        auto session = CtlSupport::openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
        if (!session)
            return CtlSupport::Refused;
        QString error;
        versions = TemplateVersions::sessionVersions(*session, &error);
        if (!error.isEmpty())
            return CtlSupport::refused(error);
    }
    QString text;
    for (const TemplateVersion &v : std::as_const(versions)) {
        text += tr("%1  %2  by %3  (%4 tasks) %5\n")
                    .arg(v.reference(), ReportStrings::dateTime(v.createdAt), v.createdBy)
                    .arg(v.runbook.taskCount())
                    .arg(v.filePath);
        for (const QString &line : v.changelog)
            text += QStringLiteral("    - %1\n").arg(line);
    }
    if (versions.isEmpty())
        text = tr("No template versions.\n");
    CtlSupport::print(text);
    return CtlSupport::Success;
}

int ReportCommands::runTemplateVersionDiff(const QStringList &args)
{
    QCommandLineParser p;
    addLibraryOptions(p);
    p.addPositionalArgument(QStringLiteral("FROM"), tr("The older version."));
    p.addPositionalArgument(QStringLiteral("TO"), tr("The newer version."));
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral(
                "cutoverctl template-version diff FROM TO   (NAME@vN, a template name or a runbook file)"),
            2, 2);
        rc != CtlSupport::Continue)
        return rc;
    const TemplateLibrary lib = libraryOf(p);
    const RunbookCodec::ParseResult a = lib.load(p.positionalArguments().at(0));
    if (!a.ok)
        return CtlSupport::refused(a.error);
    const RunbookCodec::ParseResult b = lib.load(p.positionalArguments().at(1));
    if (!b.ok)
        return CtlSupport::refused(b.error);
    const QList<TemplateDiffEntry> d = TemplateVersions::diff(a.runbook, b.runbook);
    QString text;
    for (const TemplateDiffEntry &e : d) {
        switch (e.kind) {
        case TemplateDiffEntry::Kind::Added:
            text += QStringLiteral("+ [%1] %2\n").arg(e.phase, e.task);
            break;
        case TemplateDiffEntry::Kind::Removed:
            text += QStringLiteral("- [%1] %2\n").arg(e.phase, e.task);
            break;
        case TemplateDiffEntry::Kind::Changed:
            text += QStringLiteral("~ [%1] %2: %3 \"%4\" -> \"%5\"\n")
                        .arg(e.phase, e.task, e.field, e.oldValue, e.newValue);
            break;
        }
    }
    if (d.isEmpty())
        text = tr("No differences.\n");
    CtlSupport::print(text);
    return CtlSupport::Success;
}
