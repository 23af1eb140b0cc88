// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateCommands.h"

#include "CtlSupport.h"
#include "SubcommandDispatch.h"

#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"
#include "runbook/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace {

// A session file is recognised by its content (SQLite), not by its name.
bool looksLikeSessionFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

}

QList<CtlCommand> TemplateCommands::commands()
{
    return { { QStringLiteral("template"), tr("import, list and export runbook templates"), &run } };
}

int TemplateCommands::run(const QStringList &args)
{
    const QList<CtlCommand> subcommands = {
        { QStringLiteral("import"), tr("check a runbook file and store it as a template"), &runImport },
        { QStringLiteral("list"), tr("list the stored templates"), &runList },
        { QStringLiteral("export"), tr("write a template or a session's checklist as a runbook file"),
            &runExport },
    };
    return SubcommandDispatch::run(args, subcommands);
}

int TemplateCommands::runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Checks a runbook file (a Markdown table | Phase | Task | Result | in English or German, CSV or "
        "JSON; "
        "the format follows the suffix) and stores it as a template. A file with any error is refused whole, "
        "naming the line and the reason; nothing is stored then. Templates are kept in %1 "
        "(set $COCKPIT_TEMPLATE_DIR to use another folder).")
                                    .arg(TemplateLibrary::defaultDirectory()));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The runbook file (.md, .csv or .json)."));
    const QCommandLineOption name(QStringLiteral("name"),
        tr("The template's name (letters, digits, '-', '_', '.'); default: the file name "
           "without its suffix."),
        tr("NAME"));
    const QCommandLineOption replace(
        QStringLiteral("replace"), tr("Replace a stored template of the same name."));
    p.addOptions({ name, replace });
    if (const int rc
        = CtlSupport::parse(p, args, QStringLiteral("cutoverctl template import FILE [--name NAME]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;

    const QString file = p.positionalArguments().constFirst();
    const RunbookCodec::ParseResult parsed = RunbookCodec::readFile(file);
    if (!parsed.ok)
        return CtlSupport::refused(tr("Not imported: %1").arg(parsed.error));
    const QString templateName = p.isSet(name) ? p.value(name).trimmed() : QFileInfo(file).completeBaseName();
    const TemplateLibrary library;
    if (!p.isSet(replace) && templateName != TemplateLibrary::builtInName()
        && library.names().contains(templateName))
        return CtlSupport::refused(
            tr("Not imported: a template named \"%1\" exists already; use --replace or "
               "--name.")
                .arg(templateName));
    Runbook runbook = parsed.runbook;
    if (runbook.name.isEmpty())
        runbook.name = templateName;
    if (const ActionResult r = library.store(templateName, runbook); !r)
        return CtlSupport::refused(tr("Not imported: %1").arg(r.error));
    CtlSupport::print(tr("Imported template \"%1\": %2 phases, %3 tasks (stored in %4).\n")
                          .arg(templateName)
                          .arg(runbook.phases.size())
                          .arg(runbook.taskCount())
                          .arg(library.directory()));
    return CtlSupport::Success;
}

int TemplateCommands::runList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists the runbook templates: the built-in \"default\" and the stored ones, "
           "with their phases and tasks."));
    if (const int rc = CtlSupport::parse(p, args, QStringLiteral("cutoverctl template list"), 0, 0);
        rc != CtlSupport::Continue)
        return rc;
    const TemplateLibrary library;
    QString text;
    for (const QString &name : library.names()) {
        const RunbookCodec::ParseResult loaded = library.load(name);
        if (name == TemplateLibrary::builtInName())
            text += tr("%1  (built in: the article's checklist; %2 phases, %3 tasks; languages %4)\n")
                        .arg(name)
                        .arg(loaded.runbook.phases.size())
                        .arg(loaded.runbook.taskCount())
                        .arg(RunbookTemplates::languages().join(QStringLiteral(", ")));
        else if (loaded.ok)
            text += tr("%1  (%2 phases, %3 tasks)\n")
                        .arg(name)
                        .arg(loaded.runbook.phases.size())
                        .arg(loaded.runbook.taskCount());
        else
            text += tr("%1  (unreadable: %2)\n").arg(name, loaded.error);
    }
    text += tr("Templates are stored in %1\n").arg(library.directory());
    CtlSupport::print(text);
    return CtlSupport::Success;
}

int TemplateCommands::runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Writes a runbook file: the built-in checklist (\"default\"), a stored template, or the checklist of "
        "a "
        "session file (read-only). The format follows the suffix of --out: .md, .csv or .json. An existing "
        "file is replaced."));
    p.addPositionalArgument(QStringLiteral("SOURCE"), tr("default, a template name, or a session file."));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("The file to write (required)."), tr("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("en or de: the language of the built-in checklist and of the Markdown "
           "headers. Default: the source's language, else en."),
        tr("LANG"));
    p.addOptions({ outFile, lang });
    const QString command = args.value(0);
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl template export default|NAME|SESSION --out FILE [--lang en|de]"), 1,
            1);
        rc != CtlSupport::Continue)
        return rc;
    if (!p.isSet(outFile) || p.value(outFile).isEmpty())
        return CtlSupport::usageError(command, tr("--out FILE is required"));
    const QString language = p.value(lang).trimmed().toLower();
    if (p.isSet(lang) && !RunbookTemplates::languages().contains(language))
        return CtlSupport::usageError(command,
            tr("--lang must be one of %1, not \"%2\"")
                .arg(RunbookTemplates::languages().join(QStringLiteral(", ")), p.value(lang)));

    const QString source = p.positionalArguments().constFirst();
    Runbook runbook;
    if (looksLikeSessionFile(source)) {
        const std::unique_ptr<CutoverSession> session
            = CtlSupport::openSession(source, SessionStore::Mode::ReadOnly);
        if (!session)
            return CtlSupport::Refused;
        runbook = session->toRunbook();
    } else {
        const RunbookCodec::ParseResult loaded
            = TemplateLibrary().load(source, language.isEmpty() ? QStringLiteral("en") : language);
        if (!loaded.ok)
            return CtlSupport::refused(loaded.error);
        runbook = loaded.runbook;
    }
    if (!language.isEmpty())
        runbook.language = language;
    QString error;
    if (!RunbookCodec::writeFile(runbook, p.value(outFile), &error))
        return CtlSupport::refused(error);
    CtlSupport::print(tr("Wrote %1 phases, %2 tasks to %3.\n")
                          .arg(runbook.phases.size())
                          .arg(runbook.taskCount())
                          .arg(p.value(outFile)));
    return CtlSupport::Success;
}
