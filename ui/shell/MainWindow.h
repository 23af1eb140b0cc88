// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity/SessionLogin.h"

#include <QMainWindow>

#include <memory>

class CutoverSession;
class LanguageManager;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QUndoGroup;
class SessionView;
class StartPage;
class TeamSessionDirectory;
class UserIdentity;
class ViewerView;

// Assembles the start page or the open session's view, and the menus. Session files are opened and
// created here; everything inside a session is done by its panels.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(UserIdentity *identity, LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openSession(const QString &path);
    // Session > Sign in… (also in the status strip): proves who one is with a key at any time in a session
    // that requires signatures (after skipping it at opening, or to switch to another key); a read-only
    // session is opened again, writable, for the proven principal. In a declared session it explains that
    // identities are declared. Sign out returns to nobody proven: the session is open read-only again, so
    // every state-changing action asks to sign in first.
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    bool openDemo();
    // The stakeholder board of a session, read-only and following the lead's changes; nothing acts.
    bool openViewer(const QString &path);
    SessionView *sessionView() const { return m_view; }
    ViewerView *viewerView() const { return m_viewer; }
    StartPage *startPage() const { return m_start; }
    QString lastError() const { return m_lastError; }
    // Without a person in front (screenshots, benchmark): errors are kept in lastError(), not shown in a box.
    void setQuiet(bool quiet) { m_quiet = quiet; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void setSession(std::unique_ptr<CutoverSession> session, bool demo);
    void closeSession();
    void newSession(const QString &runbookFile = QString());
    void chooseAndOpen();
    void chooseAndOpenTeam();
    // Opens path; in a required session proof says who acts (asked for when ask and none is given),
    // without proof it opens read-only and the status bar says why (readOnlyMessage when given).
    bool openSessionAs(const QString &path, const SessionLogin::Proof &proof, bool ask,
        const QString &readOnlyMessage = QString());
    void signIn();
    void signOut();
    // False (after explaining it) when the open session's identities are only declared.
    bool explainDeclared();
    void updateSignInActions();
    void updateTitle();
    void updateSessionActions();
    void showError(const QString &title, const QString &what, const QString &next);

    UserIdentity *m_identity;
    LanguageManager *m_language;
    QStackedWidget *m_stack;
    StartPage *m_start;
    SessionView *m_view = nullptr;
    ViewerView *m_viewer = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QUndoGroup *m_undoGroup;
    QString m_lastError;
    bool m_quiet = false;
    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_editMenu = nullptr, *m_itemMenu = nullptr,
          *m_viewMenu = nullptr, *m_sessionMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_new = nullptr, *m_open = nullptr, *m_demo = nullptr, *m_import = nullptr, *m_export = nullptr,
            *m_close = nullptr, *m_quit = nullptr, *m_undo = nullptr, *m_redo = nullptr,
            *m_changeName = nullptr, *m_about = nullptr, *m_signingKeys = nullptr,
            *m_signaturePolicy = nullptr, *m_signIn = nullptr, *m_signOut = nullptr, *m_openTeam = nullptr;
    TeamSessionDirectory *m_directory = nullptr; // the Open team session dialog's look-up
    SessionLogin::Proof m_proof; // who proved themselves for the open session
};
