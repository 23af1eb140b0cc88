// SPDX-License-Identifier: GPL-3.0-or-later
// The assembled window: the five tabs and their shortcuts, the demo mid-cutover (traffic at 25 % on the
// simulated backend, shown in the traffic panel and the status strip), Roll back from any tab, and the
// stakeholder viewer (nothing acts; it follows a change made through another session on the same file);
// signing in and out of a session that requires signatures with a real ed25519 key and its passphrase.
#include "../support/SigningKeys.h"
#include "audit/AuditChain.h"
#include "checklist/ChecklistPanel.h"
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
#include "shell/SessionStatusStrip.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "signing/SessionLoginDialog.h"
#include "signing/SigningKeyField.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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
    void signInAndOutOfARequiredSession();
    void signInInADeclaredSessionExplains();

private:
    QString createSession(const QString &name, const QString &signatures = QString());
    // Answers the next SessionLoginDialog: with the key and passphrase, or "Open read-only" when key is "".
    void answerNextLogin(const QString &key, const QString &passphrase);
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

QString TestMainWindowGui::createSession(const QString &name, const QString &signatures)
{
    SessionInfo info;
    info.name = name;
    info.signatures = signatures;
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

void TestMainWindowGui::answerNextLogin(const QString &key, const QString &passphrase)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, key, passphrase] {
        auto *login = qobject_cast<SessionLoginDialog *>(QApplication::activeModalWidget());
        if (!login)
            return;
        timer->stop();
        timer->deleteLater();
        if (key.isEmpty()) {
            login->findChild<QPushButton *>(QStringLiteral("loginReadOnly"))->click();
            return;
        }
        login->key()->setKeyFile(key);
        login->key()->passphraseEdit()->setText(passphrase);
        login->findChild<QPushButton *>(QStringLiteral("loginSignIn"))->click();
    });
    timer->start();
}

void TestMainWindowGui::signInAndOutOfARequiredSession()
{
    SigningKeys keys;
    QVERIFY(keys.isValid());
    const QString key = keys.make(QStringLiteral("id_frank"), QStringLiteral("frank's passphrase"));
    QVERIFY(!key.isEmpty());
    const QString signers = keys.allowedSigners(QStringLiteral("allowed_signers"),
        { { QStringLiteral("frank@example.com"), QStringLiteral("id_frank") } });
    QVERIFY(!signers.isEmpty());
    qputenv("COCKPIT_ALLOWED_SIGNERS", signers.toUtf8());
    qunsetenv("COCKPIT_SIGNING_KEY");
    qunsetenv("SSH_AUTH_SOCK");
    const QString path = createSession(QStringLiteral("signin"), QStringLiteral("required"));
    QVERIFY(!path.isEmpty());

    UserIdentity identity;
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // At opening the person skips proving who they are: read-only, and the strip and status bar say how to
    // sign in.
    answerNextLogin(QString(), QString());
    QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
    QVERIFY(window.sessionView()->session()->isReadOnly());
    QVERIFY(!identity.principal().proven);
    SessionStatusStrip *strip = window.sessionView()->statusStrip();
    QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("stripIdentities"))->text(),
        QStringLiteral("signatures required; not signed in"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Session > Sign in")));
    auto *signInButton = strip->findChild<QToolButton *>(QStringLiteral("stripSignIn"));
    QVERIFY(signInButton && signInButton->isVisible());
    QVERIFY(!strip->findChild<QToolButton *>(QStringLiteral("stripSignOut"))->isVisible());
    QVERIFY(!window.signOutAction()->isEnabled());
    // Its shortcut clashes with no other one in the window.
    const QKeySequence signInKeys = window.signInAction()->shortcut();
    QCOMPARE(signInKeys, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    int sameKeys = 0;
    for (QAction *a : window.findChildren<QAction *>())
        sameKeys += a->shortcut() == signInKeys;
    for (QShortcut *sc : window.findChildren<QShortcut *>())
        sameKeys += sc->key() == signInKeys;
    QCOMPARE(sameKeys, 1);
    if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
        window.grab().save(
            qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR") + QStringLiteral("/signin-readonly.png"));

    // Sign in… from the strip: the key file and its passphrase in the dialog; the session is opened again,
    // writable, and every action is the key's principal's.
    const int widthBefore = window.width();
    answerNextLogin(key, QStringLiteral("frank's passphrase"));
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.sessionView() && !window.sessionView()->session()->isReadOnly(), 30000);
    QCOMPARE(identity.name(), QStringLiteral("frank@example.com"));
    QVERIFY(identity.principal().proven);
    strip = window.sessionView()->statusStrip();
    QVERIFY2(strip->findChild<QLabel *>(QStringLiteral("stripUser"))
                 ->text()
                 .contains(QStringLiteral("frank@example.com")),
        qPrintable(strip->findChild<QLabel *>(QStringLiteral("stripUser"))->text()));
    QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("stripIdentities"))->text(),
        QStringLiteral("signatures required; signed in"));
    QVERIFY(strip->findChild<QLabel *>(QStringLiteral("stripIdentities"))
                ->toolTip()
                .contains(QStringLiteral("you are frank@example.com")));
    QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("stripKey"))->toolTip(),
        QStringLiteral("You signed in with the key %1.").arg(identity.principal().keyFingerprint));
    QVERIFY(identity.principal().keyFingerprint.startsWith(QStringLiteral("SHA256:")));
    // The old read-only view never showed the new principal (which widened the window for good).
    QCOMPARE(window.width(), widthBefore);
    QVERIFY(strip->findChild<QToolButton *>(QStringLiteral("stripSignOut"))->isVisible());
    QVERIFY(window.signOutAction()->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("frank@example.com")));
    // Still in the Session menu after the session was opened again.
    bool inMenu = false;
    for (QObject *o : window.signInAction()->associatedObjects())
        inMenu |= qobject_cast<QMenu *>(o) != nullptr;
    QVERIFY(inMenu);
    if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
        window.grab().save(
            qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR") + QStringLiteral("/signin-proven.png"));

    // A status change through the checklist is recorded with the key's principal in the audit trail.
    ChecklistPanel *panel = window.sessionView()->checklistPanel();
    CutoverSession *session = window.sessionView()->session();
    const qint64 id = panel->currentItemId();
    QVERIFY(id > 0);
    QCOMPARE(session->item(id).status, ItemStatus::Open);
    panel->itemAction(ChecklistPanel::Start)->trigger();
    QCOMPARE(session->item(id).status, ItemStatus::InProgress);
    AuditRecord change;
    for (const AuditRecord &r : AuditChain::readAll(session->store()->database()))
        if (r.action == QLatin1String("item.status") && r.entityId == id
            && r.field == QLatin1String("status"))
            change = r;
    QCOMPARE(change.newValue, ItemStatusText::key(ItemStatus::InProgress));
    QCOMPARE(change.actor, QStringLiteral("frank@example.com"));

    // Sign out: nobody is proven, the session is read-only again, and says how to sign in.
    window.signOutAction()->trigger();
    QTRY_VERIFY(window.sessionView() && window.sessionView()->session()->isReadOnly());
    QVERIFY(!identity.principal().proven);
    QVERIFY(identity.name() != QStringLiteral("frank@example.com"));
    strip = window.sessionView()->statusStrip();
    QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("stripIdentities"))->text(),
        QStringLiteral("signatures required; not signed in"));
    QVERIFY(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("Signed out (frank@example.com)")));
    QVERIFY(!window.signOutAction()->isEnabled());
    QVERIFY(!window.sessionView()->checklistPanel()->itemAction(ChecklistPanel::Start)->isEnabled());
}

void TestMainWindowGui::signInInADeclaredSessionExplains()
{
    const QString path = createSession(QStringLiteral("declared-signin"), QStringLiteral("declared"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
    window.show();
    QVERIFY(!window.sessionView()->session()->isReadOnly());
    // No sign-in links in the strip: it says "identities declared, not verified" instead.
    SessionStatusStrip *strip = window.sessionView()->statusStrip();
    QVERIFY(!strip->findChild<QToolButton *>(QStringLiteral("stripSignIn"))->isVisibleTo(strip));
    QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("stripIdentities"))->text(),
        QStringLiteral("identities declared, not verified"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->objectName() + QLatin1Char('|') + box->text();
        box->accept();
    });
    QVERIFY(window.signInAction()->isEnabled());
    window.signInAction()->trigger();
    QVERIFY2(shown.startsWith(QStringLiteral("declaredIdentitiesBox|Identities are declared, not verified")),
        qPrintable(shown));
    QVERIFY(!identity.principal().proven);
}

QTEST_MAIN(TestMainWindowGui)
#include "tst_mainwindow.moc"
