// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl team: set up a PostgreSQL database for team sessions and say who may do what in it.
#include "CtlCommand.h"
#include "CtlSupport.h"
#include "SubcommandDispatch.h"

#include "store/SessionAddress.h"
#include "store/SessionConnection.h"
#include "store/TeamSchema.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QTextStream>

#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamCommands", text);
}

// Connects to the database an address names (its session, if any, is not needed) and runs `work` on it.
int withDatabase(const QString &text, const std::function<int(const QSqlDatabase &)> &work)
{
    QString error;
    const SessionAddress address = SessionAddress::parse(text, &error);
    if (!address.isValid())
        return CtlSupport::usageError(QStringLiteral("cutoverctl team"), error);
    if (!address.isTeam())
        return CtlSupport::usageError(QStringLiteral("cutoverctl team"),
            tr("%1 is not a postgresql:// address; team mode lives on a PostgreSQL server.").arg(text));
    const QString name = QStringLiteral("cutoverctl-team");
    int rc = 0;
    {
        const QSqlDatabase db = SessionConnection::openPostgres(
            address.withSession(QString()), name, SessionConnection::Access::ReadWrite, &error);
        if (!db.isValid())
            return CtlSupport::refused(error);
        rc = work(db);
    }
    QSqlDatabase::removeDatabase(name);
    return rc;
}

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Sets up a PostgreSQL database for team sessions (idempotent): the group roles cutover_lead, "
           "cutover_member and cutover_viewer and their right to connect; leads may create sessions. Run "
           "it as a role that may create roles (the database's owner or an administrator). Sessions made "
           "before this version get the server's write functions. Each session "
           "is then made with `cutoverctl new ... --out postgresql://HOST/DB?session=NAME`, which installs "
           "the session's tables (the same migrations as a file) and the server's rules."));
    p.addPositionalArgument(QStringLiteral("address"), tr("postgresql://[user@]host[:port]/dbname"));
    if (const int rc = CtlSupport::parse(p, args, QStringLiteral("cutoverctl team init ADDRESS"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    return withDatabase(p.positionalArguments().constFirst(), [](const QSqlDatabase &db) {
        QString error;
        if (!TeamSchema::initDatabase(db, &error))
            return CtlSupport::refused(error);
        QSqlDatabase writable = db;
        QStringList upgraded;
        if (!TeamSchema::upgradeSessions(writable, &upgraded, &error))
            return CtlSupport::refused(error);
        if (!upgraded.isEmpty())
            QTextStream(stdout) << tr("Sessions brought to the server's write functions: %1.")
                                       .arg(upgraded.join(QStringLiteral(", ")))
                                << Qt::endl;
        QTextStream(stdout) << tr("Team mode is set up in %1: roles %2, %3, %4. Grant people a role with "
                                  "`cutoverctl team grant ADDRESS ROLE --as lead|member|viewer`.")
                                   .arg(db.databaseName(), TeamSchema::leadRole(), TeamSchema::memberRole(),
                                       TeamSchema::viewerRole())
                            << Qt::endl;
        return 0;
    });
}

int runGrant(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Gives a PostgreSQL login role a team role: lead (runs the cutover, creates sessions), member "
           "(completes, signs off and verifies, never their own work) or viewer (reads only). A new grant "
           "replaces the role's earlier one."));
    p.addPositionalArgument(QStringLiteral("address"), tr("postgresql://[user@]host[:port]/dbname"));
    p.addPositionalArgument(QStringLiteral("role"), tr("the PostgreSQL login role (a person)"));
    const QCommandLineOption as(QStringLiteral("as"), tr("lead, member or viewer"), tr("ROLE"));
    p.addOption(as);
    if (const int rc = CtlSupport::parse(
            p, args, QStringLiteral("cutoverctl team grant ADDRESS ROLE --as lead|member|viewer"), 2, 2);
        rc != CtlSupport::Continue)
        return rc;
    if (!p.isSet(as))
        return CtlSupport::usageError(QStringLiteral("cutoverctl team grant"), tr("--as is required"));
    const QString role = p.positionalArguments().at(1);
    const QString team = p.value(as);
    return withDatabase(p.positionalArguments().constFirst(), [&](const QSqlDatabase &db) {
        QString error;
        if (!TeamSchema::grant(db, role, team, &error))
            return CtlSupport::refused(error);
        QTextStream(stdout) << tr("%1 is now %2 in %3.").arg(role, team, db.databaseName()) << Qt::endl;
        return 0;
    });
}

int runRevoke(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Takes a login role's team role away; its next change is refused by the "
                                   "server, and what it did stays in the trail."));
    p.addPositionalArgument(QStringLiteral("address"), tr("postgresql://[user@]host[:port]/dbname"));
    p.addPositionalArgument(QStringLiteral("role"), tr("the PostgreSQL login role"));
    if (const int rc
        = CtlSupport::parse(p, args, QStringLiteral("cutoverctl team revoke ADDRESS ROLE"), 2, 2);
        rc != CtlSupport::Continue)
        return rc;
    const QString role = p.positionalArguments().at(1);
    return withDatabase(p.positionalArguments().constFirst(), [&](const QSqlDatabase &db) {
        QString error;
        if (!TeamSchema::revoke(db, role, &error))
            return CtlSupport::refused(error);
        QTextStream(stdout) << tr("%1 has no team role in %2 any more.").arg(role, db.databaseName())
                            << Qt::endl;
        return 0;
    });
}

int runSessions(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the team sessions in a database, one address per line."));
    p.addPositionalArgument(QStringLiteral("address"), tr("postgresql://[user@]host[:port]/dbname"));
    if (const int rc = CtlSupport::parse(p, args, QStringLiteral("cutoverctl team sessions ADDRESS"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    QString error;
    const SessionAddress address = SessionAddress::parse(p.positionalArguments().constFirst(), &error);
    return withDatabase(p.positionalArguments().constFirst(), [&](const QSqlDatabase &db) {
        QString problem;
        const QStringList names = TeamSchema::sessions(db, &problem);
        if (!problem.isEmpty())
            return CtlSupport::refused(problem);
        QTextStream out(stdout);
        for (const QString &n : names)
            out << address.withSession(n).toString() << Qt::endl;
        return 0;
    });
}

int teamCommand(const QStringList &args)
{
    const QList<CtlCommand> subcommands {
        { QStringLiteral("init"), tr("set up a PostgreSQL database for team sessions"), &runInit },
        { QStringLiteral("grant"), tr("give a login role a team role (lead, member, viewer)"), &runGrant },
        { QStringLiteral("revoke"), tr("take a login role's team role away"), &runRevoke },
        { QStringLiteral("sessions"), tr("list the team sessions in a database"), &runSessions },
    };
    return SubcommandDispatch::run(args, subcommands);
}

}

QList<CtlCommand> teamCommands()
{
    return { { QStringLiteral("team"), tr("team mode on PostgreSQL: init, grant, revoke, sessions"),
        teamCommand } };
}
