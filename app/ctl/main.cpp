// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommand.h"
#include "CtlSupport.h"
#include "ExportCommands.h"

#include "report/contributors/ReportContributors.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

namespace {

QtMessageHandler previousHandler = nullptr;

// When a team session's server goes away, Qt's SQL driver warns about each statement that can no longer run
// and each prepared one it cannot free; the command has already said in words what happened (ServerError).
void withoutLostConnectionNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("QSqlQuery::exec: database not open"))
            || message.startsWith(QLatin1String("QSqlQuery::prepare: database not open"))
            || message.startsWith(QLatin1String("Unable to free statement"))
            || (message.startsWith(QLatin1String("QPSQLDriver::"))
                && message.endsWith(QLatin1String("Database not open")))))
        return;
    previousHandler(type, context, message);
}

}

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(withoutLostConnectionNoise);
    // Reports render text and charts (QtGui) but need no display: headless unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a login session (ssh, CI) there is no runtime folder; give Qt a private one instead of a
    // warning on every command's stderr.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir
            = QDir::tempPath().toLocal8Bit() + "/runtime-cutoverctl-" + QByteArray::number(getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(dir))
            && QFile::setPermissions(QString::fromLocal8Bit(dir),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cutoverctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("cutover-cockpit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));

    // Reports include the traffic, metrics and incident log sections.
    registerBuiltInReportContributors();

    QList<CtlCommand> commands = checklistCommands();
    commands += logCommands();
    commands += trafficCommands();
    commands += metricsCommands();
    commands += reportCommands();
    commands += trustCommands();
    commands += whoamiCommands();
    commands += teamCommands();
    commands += ExportCommands::commands();
    commands += watchCommands();

    const QStringList args = QCoreApplication::arguments();
    auto usage = [&commands]() {
        QString text
            = CtlSupport::tr("Usage: cutoverctl COMMAND [options]\n\n"
                             "The command-line face of Cutover Cockpit; it uses the same core as the "
                             "GUI.\n\nCommands:\n");
        for (const CtlCommand &c : commands)
            text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(17), c.summary);
        return text + CtlSupport::tr("\nRun `cutoverctl COMMAND --help` for the options of a command.\n");
    };
    const QString first = args.value(1);
    if (first.isEmpty()) { // without a command it is a usage error: the usage goes to stderr
        CtlSupport::printError(usage());
        return CtlSupport::UsageError;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        CtlSupport::print(usage());
        return CtlSupport::Success;
    }
    if (first == QLatin1String("--version")) {
        CtlSupport::print(QStringLiteral("cutoverctl %1\n").arg(QStringLiteral(COCKPIT_VERSION)));
        return CtlSupport::Success;
    }
    for (const CtlCommand &c : commands) {
        if (c.name == args.at(1)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("cutoverctl ") + c.name);
            return c.run(rest);
        }
    }
    CtlSupport::printError(CtlSupport::tr("cutoverctl: unknown command \"%1\"\n\n").arg(first) + usage());
    return CtlSupport::UsageError;
}
