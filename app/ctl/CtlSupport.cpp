// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSupport.h"

#include "store/SessionConnection.h"

#include "checklist/CutoverSession.h"
#include "core/PrintableText.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

QTextStream &CtlSupport::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &CtlSupport::err()
{
    static QTextStream s(stderr);
    return s;
}

// Whatever is printed may hold text from a runbook or a session file (a task, a name, a reason): control
// characters are shown as visible escapes, so no text can send commands to the terminal.
void CtlSupport::print(const QString &text)
{
    out() << PrintableText::neutralise(text) << Qt::flush;
}

void CtlSupport::printError(const QString &text)
{
    err() << PrintableText::neutralise(text) << Qt::flush;
}

int CtlSupport::parse(QCommandLineParser &parser, const QStringList &args, const QString &syntax,
    int minPositional, int maxPositional, const QStringList &required)
{
    const QString command = args.value(0);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's usage line names only the program; ours names the command too.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text = tr("Usage: %1").arg(syntax)
            + (firstLineEnd < 0 ? QString() : QLatin1Char('\n') + text.mid(firstLineEnd));
        print(text);
        return Success;
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minPositional)
        return usageError(command, tr("missing arguments"));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(
            command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(maxPositional)));
    for (const QString &name : required) {
        if (parser.value(name).trimmed().isEmpty())
            return usageError(command, tr("--%1 is required").arg(name));
    }
    return Continue;
}

int CtlSupport::usageError(const QString &command, const QString &message)
{
    printError(tr("%1: %2\nRun `%1 --help` for its options.\n").arg(command, message));
    return UsageError;
}

int CtlSupport::refused(const QString &message)
{
    printError(message.endsWith(QLatin1Char('\n')) ? message : message + QLatin1Char('\n'));
    return Refused;
}

namespace {

// In a team session the actor is the role the server authenticated the connection as, not the OS account.
QString &teamRole()
{
    static QString role;
    return role;
}

}

std::unique_ptr<CutoverSession> CtlSupport::openSession(const QString &path, SessionStore::Mode mode)
{
    QString error;
    std::unique_ptr<CutoverSession> session = CutoverSession::open(path, mode, &error);
    if (!session)
        refused(error);
    else if (session->store()->isTeam())
        setTeamRole(SessionConnection::sessionUser(session->store()->database()));
    return session;
}

void CtlSupport::setTeamRole(const QString &role)
{
    teamRole() = role;
}

QString CtlSupport::loginRole(const QString &address, QString *error)
{
    const QString name = QStringLiteral("cutoverctl-login");
    QString role;
    {
        const QSqlDatabase db
            = SessionConnection::open(address, name, SessionConnection::Access::ReadOnly, error);
        if (!db.isValid())
            return {};
        role = SessionConnection::sessionUser(db);
    }
    QSqlDatabase::removeDatabase(name);
    return role;
}

QString CtlSupport::teamRoleInUse()
{
    return teamRole();
}

Principal CtlSupport::principal(const QString &displayName)
{
    Principal p = Principal::fromOperatingSystem(displayName);
    if (!teamRole().isEmpty())
        p.name = teamRole();
    return p;
}

QString CtlSupport::actor()
{
    return principal().name;
}

QCommandLineOption CtlSupport::byOption()
{
    return QCommandLineOption(QStringLiteral("by"),
        tr("Your display name, shown beside your principal; it does not change who acts (that is the "
           "principal your key proves in a session that requires signatures or when --key is given, else "
           "the operating-system account running the command; see `cutoverctl whoami`)."),
        tr("NAME"));
}

bool CtlSupport::parseItemId(const QString &command, const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        usageError(command,
            tr("\"%1\" is not a checklist item id (a number as shown by `cutoverctl status`)").arg(text));
        return false;
    }
    return true;
}
