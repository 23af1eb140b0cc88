// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommand.h"
#include "report/contributors/ReportContributors.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char *argv[])
{
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

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto usage = [&](QTextStream &s) {
        s << "Usage: cutoverctl COMMAND [options]\n\n"
             "The command-line face of Cutover Cockpit; it uses the same core as the GUI.\n\nCommands:\n";
        for (const CtlCommand &c : commands)
            s << "  " << c.name.leftJustified(17) << c.summary << '\n';
        s << "\nRun `cutoverctl COMMAND --help` for the options of a command.\n";
    };
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        // Without a command it is a usage error: the usage goes to stderr then.
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "cutoverctl " << COCKPIT_VERSION << '\n';
        return 0;
    }
    for (const CtlCommand &c : commands) {
        if (c.name == args.at(1)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("cutoverctl ") + c.name);
            return c.run(rest);
        }
    }
    err << "cutoverctl: unknown command \"" << args.at(1) << "\"\n\n";
    usage(err);
    return 2;
}
