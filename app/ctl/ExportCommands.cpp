// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommands.h"

#include "CtlSupport.h"

#include "store/SessionCopier.h"
#include "store/SessionStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<CtlCommand> ExportCommands::commands()
{
    return {
        { QStringLiteral("export"),
            tr("copy a session into a new .cutover file whose audit trail verifies with the same head"),
            &runExport },
        { QStringLiteral("import"),
            tr("copy a .cutover file into a new session: a file, or a team session on PostgreSQL"),
            &runImport },
    };
}

namespace {

// A team address is named as such, so that nobody takes it for a file name with a colon.
bool isTeamAddress(const QString &address)
{
    return address.startsWith(QLatin1String("postgresql://"))
        || address.startsWith(QLatin1String("postgres://"));
}

// Where a copy may go: export writes a file; import writes a file or a new team session.
enum class Target { File, FileOrTeam };

// Opens source read-only (looking needs no key), copies it into the new session target, prints the summary.
int copySession(const QCommandLineParser &p, const QString &source, const QString &target, Target allowed)
{
    const bool team = isTeamAddress(target);
    if (team && allowed == Target::File)
        return CtlSupport::refused(ExportCommands::tr("%1 is a team session address; export writes a file. "
                                                      "To bring a session into a team database, use "
                                                      "cutoverctl import SESSION --into %1.")
                                       .arg(target));
    QString error;
    const std::unique_ptr<SessionStore> store
        = SessionStore::open(source, SessionStore::Mode::ReadOnly, &error);
    if (!store)
        return CtlSupport::refused(error);
    const SessionCopier::Result r = team ? SessionCopier::copyToNewTeamSession(*store, target)
                                         : SessionCopier::copyToNewFile(*store, target);
    if (!r.ok)
        return CtlSupport::refused(r.error);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray tables;
        for (const SessionCopier::TableCount &t : r.tables)
            tables.append(
                QJsonObject { { QStringLiteral("table"), t.table }, { QStringLiteral("rows"), t.rows } });
        const QJsonObject o { { QStringLiteral("source"), source }, { QStringLiteral("target"), target },
            { QStringLiteral("tables"), tables }, { QStringLiteral("rows"), r.rows },
            { QStringLiteral("audit_records"), r.auditRecords }, { QStringLiteral("head"), r.headHash },
            { QStringLiteral("verified"), true } };
        CtlSupport::print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return CtlSupport::Success;
    }
    QString text = ExportCommands::tr("Copied %1 to %2:\n").arg(source, target);
    for (const SessionCopier::TableCount &t : r.tables)
        text += QStringLiteral("  %1%2\n").arg(t.table.leftJustified(20)).arg(t.rows);
    text += ExportCommands::tr("%1 rows; the copy's audit trail verifies: %2 records, head %3\n")
                .arg(r.rows)
                .arg(r.auditRecords)
                .arg(r.headHash);
    CtlSupport::print(text);
    return CtlSupport::Success;
}

QCommandLineOption jsonOption()
{
    return { QStringLiteral("json"),
        ExportCommands::tr(
            "Print one JSON object: source, target, tables (table, rows), rows, audit_records, "
            "head, verified.") };
}

}

namespace {

// What tells export and import apart: their help, their positional argument and the option naming the copy.
struct CopyCommand {
    QString description;
    QString positional;
    QString positionalHelp;
    QString option;
    QString optionHelp;
    QString optionValue;
    QString syntax;
    Target allowed;
};

int runCopy(const QStringList &args, const CopyCommand &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(c.description);
    p.addPositionalArgument(c.positional, c.positionalHelp);
    const QCommandLineOption target(c.option, c.optionHelp, c.optionValue);
    p.addOption(target);
    p.addOption(jsonOption());
    if (const int rc = CtlSupport::parse(p, args, c.syntax, 1, 1, { c.option }); rc != CtlSupport::Continue)
        return rc;
    return copySession(p, p.positionalArguments().constFirst(), p.value(target), c.allowed);
}

}

int ExportCommands::runExport(const QStringList &args)
{
    return runCopy(args,
        { tr("Copies a whole session into a new session file: every table, value for value, in one read "
             "snapshot of the session (a cockpit may keep writing to it). The copy is written to a hidden "
             "file beside FILE and renamed to FILE only after its audit trail verified with the same head "
             "as the session's; a session whose trail does not verify is refused and nothing is left. It "
             "is the same session (same session id, trail and head; trust decisions hold for it). Never "
             "overwrites a file. Opens the session read-only; a session of an older schema must be opened "
             "for writing once first. Exits 0 and prints the rows per table and the verified head, 1 when "
             "refused."),
            QStringLiteral("SESSION"), tr("The session file."), QStringLiteral("out"),
            tr("The new session file to write."), tr("FILE"),
            QStringLiteral("cutoverctl export SESSION --out FILE [--json]"), Target::File });
}

int ExportCommands::runImport(const QStringList &args)
{
    return runCopy(args,
        { tr("Copies a session file into a new session, as export does: every table, value for value, "
             "verified before it is committed (same head as the file's trail), or nothing is left. TARGET "
             "is a new file path, or a team session's address, postgresql://[user@]host[:port]/dbname"
             "?session=NAME (e.g. a rehearsal prepared offline, with records by other people). A team "
             "session is created by a lead (`cutoverctl team grant ... --as lead`), under a name no session "
             "of that database has: the session's tables, the rows as recorded, the check of the copied "
             "trail, and only then the server's rules (who acts, four eyes, an append-only trail) in one "
             "transaction; from then on the rules hold for everyone, as in any team session. Never "
             "overwrites a file or a session. Exits 0 and prints the rows per table and the verified head, "
             "1 when refused."),
            QStringLiteral("FILE"), tr("The session file to import."), QStringLiteral("into"),
            tr("The new session to create: a file path or a postgresql:// address."), tr("TARGET"),
            QStringLiteral("cutoverctl import FILE --into TARGET [--json]"), Target::FileOrTeam });
}
