// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl: report, result, lesson, template-version — the lessons-learned report and the runbook loop.
#include "CtlCommand.h"
#include "CtlSupport.h"

#include "CtlNotifications.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "lessons/LessonsLearned.h"
#include "notify/Outbox.h"
#include "report/ReportExporter.h"
#include "report/ReportStrings.h"
#include "runbook/TemplateLibrary.h"
#include "runbook/TemplateVersions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommands", text);
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

// Parses; returns -1 to continue, or an exit code (help shown, or a usage error). positional < 0: any number.
int parse(QCommandLineParser &parser, const QStringList &args, int positional, const QString &usage)
{
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText() + QStringLiteral("\nUsage: ") + usage, 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << "Usage: " << usage << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 1) << Qt::flush;
        return 0;
    }
    if (positional >= 0 && parser.positionalArguments().size() != positional)
        return fail(tr("Usage: %1").arg(usage), 2);
    return -1;
}

std::unique_ptr<CutoverSession> openSession(const QString &path, SessionStore::Mode mode)
{
    QString error;
    std::unique_ptr<CutoverSession> s = CutoverSession::open(path, mode, &error);
    if (!s)
        err() << error << Qt::endl;
    return s;
}

int reportCommand(const QStringList &args)
{
    const QString usage
        = QStringLiteral("cutoverctl report SESSION --format pdf|html|md|json|csv --out PATH [--lang en|de]");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file (*.cutover)."));
    p.addOption({ QStringLiteral("format"), tr("pdf, html, md, json, or csv (the audit trail)."),
        QStringLiteral("FORMAT") });
    p.addOption(
        { QStringLiteral("out"), tr("The file to write (Markdown also writes NAME-figure-N.png beside it)."),
            QStringLiteral("PATH") });
    p.addOption({ QStringLiteral("lang"), tr("Language of the report: en (default) or de."),
        QStringLiteral("LANG"), QStringLiteral("en") });
    if (int code = parse(p, args, 1, usage); code >= 0)
        return code;
    ReportExporter::Request request;
    request.sessionPath = p.positionalArguments().at(0);
    if (!p.isSet(QStringLiteral("format"))
        || !ReportExporter::formatFromKey(p.value(QStringLiteral("format")), &request.format))
        return fail(tr("--format must be one of pdf, html, md, json, csv (got \"%1\").")
                        .arg(p.value(QStringLiteral("format"))),
            2);
    if (!p.isSet(QStringLiteral("out")))
        return fail(tr("--out PATH is required: where the report is written."), 2);
    request.outputPath = p.value(QStringLiteral("out"));
    request.language = p.value(QStringLiteral("lang"));
    if (!ReportStrings::isSupported(request.language))
        return fail(tr("--lang must be en or de (got \"%1\").").arg(request.language), 2);
    QStringList written;
    const ActionResult r = ReportExporter::run(request, {}, &written);
    if (!r)
        return fail(r.error);
    for (const QString &f : std::as_const(written))
        out() << f << '\n';
    out().flush();
    return 0;
}

int resultCommand(const QStringList &args)
{
    const QString usage = QStringLiteral("cutoverctl result SESSION [--goal TEXT] [--went-well TEXT] [--open "
                                         "TEXT] [--final] --by NAME [--reason TEXT]");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    p.addOption({ QStringLiteral("goal"), tr("What the goal was."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("went-well"), tr("What went well."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("open"), tr("What is open."), QStringLiteral("TEXT") });
    p.addOption(
        { QStringLiteral("by"), tr("Your name (recorded in the audit trail)."), QStringLiteral("NAME") });
    p.addOption(
        { QStringLiteral("reason"), tr("Why (recorded in the audit trail)."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("final"),
        tr("Mark the statement final: it is announced once to the webhook channels set in the "
           "environment (COCKPIT_SLACK_WEBHOOK, ...) and no longer edited.") });
    if (int code = parse(p, args, 1, usage); code >= 0)
        return code;
    const bool final = p.isSet(QStringLiteral("final"));
    const bool change = final || p.isSet(QStringLiteral("goal")) || p.isSet(QStringLiteral("went-well"))
        || p.isSet(QStringLiteral("open"));
    auto session = openSession(
        p.positionalArguments().at(0), change ? SessionStore::Mode::ReadWrite : SessionStore::Mode::ReadOnly);
    if (!session)
        return 1;
    LessonsLearned notes(session.get());
    ResultStatement rs = notes.resultStatement();
    if (change) {
        if (p.isSet(QStringLiteral("goal")))
            rs.goal = p.value(QStringLiteral("goal"));
        if (p.isSet(QStringLiteral("went-well")))
            rs.wentWell = p.value(QStringLiteral("went-well"));
        if (p.isSet(QStringLiteral("open")))
            rs.openPoints = p.value(QStringLiteral("open"));
        if (p.isSet(QStringLiteral("goal")) || p.isSet(QStringLiteral("went-well"))
            || p.isSet(QStringLiteral("open"))) {
            const ActionResult r = notes.setResultStatement(
                rs, p.value(QStringLiteral("by")), p.value(QStringLiteral("reason")));
            if (!r)
                return fail(r.error);
        }
    }
    if (final) {
        Outbox outbox(session->store());
        QStringList problems;
        const int channels = CtlNotifications::endpointsFromEnvironment(outbox, &problems);
        for (const QString &problem : std::as_const(problems))
            err() << problem << Qt::endl;
        const ActionResult r
            = notes.markResultFinal(p.value(QStringLiteral("by")), channels > 0 ? &outbox : nullptr);
        if (!r)
            return fail(r.error);
        if (channels == 0)
            out() << tr("Marked final. No webhook is set in the environment, so nothing was announced.")
                  << '\n';
        else if (!CtlNotifications::deliver(outbox, 10))
            err() << tr(
                "Marked final; the announcement is not delivered yet and stays in the session's outbox.")
                  << Qt::endl;
        else
            out() << QCoreApplication::translate(
                "ReportCommands", "Marked final and announced to %n channel(s).", nullptr, channels)
                  << '\n';
    }
    const ResultStatement &now = notes.resultStatement();
    out() << "Goal:           " << now.goal << "\nWhat went well: " << now.wentWell
          << "\nWhat is open:   " << now.openPoints << '\n';
    if (!now.updatedBy.isEmpty())
        out() << "Last edited by: " << now.updatedBy << ", " << ReportStrings::dateTime(now.updatedAt)
              << '\n';
    if (notes.isResultFinal())
        out() << "Final:          " << notes.resultFinalBy() << ", "
              << ReportStrings::dateTime(notes.resultFinalAt()) << '\n';
    out().flush();
    return 0;
}

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

int lessonCommand(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "cutoverctl lesson add SESSION --text T [--action A] [--owner O] [--change add|change|remove "
        "[--target task|expected] --phase P --task T [--new-task N] [--expected E]] --by NAME\n"
        "       cutoverctl lesson list SESSION [--json]\n"
        "       cutoverctl lesson remove SESSION --id N --by NAME [--reason TEXT]");
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    if (sub == QLatin1String("list")) {
        p.addOption({ QStringLiteral("json"), tr("Print JSON.") });
        if (int code = parse(p, rest, 1, usage); code >= 0)
            return code;
        auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
        if (!session)
            return 1;
        LessonsLearned notes(session.get());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const Lesson &l : notes.lessons())
                a.append(lessonJson(l));
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            const ReportStrings strings(session->info().language);
            for (const Lesson &l : notes.lessons()) {
                out() << l.id << ". " << l.text << '\n';
                if (!l.action.isEmpty())
                    out() << "   action: " << l.action
                          << (l.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.owner)) << '\n';
                if (!l.change.isNone())
                    out() << "   runbook: " << strings.describe(l.change) << '\n';
            }
            if (notes.lessons().isEmpty())
                out() << "No lessons recorded.\n";
        }
        out().flush();
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        p.addOption(
            { QStringLiteral("id"), tr("The lesson's number (see lesson list)."), QStringLiteral("N") });
        p.addOption({ QStringLiteral("by"), tr("Your name."), QStringLiteral("NAME") });
        p.addOption({ QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT") });
        if (int code = parse(p, rest, 1, usage); code >= 0)
            return code;
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            return fail(tr("--id N is required: the number of the lesson to remove."), 2);
        auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite);
        if (!session)
            return 1;
        LessonsLearned notes(session.get());
        const ActionResult r
            = notes.removeLesson(id, p.value(QStringLiteral("by")), p.value(QStringLiteral("reason")));
        return r ? 0 : fail(r.error);
    }
    if (sub != QLatin1String("add"))
        return fail(tr("Usage: %1").arg(usage), 2);

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
    p.addOption({ QStringLiteral("by"), tr("Your name."), QStringLiteral("NAME") });
    if (int code = parse(p, rest, 1, usage); code >= 0)
        return code;
    Lesson l;
    l.text = p.value(QStringLiteral("text"));
    l.action = p.value(QStringLiteral("action"));
    l.owner = p.value(QStringLiteral("owner"));
    if (!RunbookChange::kindFromKey(p.value(QStringLiteral("change")), &l.change.kind))
        return fail(
            tr("--change must be add, change or remove (got \"%1\").").arg(p.value(QStringLiteral("change"))),
            2);
    if (!RunbookChange::targetFromKey(p.value(QStringLiteral("target")), &l.change.target))
        return fail(
            tr("--target must be task or expected (got \"%1\").").arg(p.value(QStringLiteral("target"))), 2);
    l.change.phase = p.value(QStringLiteral("phase"));
    if (l.change.kind == RunbookChange::Kind::Add && l.change.target == RunbookChange::Target::Task) {
        l.change.newText = p.value(QStringLiteral("task"));
    } else {
        l.change.task = p.value(QStringLiteral("task"));
        l.change.newText = p.value(QStringLiteral("new-task"));
    }
    l.change.expected = p.value(QStringLiteral("expected"));
    if (l.change.isNone() && (p.isSet(QStringLiteral("phase")) || p.isSet(QStringLiteral("task"))))
        return fail(
            tr("--phase and --task describe a runbook change; say which with --change add|change|remove."),
            2);
    auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite);
    if (!session)
        return 1;
    LessonsLearned notes(session.get());
    qint64 id = 0;
    const ActionResult r = notes.addLesson(l, p.value(QStringLiteral("by")), &id);
    if (!r)
        return fail(r.error);
    out() << "Lesson " << id << " recorded.\n" << Qt::flush;
    return 0;
}

int templateVersionCommand(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "cutoverctl template-version save SESSION --name NAME --by NAME [--dir FOLDER]\n"
        "       cutoverctl template-version list SESSION | --name NAME [--dir FOLDER]\n"
        "       cutoverctl template-version diff FROM TO   (NAME@vN, a template name or a runbook file)");
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    QCommandLineParser p;
    p.addOption({ QStringLiteral("dir"),
        tr("The template folder (default: %1).").arg(TemplateLibrary::defaultDirectory()),
        QStringLiteral("FOLDER") });
    p.addOption({ QStringLiteral("name"), tr("The template's name."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("by"), tr("Your name."), QStringLiteral("NAME") });
    auto library = [&] {
        return p.isSet(QStringLiteral("dir")) ? TemplateLibrary(p.value(QStringLiteral("dir")))
                                              : TemplateLibrary();
    };
    if (sub == QLatin1String("save")) {
        if (int code = parse(p, rest, 1, usage); code >= 0)
            return code;
        if (!p.isSet(QStringLiteral("name")))
            return fail(tr("--name NAME is required: the template the new version belongs to."), 2);
        auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadWrite);
        if (!session)
            return 1;
        LessonsLearned notes(session.get());
        TemplateVersion saved;
        const ActionResult r = TemplateVersions::saveVersion(*session, notes.lessons(),
            p.value(QStringLiteral("name")), p.value(QStringLiteral("by")), library(), &saved);
        if (!r)
            return fail(r.error);
        out() << saved.reference() << " written to " << saved.filePath << "\nChangelog:\n";
        for (const QString &line : std::as_const(saved.changelog))
            out() << "  - " << line << '\n';
        out().flush();
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (int code = parse(p, rest, -1, usage); code >= 0)
            return code;
        // A session lists the versions it made; --name alone lists the library's versions of that template.
        if (p.positionalArguments().size() != (p.isSet(QStringLiteral("name")) ? 0 : 1))
            return fail(tr("Usage: %1").arg(usage), 2);
        QList<TemplateVersion> versions;
        if (p.isSet(QStringLiteral("name"))) {
            versions = TemplateVersions::libraryVersions(library(), p.value(QStringLiteral("name")));
        } else {
            auto session = openSession(p.positionalArguments().at(0), SessionStore::Mode::ReadOnly);
            if (!session)
                return 1;
            QString error;
            versions = TemplateVersions::sessionVersions(*session, &error);
            if (!error.isEmpty())
                return fail(error);
        }
        for (const TemplateVersion &v : std::as_const(versions)) {
            out() << v.reference() << "  " << ReportStrings::dateTime(v.createdAt) << "  by " << v.createdBy
                  << "  (" << v.runbook.taskCount() << " tasks) " << v.filePath << '\n';
            for (const QString &line : v.changelog)
                out() << "    - " << line << '\n';
        }
        if (versions.isEmpty())
            out() << "No template versions.\n";
        out().flush();
        return 0;
    }
    if (sub == QLatin1String("diff")) {
        p.addPositionalArgument(QStringLiteral("FROM"), tr("The older version."));
        p.addPositionalArgument(QStringLiteral("TO"), tr("The newer version."));
        if (int code = parse(p, rest, 2, usage); code >= 0)
            return code;
        const TemplateLibrary lib = library();
        const RunbookCodec::ParseResult a = lib.load(p.positionalArguments().at(0));
        if (!a.ok)
            return fail(a.error);
        const RunbookCodec::ParseResult b = lib.load(p.positionalArguments().at(1));
        if (!b.ok)
            return fail(b.error);
        const QList<TemplateDiffEntry> d = TemplateVersions::diff(a.runbook, b.runbook);
        for (const TemplateDiffEntry &e : d) {
            switch (e.kind) {
            case TemplateDiffEntry::Kind::Added:
                out() << "+ [" << e.phase << "] " << e.task << '\n';
                break;
            case TemplateDiffEntry::Kind::Removed:
                out() << "- [" << e.phase << "] " << e.task << '\n';
                break;
            case TemplateDiffEntry::Kind::Changed:
                out() << "~ [" << e.phase << "] " << e.task << ": " << e.field << " \"" << e.oldValue
                      << "\" -> \"" << e.newValue << "\"\n";
                break;
            }
        }
        if (d.isEmpty())
            out() << "No differences.\n";
        out().flush();
        return 0;
    }
    return fail(tr("Usage: %1").arg(usage), 2);
}

}

QList<CtlCommand> reportCommands()
{
    return {
        { QStringLiteral("report"),
            QStringLiteral("export the lessons-learned report (pdf, html, md, json) or the audit CSV"),
            reportCommand },
        { QStringLiteral("result"),
            QStringLiteral("show or write the result statement (goal, went well, open)"), resultCommand },
        { QStringLiteral("lesson"),
            QStringLiteral("add, list or remove lessons learned and their runbook changes"), lessonCommand },
        { QStringLiteral("template-version"),
            QStringLiteral("save lessons as a new template version, list versions, compare two"),
            templateVersionCommand },
    };
}
