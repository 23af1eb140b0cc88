// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "checklist/ChecklistActions.h"
#include "checklist/ChecklistPanel.h"
#include "checklist/CutoverSession.h"
#include "shell/LanguageManager.h"
#include "shell/NewSessionDialog.h"
#include "shell/OpenTeamSessionDialog.h"
#include "shell/RecentSessions.h"
#include "shell/RunbookFileDialogs.h"
#include "shell/SessionCommands.h"
#include "shell/SessionOpener.h"
#include "shell/SessionStatusStrip.h"
#include "shell/SessionView.h"
#include "shell/StartPage.h"
#include "shell/UserIdentity.h"
#include "shell/UserNameDialog.h"
#include "signing/SessionLoginDialog.h"
#include "signing/SignaturePolicy.h"
#include "signing/SigningSettingsDialog.h"
#include "stakeholder/ViewerView.h"
#include "store/SessionAddress.h"
#include "store/TeamSessionDirectory.h"
#include "trust/SessionIdentity.h"

#include <QCloseEvent>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoGroup>

MainWindow::MainWindow(UserIdentity *identity, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_identity(identity)
    , m_language(language)
    , m_stack(new QStackedWidget(this))
    , m_start(new StartPage(m_stack))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_start);
    setCentralWidget(m_stack);
    createMenus();
    updateSessionActions();
    connect(m_start, &StartPage::newRequested, this, [this] { newSession(); });
    connect(m_start, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_start, &StartPage::openTeamRequested, this, &MainWindow::chooseAndOpenTeam);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openSession);
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    retranslate();
}

MainWindow::~MainWindow()
{
    closeSession();
}

void MainWindow::createMenus()
{
    auto action = [this](QMenu *menu, const QKeySequence &keys, auto slot) {
        auto *a = menu->addAction(QString());
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    m_new = action(m_fileMenu, QKeySequence::New, [this] { newSession(); });
    m_open = action(m_fileMenu, QKeySequence::Open, &MainWindow::chooseAndOpen);
    m_openTeam
        = action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::chooseAndOpenTeam);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        RecentSessions::fillMenu(m_recentMenu, [this](const QString &path) { openSession(path); });
    });
    m_demo = action(m_fileMenu, QKeySequence(), &MainWindow::openDemo);
    m_fileMenu->addSeparator();
    m_import = action(m_fileMenu, QKeySequence(), [this] {
        const QString file = RunbookFileDialogs::chooseImport(this);
        if (!file.isEmpty())
            newSession(file);
    });
    m_export = action(m_fileMenu, QKeySequence(), [this] {
        if (m_view)
            RunbookFileDialogs::exportRunbook(this, m_view->session()->toRunbook());
    });
    m_fileMenu->addSeparator();
    m_close = action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_W), &MainWindow::closeSession);
    m_quit = action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_Q), &QWidget::close);
    m_editMenu = menuBar()->addMenu(QString());
    m_undo = action(m_editMenu, QKeySequence::Undo, [this] { m_undoGroup->undo(); });
    m_redo
        = action(m_editMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undoGroup->redo(); });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo, &QAction::setToolTip);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo, &QAction::setToolTip);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_editMenu->addSeparator();
    m_changeName = action(m_editMenu, QKeySequence(), [this] {
        UserNameDialog dialog(m_identity->principal(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_identity->setDisplayName(dialog.name());
    });
    m_signingKeys = action(m_editMenu, QKeySequence(), [this] {
        SigningSettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_identity->refreshSigningKey();
    });
    m_itemMenu = menuBar()->addMenu(QString());
    m_sessionMenu = menuBar()->addMenu(QString());
    m_signaturePolicy = action(m_sessionMenu, QKeySequence(), [this] {
        if (m_view)
            m_view->changeSignaturePolicy();
    });
    // Ctrl+Shift+I: I for identity; no other window or panel shortcut uses it.
    m_signIn = action(m_sessionMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::signIn);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signOut = action(m_sessionMenu, QKeySequence(), &MainWindow::signOut);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_identity, &UserIdentity::changed, this, &MainWindow::updateSignInActions);
    m_sessionMenu->addSeparator();
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_language->addMenuActions(m_languageMenu);
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = action(m_helpMenu, QKeySequence::HelpContents, [this] {
        QMessageBox::about(this, tr("About Cutover Cockpit"),
            tr("<h3>Cutover Cockpit %1</h3><p>The cockpit for the lead of a zero-downtime "
               "production cutover: checklist and sign-offs, the traffic shift with gates, live "
               "metrics, the incident log, the report and a tamper-evident audit trail.</p>"
               "<p>Licence: GPL-3.0-or-later</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New session\u2026"));
    m_open->setText(tr("&Open session\u2026"));
    m_openTeam->setText(tr("Open te&am session\u2026"));
    m_recentMenu->setTitle(tr("Open recen&t"));
    m_demo->setText(tr("Open the &demo"));
    m_import->setText(tr("&Import runbook\u2026"));
    m_export->setText(tr("&Export runbook\u2026"));
    m_close->setText(tr("&Close session"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_changeName->setText(tr("Change &your display name\u2026"));
    m_signingKeys->setText(tr("Signing &keys\u2026"));
    m_signaturePolicy->setText(tr("Signature &policy\u2026"));
    m_signIn->setText(tr("Sign &in\u2026"));
    m_signIn->setToolTip(tr("Prove who you are with your signing key (%1); also to switch to another key")
                             .arg(m_signIn->shortcut().toString(QKeySequence::NativeText)));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Nobody proven any more: the session stays open read-only until you sign in"));
    m_itemMenu->setTitle(tr("&Item"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Cutover Cockpit"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateSessionActions()
{
    for (QAction *a : { m_export, m_close, m_itemMenu->menuAction(), m_sessionMenu->menuAction() })
        a->setEnabled(m_view != nullptr);
    m_close->setEnabled(m_view || m_viewer);
    // The stakeholder view acts on nothing: only quitting, the language and About remain.
    for (QAction *a :
        { m_new, m_open, m_openTeam, m_demo, m_import, m_recentMenu->menuAction(), m_editMenu->menuAction() })
        a->setEnabled(!m_viewer);
    // A team session without its server: nothing here can change it until the server is back.
    if (m_view && m_view->isConnectionLost())
        for (QAction *a : { m_itemMenu->menuAction(), m_sessionMenu->menuAction(), m_editMenu->menuAction() })
            a->setEnabled(false);
    updateSignInActions();
}

void MainWindow::updateSignInActions()
{
    const bool required = m_view && m_view->session()->signaturePolicy() == SignaturePolicy::Required;
    m_signIn->setEnabled(m_view != nullptr);
    m_signOut->setEnabled(required && m_identity->principal().proven);
}

bool MainWindow::explainDeclared()
{
    if (m_view->session()->signaturePolicy() != SignaturePolicy::Declared)
        return false;
    QMessageBox box(QMessageBox::Information, tr("Identities are declared"),
        tr("Identities are declared, not verified, in this session: every action is recorded with the "
           "operating-system account running the cockpit (%1). Nobody signs in with a key here.")
            .arg(m_identity->name()),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("declaredIdentitiesBox"));
    box.setInformativeText(tr("To have every action proven by a key, change Session > Signature policy\u2026 "
                              "to required; the change is itself signed."));
    box.exec();
    return true;
}

void MainWindow::signIn()
{
    if (!m_view || explainDeclared())
        return;
    CutoverSession *session = m_view->session();
    SessionLoginDialog login(session->info().name, SessionIdentity::of(session->store()), this);
    if (login.exec() != QDialog::Accepted)
        return;
    const SessionLogin::Proof proof = login.proof();
    const QString signedIn
        = tr("Signed in: every action is recorded as %1 from now on.").arg(proof.principal);
    if (!session->serverRole().isEmpty() && proof.principal != session->serverRole()) {
        showError(tr("Not signed in"),
            tr("Your key proves %1, but the server logged you in as %2.")
                .arg(proof.principal, session->serverRole()),
            tr("In a team session your key must name the role you log in to the server with."));
        return;
    }
    if (!session->isReadOnly()) {
        m_identity->setProven(proof.principal, proof.keyFingerprint); // another key, same session
        m_proof = proof;
        if (!session->serverRole().isEmpty())
            m_identity->setServerLogin(
                session->serverRole(), SessionAddress::parse(session->path(), nullptr).serverLabel());
        statusBar()->showMessage(signedIn, 10000);
        return;
    }
    // Read-only for want of proof: opened again, writable. Queued, as the strip's button that asked is part
    // of the view this replaces.
    const QString path = session->path();
    QMetaObject::invokeMethod(
        this,
        [this, path, proof, signedIn] {
            if (openSessionAs(path, proof, false) && !m_view->session()->isReadOnly())
                statusBar()->showMessage(signedIn, 10000);
        },
        Qt::QueuedConnection);
}

void MainWindow::signOut()
{
    if (!m_view || explainDeclared() || !m_identity->principal().proven)
        return;
    const QString path = m_view->session()->path();
    const QString message
        = tr("Signed out (%1): the session is open read-only until you sign in again "
             "(Session > Sign in\u2026, %2).")
              .arg(m_identity->name(), m_signIn->shortcut().toString(QKeySequence::NativeText));
    QMetaObject::invokeMethod(
        this, [this, path, message] { openSessionAs(path, {}, false, message); }, Qt::QueuedConnection);
}

void MainWindow::updateTitle()
{
    if (m_viewer) {
        setWindowTitle(tr("%1 [stakeholder view] \u2014 Cutover Cockpit").arg(m_viewer->sessionName()));
        return;
    }
    if (!m_view) {
        setWindowTitle(tr("Cutover Cockpit"));
        return;
    }
    const QString name = m_view->session()->info().name;
    setWindowTitle(m_view->isDemo() ? tr("%1 [DEMO] \u2014 Cutover Cockpit").arg(name)
                                    : tr("%1 \u2014 Cutover Cockpit").arg(name));
}

void MainWindow::showError(const QString &title, const QString &what, const QString &next)
{
    m_lastError = what;
    if (m_quiet)
        return;
    QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box.setInformativeText(next);
    box.exec();
}

void MainWindow::setSession(std::unique_ptr<CutoverSession> session, bool demo)
{
    closeSession();
    m_view = new SessionView(std::move(session), m_identity, demo, m_stack);
    // Trusted after review: opened again, writable, so that it runs (the view cannot delete itself).
    connect(m_view, &SessionView::trustGranted, this, &MainWindow::openSession, Qt::QueuedConnection);
    connect(m_view, &SessionView::connectionLostChanged, this, &MainWindow::updateSessionActions);
    connect(
        m_view, &SessionView::reopenRequested, this,
        [this](const QString &path, const QString &message) {
            if (openSessionAs(path, m_identity->principal().proven ? m_proof : SessionLogin::Proof {}, false))
                statusBar()->showMessage(message, 15000);
        },
        Qt::QueuedConnection);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    m_undoGroup->addStack(m_view->actions()->undoStack());
    m_undoGroup->setActiveStack(m_view->actions()->undoStack());
    ChecklistPanel *panel = m_view->checklistPanel();
    m_itemMenu->addActions(panel->itemActions());
    m_itemMenu->insertSeparator(panel->itemAction(ChecklistPanel::Reopen));
    m_itemMenu->insertSeparator(panel->itemAction(ChecklistPanel::EditNotes));
    m_viewMenu->insertActions(m_languageMenu->menuAction(), { panel->openOnlyAction(), panel->mineAction() });
    m_view->commands()->addToMenus(m_fileMenu, m_close, m_viewMenu, m_sessionMenu);
    m_view->statusStrip()->setSignInActions(m_signIn, m_signOut);
    updateSessionActions();
    if (!demo)
        RecentSessions::add(m_view->session()->path());
    updateTitle();
    m_view->showChecklist();
}

void MainWindow::closeSession()
{
    m_itemMenu->clear();
    if (m_view) {
        ChecklistPanel *panel = m_view->checklistPanel();
        m_viewMenu->removeAction(panel->openOnlyAction());
        m_viewMenu->removeAction(panel->mineAction());
        m_view->commands()->removeFromMenus(m_fileMenu, m_viewMenu, m_sessionMenu);
        m_undoGroup->removeStack(m_view->actions()->undoStack());
        delete m_view;
        m_view = nullptr;
    }
    delete m_viewer;
    m_viewer = nullptr;
    statusBar()->clearMessage();
    m_demoDir.reset();
    updateSessionActions();
    m_stack->setCurrentWidget(m_start);
    m_start->refresh();
    updateTitle();
}

bool MainWindow::openSession(const QString &path)
{
    return openSessionAs(path, {}, true);
}

bool MainWindow::openSessionAs(
    const QString &path, const SessionLogin::Proof &proof, bool ask, const QString &readOnlyMessage)
{
    QString error;
    std::unique_ptr<CutoverSession> session = SessionOpener::open(path, &error, m_quiet ? nullptr : this);
    if (!session) {
        showError(tr("Cannot open the session"), error,
            tr("The file was not changed. Check that it is a Cutover Cockpit session, or open another one."));
        return false;
    }
    // Who acts is proven once per opening in a session that requires signatures; otherwise it is the OS
    // account (declared).
    const bool required = session->signaturePolicy() == SignaturePolicy::Required;
    SessionLogin::Proof who = proof;
    if (required && !who.ok() && ask && !m_quiet && !session->isReadOnly()) {
        SessionLoginDialog login(session->info().name, SessionIdentity::of(session->store()), this);
        if (login.exec() == QDialog::Accepted)
            who = login.proof();
    }
    closeSession(); // before who acts changes: the view going away never shows the new principal
    m_identity->resetToOperatingSystem();
    m_proof = {};
    QString message;
    const QString serverRole = session->serverRole();
    if (!serverRole.isEmpty() && who.ok() && who.principal != serverRole) {
        // The server records everything as the role it logged in; a key naming someone else proves nothing.
        message = tr("Your key proves %1, but the server logged you in as %2: opened read-only. Open the "
                     "session with your own role, or sign in with your own key.")
                      .arg(who.principal, serverRole);
        who = {};
    }
    if (required) {
        if (who.ok()) {
            m_identity->setProven(who.principal, who.keyFingerprint);
            m_proof = who; // a reopening (the server back) keeps who proved themselves
        } else if (!session->isReadOnly()) {
            // Without proof it opens read-only; Session > Sign in… opens it again, writable.
            session.reset();
            session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
            if (!session) {
                showError(tr("Cannot open the session"), error, tr("The file was not changed."));
                return false;
            }
            if (message.isEmpty())
                message = readOnlyMessage.isEmpty()
                    ? tr("Opened read-only: this session requires signatures and you did not prove who you "
                         "are. Sign in to work in it (Session > Sign in\u2026, %1).")
                          .arg(m_signIn->shortcut().toString(QKeySequence::NativeText))
                    : readOnlyMessage;
        }
    }
    if (!serverRole.isEmpty())
        m_identity->setServerLogin(serverRole, SessionAddress::parse(path, nullptr).serverLabel());
    setSession(std::move(session), false);
    if (!message.isEmpty())
        statusBar()->showMessage(message); // after setSession, which clears the status bar
    return true;
}

bool MainWindow::openDemo()
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cutover-demo-XXXXXX"));
    QString error;
    std::unique_ptr<CutoverSession> session = SessionOpener::openDemo(*dir, m_language->language(), &error);
    if (!session) {
        showError(tr("Cannot start the demo"), error, tr("Check that the temporary folder is writable."));
        return false;
    }
    setSession(std::move(session), true);
    m_demoDir = std::move(dir); // after setSession, which closes the previous session and its demo folder
    return true;
}

bool MainWindow::openViewer(const QString &path)
{
    QString error;
    ViewerView *viewer = ViewerView::open(path, &error, m_stack);
    if (!viewer) {
        showError(
            tr("Cannot open the session"), error, tr("Check the path; the viewer never changes the file."));
        return false;
    }
    closeSession();
    m_viewer = viewer;
    connect(m_viewer, &ViewerView::followFailed, statusBar(), [this](const QString &message) {
        statusBar()->showMessage(tr("Not following the session any more: %1").arg(message));
    });
    m_stack->addWidget(m_viewer);
    m_stack->setCurrentWidget(m_viewer);
    updateSessionActions();
    updateTitle();
    return true;
}

void MainWindow::newSession(const QString &runbookFile)
{
    NewSessionDialog dialog(m_language->language(), this);
    if (!runbookFile.isEmpty())
        dialog.setRunbookFile(runbookFile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    std::unique_ptr<CutoverSession> session
        = CutoverSession::create(dialog.path(), dialog.info(), dialog.runbook(), m_identity->name(), &error);
    if (!session) {
        showError(
            tr("Cannot create the session"), error, tr("Choose another file name or folder and try again."));
        return;
    }
    setSession(std::move(session), false);
}

void MainWindow::chooseAndOpenTeam()
{
    if (!m_directory)
        m_directory = new TeamSessionDirectory(this);
    QString last;
    for (const QString &recent : RecentSessions::list())
        if (SessionAddress::isPostgres(recent)) {
            last = recent;
            break;
        }
    OpenTeamSessionDialog dialog(m_directory, last, this);
    if (dialog.exec() == QDialog::Accepted)
        openSession(dialog.address());
}

void MainWindow::chooseAndOpen()
{
    if (const QString path = SessionOpener::chooseFile(this); !path.isEmpty())
        openSession(path);
}
