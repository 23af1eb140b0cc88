// SPDX-License-Identifier: GPL-3.0-or-later
// cutover-cockpit: the desktop application. Thin: parses the command line and assembles the window.
#include "FirstPaintReporter.h"
#include "metrics/MetricsDashboard.h"
#include "report/contributors/ReportContributors.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "stakeholder/ViewerView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "cutover-cockpit: " << message << '\n';
    return 1;
}

// --tab 1..5 or checklist|traffic|metrics|log|result; -1 when not a tab.
int tabIndex(const QString &value)
{
    const QStringList names = { QStringLiteral("checklist"), QStringLiteral("traffic"),
        QStringLiteral("metrics"), QStringLiteral("log"), QStringLiteral("result") };
    bool number = false;
    const int n = value.toInt(&number);
    if (number)
        return n >= 1 && n <= int(names.size()) ? n - 1 : -1;
    return int(names.indexOf(value.toLower()));
}

}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cutover-cockpit"));
    QApplication::setOrganizationName(QStringLiteral("cutover-cockpit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cutover Cockpit"));
    QApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cutovercockpit.CutoverCockpit"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cockpit for zero-downtime production cutovers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SESSION"),
        QStringLiteral("A session file (*.cutover) to open."), QStringLiteral("[SESSION]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Open a demo session mid-cutover (in a temporary folder)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to PNG and exit."), QStringLiteral("PNG"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("Your display name for this run (overrides the remembered one; who acts is "
                       "your operating-system account)."),
        QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Language of the interface: en or de."), QStringLiteral("en|de"));
    const QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
        QStringLiteral("Print \"first-paint\" once the window has painted, then "
                       "quit (for the benchmark)."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot."),
        QStringLiteral("WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption viewer(QStringLiteral("viewer"),
        QStringLiteral("Open SESSION read-only as the stakeholder board; it follows the "
                       "lead's changes live."),
        QStringLiteral("SESSION"));
    const QCommandLineOption tab(QStringLiteral("tab"),
        QStringLiteral("The tab to show first (1-5 or checklist, traffic, metrics, log, "
                       "result), e.g. for --screenshot."),
        QStringLiteral("TAB"));
    parser.addOptions({ demo, screenshot, user, lang, firstPaint, size, viewer, tab });
    parser.process(app);
    if (parser.isSet(tab) && tabIndex(parser.value(tab)) < 0)
        return fail(
            QStringLiteral("--tab must be 1-5 or checklist, traffic, metrics, log, result, not \"%1\"")
                .arg(parser.value(tab)));
    registerBuiltInReportContributors();

    LanguageManager language;
    if (parser.isSet(lang) && !LanguageManager::languages().contains(parser.value(lang)))
        return fail(QStringLiteral("--lang must be en or de, not \"%1\"").arg(parser.value(lang)));
    language.setLanguage(parser.isSet(lang) ? parser.value(lang) : LanguageManager::preferredLanguage());

    UserIdentity identity;
    if (parser.isSet(user))
        identity.setDisplayName(parser.value(user), false);

    MainWindow window(&identity, &language);
    const bool headless = parser.isSet(screenshot) || parser.isSet(firstPaint);
    window.setQuiet(headless);
    if (parser.isSet(viewer)) {
        if (!window.openViewer(parser.value(viewer)) && headless)
            return fail(window.lastError());
    } else if (parser.isSet(demo)) {
        if (!window.openDemo() && headless)
            return fail(window.lastError());
    } else if (!parser.positionalArguments().isEmpty()) {
        if (!window.openSession(parser.positionalArguments().constFirst()) && headless)
            return fail(window.lastError());
    }

    if (parser.isSet(tab) && window.sessionView())
        window.sessionView()->showTab(SessionView::Tab(tabIndex(parser.value(tab))));

    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        window.resize(w > 0 ? w : 1400, h > 0 ? h : 860);
        window.show();
        QApplication::processEvents();
        // Let the engine read the split back and the charts draw before the picture is taken.
        QElapsedTimer waited;
        waited.start();
        while (window.sessionView() && waited.elapsed() < 8000
            && (waited.elapsed() < 1500 || window.sessionView()->metricsDashboard()->isRefreshing())) {
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (window.viewerView())
            QApplication::processEvents();
        const QPixmap image = window.grab();
        if (!image.save(parser.value(screenshot), "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(parser.value(screenshot)));
        return 0;
    }
    if (parser.isSet(firstPaint))
        new FirstPaintReporter(&window, &window);
    window.show();
    return QApplication::exec();
}
