// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ChecklistActions.h"
#include "ChecklistPanel.h"
#include "CutoverSession.h"
#include "DemoSession.h"
#include "LanguageManager.h"
#include "NewSessionDialog.h"
#include "RecentSessions.h"
#include "RunbookFileDialogs.h"
#include "SessionView.h"
#include "StartPage.h"
#include "UserIdentity.h"
#include "UserNameDialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
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
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { RecentSessions::fillMenu(m_recentMenu, [this](const QString &path) { openSession(path); }); });
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
    m_redo = action(m_editMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undoGroup->redo(); });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo, &QAction::setToolTip);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo, &QAction::setToolTip);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_editMenu->addSeparator();
    m_changeName = action(m_editMenu, QKeySequence(), [this] {
        UserNameDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.name().isEmpty())
            m_identity->setName(dialog.name());
    });

    m_itemMenu = menuBar()->addMenu(QString());
    m_viewMenu = menuBar()->addMenu(QString());
    m_checklist = action(m_viewMenu, QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        if (m_view)
            m_view->showChecklist();
    });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const QString &lang : LanguageManager::languages()) {
        QAction *a = m_languageMenu->addAction(lang == QLatin1String("de") ? QStringLiteral("Deutsch")
                                                                           : QStringLiteral("English"));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_language->language());
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { m_language->setLanguage(a->data().toString(), true); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = action(m_helpMenu, QKeySequence::HelpContents, [this] {
        QMessageBox::about(this, tr("About Cutover Cockpit"),
                           tr("<h3>Cutover Cockpit %1</h3><p>The cockpit for the lead of a zero-downtime "
                              "production cutover: checklist, sign-offs and a tamper-evident audit trail.</p>"
                              "<p>Licence: GPL-3.0-or-later</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New session\u2026"));
    m_open->setText(tr("&Open session\u2026"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_demo->setText(tr("Open the &demo"));
    m_import->setText(tr("&Import runbook\u2026"));
    m_export->setText(tr("&Export runbook\u2026"));
    m_close->setText(tr("&Close session"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_changeName->setText(tr("Change &your name\u2026"));
    m_itemMenu->setTitle(tr("&Item"));
    m_viewMenu->setTitle(tr("&View"));
    m_checklist->setText(tr("&Checklist"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Cutover Cockpit"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QAction *a : m_languages->actions())
            a->setChecked(a->data().toString() == m_language->language());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateSessionActions()
{
    for (QAction *a : { m_export, m_close, m_itemMenu->menuAction() })
        a->setEnabled(m_view != nullptr);
}

void MainWindow::updateTitle()
{
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
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    m_undoGroup->addStack(m_view->actions()->undoStack());
    m_undoGroup->setActiveStack(m_view->actions()->undoStack());
    ChecklistPanel *panel = m_view->checklistPanel();
    m_itemMenu->addActions(panel->itemActions());
    m_itemMenu->insertSeparator(panel->itemAction(ChecklistPanel::Reopen));
    m_itemMenu->insertSeparator(panel->itemAction(ChecklistPanel::EditNotes));
    m_viewMenu->insertActions(m_languageMenu->menuAction(), { panel->openOnlyAction(), panel->mineAction() });
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
        m_undoGroup->removeStack(m_view->actions()->undoStack());
        delete m_view;
        m_view = nullptr;
    }
    m_demoDir.reset();
    updateSessionActions();
    m_stack->setCurrentWidget(m_start);
    m_start->refresh();
    updateTitle();
}

bool MainWindow::openSession(const QString &path)
{
    QString error;
    std::unique_ptr<CutoverSession> session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
    if (!session && QFileInfo(path).isFile() && !QFileInfo(path).isWritable()) {
        QString readOnlyError; // a file we may not write is still shown, read-only
        session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &readOnlyError);
    }
    if (!session) {
        showError(tr("Cannot open the session"), error,
                  tr("The file was not changed. Check that it is a Cutover Cockpit session, or open another one."));
        return false;
    }
    setSession(std::move(session), false);
    return true;
}

bool MainWindow::openDemo()
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cutover-demo-XXXXXX"));
    QString error = tr("Cannot create a temporary folder for the demo.");
    std::unique_ptr<CutoverSession> session =
        dir->isValid() ? DemoSession::create(dir->path(), m_language->language(), &error) : nullptr;
    if (!session) {
        showError(tr("Cannot start the demo"), error, tr("Check that the temporary folder is writable."));
        return false;
    }
    setSession(std::move(session), true);
    m_demoDir = std::move(dir); // after setSession, which closes the previous session and its demo folder
    return true;
}

void MainWindow::newSession(const QString &runbookFile)
{
    NewSessionDialog dialog(m_language->language(), this);
    if (!runbookFile.isEmpty())
        dialog.setRunbookFile(runbookFile);
    if (dialog.exec() != QDialog::Accepted || !m_identity->ensureName(this))
        return;
    QString error;
    std::unique_ptr<CutoverSession> session =
        CutoverSession::create(dialog.path(), dialog.info(), dialog.runbook(), m_identity->name(), &error);
    if (!session) {
        showError(tr("Cannot create the session"), error, tr("Choose another file name or folder and try again."));
        return;
    }
    setSession(std::move(session), false);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a cutover session"), QDir::homePath(),
                                                      tr("Cutover sessions (*.cutover);;All files (*)"));
    if (!path.isEmpty())
        openSession(path);
}
