// SPDX-License-Identifier: GPL-3.0-or-later
// The assembled window: the five tabs and their shortcuts, the demo mid-cutover (traffic at 25 % on the
// simulated backend, shown in the traffic panel and the status strip), Roll back from any tab, and the
// stakeholder viewer (nothing acts; it follows a change made through another session on the same file).
#include "checklist/CutoverSession.h"
#include "incidents/NotificationChannelsWidget.h"
#include "incidents/StatusPageControl.h"
#include "metrics/MetricHub.h"
#include "runbook/RunbookTemplates.h"
#include "session/SessionRuntime.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/RuntimeIndicators.h"
#include "shell/SessionCommands.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "stakeholder/StakeholderBoard.h"
#include "stakeholder/StatusPageServer.h"
#include "stakeholder/ViewerView.h"
#include "traffic/CutoverEngine.h"
#include "traffic/TrafficPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestMainWindowGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tabsSwitchWithCtrlDigits();
    void demoIsMidCutover();
    void rollbackIsOneShortcutAwayFromEveryTab();
    void sessionMenuOpensItsDialogs();
    void viewerActsOnNothingAndFollows();
    void acceleratorsAreUniqueOnEveryTab();

private:
    QString createSession(const QString &name);
    static QLabel *labelWith(QWidget *root, const QString &text);
    QTemporaryDir m_dir;
};

void TestMainWindowGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("cutover-cockpit-test"));
    qputenv("COCKPIT_NO_KEYCHAIN", "1");
}

QString TestMainWindowGui::createSession(const QString &name)
{
    SessionInfo info;
    info.name = name;
    QString error;
    const QString path = m_dir.filePath(name + QStringLiteral(".cutover"));
    auto session = CutoverSession::create(
        path, info, RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    if (!session)
        qWarning("%s", qPrintable(error));
    return session ? path : QString();
}

QLabel *TestMainWindowGui::labelWith(QWidget *root, const QString &text)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->text() == text && l->isVisibleTo(root))
            return l;
    return nullptr;
}

void TestMainWindowGui::tabsSwitchWithCtrlDigits()
{
    const QString path = createSession(QStringLiteral("tabs"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("carol"), false);
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTabWidget *tabs = window.sessionView()->tabs();
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Traffic"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Result && report"));
    const Qt::Key keys[] = { Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_1 };
    const int expected[] = { 1, 2, 3, 4, 0 };
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, keys[i],
            Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), expected[i]);
    }
    // A session without traffic configured says so instead of showing numbers.
    RuntimeIndicators *strip = window.sessionView()->indicators();
    QCOMPARE(strip->splitText(), QStringLiteral("traffic: no backend configured"));
    QVERIFY(!window.sessionView()->findChild<QLabel *>(QStringLiteral("stripStep"))->isVisibleTo(strip));
    QCOMPARE(strip->logText(), QStringLiteral("log 0 verified"));
    // The session menu is there with its entries.
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QVERIFY2(menus.contains(QStringLiteral("&Session")), qPrintable(menus.join(QLatin1Char(','))));
}

void TestMainWindowGui::demoIsMidCutover()
{
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("carol"), false);
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openDemo(), qPrintable(window.lastError()));
    window.show();
    SessionView *view = window.sessionView();
    CutoverEngine *engine = view->runtime()->engine();
    // The engine reads the split back from the simulated backend; the demo waits for the lead's decision
    // at 25 % (one gate passed, one inconclusive).
    QTRY_COMPARE_WITH_TIMEOUT(engine->state(), CutoverEngine::State::Paused, 20000);
    QCOMPARE(engine->percentInForce(), 25);
    QVERIFY(!engine->reconcile().needed);
    QCOMPARE(engine->backendId(), QStringLiteral("simulated"));
    view->showTab(SessionView::Tab::Traffic);
    QTRY_VERIFY(labelWith(view->trafficPanel(), QStringLiteral("25 %")));
    QVERIFY(labelWith(view->trafficPanel(), QStringLiteral("75 %")));
    RuntimeIndicators *strip = view->indicators();
    QTRY_COMPARE(strip->splitText(), QStringLiteral("split old 75 | new 25"));
    QCOMPARE(strip->stepText(), QStringLiteral("step 3 of 4"));
    QCOMPARE(strip->problemText(), QString());
    QCOMPARE(strip->gateText(), QStringLiteral("gate ? no data")); // the newest measurement, not "none yet"
    QCOMPARE(engine->measurements().size(), 6);
    QCOMPARE(strip->logText(), QStringLiteral("log 2 verified \u00b7 1 to verify"));
    // Metrics flow from the simulated source, with the demo's steps on the time axis.
    QVERIFY(view->runtime()->hub()->sampleCount() > 0);
    QCOMPARE(view->runtime()->stepHistory().size(), 3);
    QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO")));
}

void TestMainWindowGui::rollbackIsOneShortcutAwayFromEveryTab()
{
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("carol"), false);
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openDemo(), qPrintable(window.lastError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SessionView *view = window.sessionView();
    QTRY_COMPARE_WITH_TIMEOUT(view->runtime()->engine()->state(), CutoverEngine::State::Paused, 20000);
    view->showTab(SessionView::Tab::Metrics);
    // The strip shows the Roll back button with its shortcut.
    auto *button = view->findChild<QAbstractButton *>(QStringLiteral("stripRollback"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        asked = true;
        qobject_cast<QDialog *>(QApplication::activeModalWidget())
            ->reject(); // no reason given: nothing happens
    });
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_B,
        Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(asked);
    QCOMPARE(view->tabs()->currentIndex(), int(SessionView::Tab::Traffic));
    QCOMPARE(view->runtime()->engine()->percentInForce(), 25);
}

void TestMainWindowGui::sessionMenuOpensItsDialogs()
{
    const QString path = createSession(QStringLiteral("menus"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("carol"), false);
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
    window.show();
    SessionCommands *commands = window.sessionView()->commands();
    const QList<QAction *> actions = commands->sessionActions();
    QCOMPARE(actions.size(), 4);
    actions.at(0)->trigger(); // Status page…
    auto *control = window.sessionView()->findChild<StatusPageControl *>();
    QVERIFY(control && control->isVisible());
    QVERIFY(!window.sessionView()->runtime()->statusPage()->isRunning()); // off until started
    QVERIFY(control->link().isEmpty());
    actions.at(1)->trigger(); // Notification channels…
    auto *channels = window.sessionView()->findChild<NotificationChannelsWidget *>();
    QVERIFY(channels && channels->isVisible());
    // Export report… is in the File menu, Roll back in the Session menu with its shortcut.
    QVERIFY(commands->exportReportAction()->associatedObjects().size() >= 2);
    QCOMPARE(commands->rollbackAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    // Closing the session takes its actions out of the menus again (File → Close session, Ctrl+W).
    QAction *close = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_W))
            close = a;
    QVERIFY(close);
    close->trigger();
    QVERIFY(!window.sessionView());
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        for (QAction *a : menu->actions())
            QVERIFY2(a->text() != QStringLiteral("Export &report\u2026"), qPrintable(menu->title()));
}

void TestMainWindowGui::viewerActsOnNothingAndFollows()
{
    const QString path = createSession(QStringLiteral("viewer"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openViewer(path), qPrintable(window.lastError()));
    window.show();
    ViewerView *viewer = window.viewerView();
    QVERIFY(viewer);
    QVERIFY(!window.sessionView());
    // Nothing on the board acts; the window's actions that would change or open something are off.
    for (QAbstractButton *b : viewer->findChildren<QAbstractButton *>())
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    for (QLineEdit *e : viewer->findChildren<QLineEdit *>())
        QVERIFY(e->isReadOnly() || !e->isEnabled());
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus) {
        const QString title = menu->text();
        if (title == QStringLiteral("&Edit") || title == QStringLiteral("&Item")
            || title == QStringLiteral("&Session"))
            QVERIFY2(!menu->isEnabled(), qPrintable(title));
    }
    QVERIFY(labelWith(viewer, QStringLiteral("0 / 10 items")));

    // The lead's cockpit (another session on the same file) finishes an item: the board follows.
    QString error;
    auto lead = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
    QVERIFY2(lead, qPrintable(error));
    qint64 item = 0;
    for (const ChecklistItem &i : lead->items(lead->phases().constFirst().id))
        if (!item && !i.signOffRequired) // done at once, without a second person
            item = i.id;
    QVERIFY(item);
    QVERIFY(lead->setStatus(item, ItemStatus::InProgress, QStringLiteral("alice")));
    QVERIFY(lead->setStatus(item, ItemStatus::Done, QStringLiteral("alice")));
    QTRY_VERIFY_WITH_TIMEOUT(labelWith(viewer, QStringLiteral("1 / 10 items")), 15000);
    // So does a traffic change recorded by the lead's engine.
    CutoverEngine engine(lead->store());
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"), {}));
    QVERIFY(engine.setPlan(StepPlan::defaultPlan(), QStringLiteral("alice"), {}));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), CutoverEngine::State::Holding, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(labelWith(viewer, QStringLiteral("old 99 % | new 1 %")), 15000);
}

// Alt+letter reaches one thing only: the menu titles and the buttons and labels of the tab in view share
// no accelerator, and no menu has two entries with the same one (in English).
void TestMainWindowGui::acceleratorsAreUniqueOnEveryTab()
{
    const QString path = createSession(QStringLiteral("accelerators"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("carol"), false);
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
    window.show();
    auto mnemonic = [](const QString &text) { return QKeySequence::mnemonic(text).toString(); };
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        QHash<QString, QString> seen;
        for (QAction *a : menu->actions()) {
            const QString key = mnemonic(a->text());
            if (key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key),
                qPrintable(QStringLiteral("%1: %2 and %3").arg(menu->title(), seen.value(key), a->text())));
            seen.insert(key, a->text());
        }
    }
    QHash<QString, QString> titles;
    for (QAction *menu : window.menuBar()->actions()) {
        const QString key = mnemonic(menu->text());
        QVERIFY2(!key.isEmpty() && !titles.contains(key), qPrintable(menu->text()));
        titles.insert(key, menu->text());
    }
    QTabWidget *tabs = window.sessionView()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QHash<QString, QString> seen = titles;
        QWidget *page = tabs->widget(i);
        QStringList texts;
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(page))
                texts << b->text();
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->isVisibleTo(page) && l->buddy())
                texts << l->text();
        for (const QString &text : std::as_const(texts)) {
            const QString key = mnemonic(text);
            if (key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key),
                qPrintable(QStringLiteral("tab %1: %2 and %3").arg(tabs->tabText(i), seen.value(key), text)));
            seen.insert(key, text);
        }
    }
}

QTEST_MAIN(TestMainWindowGui)
#include "tst_mainwindow.moc"
