// SPDX-License-Identifier: GPL-3.0-or-later
// The lead's window on a team session (a real PostgreSQL 15 on loopback with scram-sha-256): the role the
// server logged in acts, a change another process commits shows without the window being told, the Open team
// session dialog finds the database's sessions, a password the server wants is taken for the run, and when
// the network goes away the window says so, changes nothing, and reads the session anew once it is back.
#include "checklist/ChecklistItem.h"
#include "checklist/CutoverSession.h"
#include "session/SessionRuntime.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/OpenTeamSessionDialog.h"
#include "shell/RecentSessions.h"
#include "shell/SessionCommands.h"
#include "shell/SessionStatusStrip.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "store/ServerPasswords.h"
#include "store/SessionAddress.h"
#include "store/TeamSessionDirectory.h"
#include "support/CtlProcess.h"
#include "support/TcpRelay.h"
#include "support/TeamServer.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestTeamWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theServersRoleActsAndOthersChangesShow();
    void openTeamSessionDialogFindsTheSessions();
    void openTeamSessionDialogKeepsConnectionOptions();
    void aPasswordTheServerWantsIsTakenForTheRun();
    void aLostNetworkGreysTheSessionOutUntilItIsBack();

private:
    QString address(const QString &user, quint16 port) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/cutover?session=night").arg(user).arg(port);
    }
    CtlResult ctl(const QStringList &args) const { return runCtl(args, 60000, m_team->environment()); }
    static ChecklistItem firstItem(MainWindow &window)
    {
        return window.sessionView()->session()->allItems().constFirst();
    }

    std::unique_ptr<TeamServer> m_team;
    std::unique_ptr<TcpRelay> m_relay;
};

void TestTeamWindow::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    QStandardPaths::setTestModeEnabled(true);
    // dave has a password but none in the pgpass file: the window has to ask for it.
    m_team = std::make_unique<TeamServer>(
        QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dave") },
        QStringList { QStringLiteral("dave") });
    QString error;
    QVERIFY2(m_team->start(&error), qPrintable(error));
    m_relay = std::make_unique<TcpRelay>(quint16(m_team->server().port()));
    QVERIFY(m_relay->port() != 0);
    // This process: the window connects through libpq too.
    qputenv("PGPASSFILE", m_team->environment().value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    qunsetenv("PGPASSWORD");
    qputenv("COCKPIT_NO_KEYCHAIN", "1");

    QList<QStringList> setup = m_team->setupCommands({ { QStringLiteral("alice"), QStringLiteral("lead") },
        { QStringLiteral("bob"), QStringLiteral("member") },
        { QStringLiteral("dave"), QStringLiteral("viewer") } });
    setup.append({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Night cutover"),
        QStringLiteral("--out"), address(QStringLiteral("alice"), m_team->server().port()) });
    for (const QStringList &args : std::as_const(setup)) {
        const CtlResult r = ctl(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err + r.out));
    }
}

void TestTeamWindow::theServersRoleActsAndOthersChangesShow()
{
    UserIdentity identity;
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    const QString alice = address(QStringLiteral("alice"), m_team->server().port());
    QVERIFY2(window.openSession(alice), qPrintable(window.lastError()));
    QVERIFY(!window.sessionView()->session()->isReadOnly());
    // Who acts is the role the server logged in, not the operating-system account running the window.
    QCOMPARE(identity.name(), QStringLiteral("alice"));
    QVERIFY(identity.server().contains(QLatin1String("/cutover")));
    auto *user = window.findChild<QLabel *>(QStringLiteral("stripUser"));
    QVERIFY(user && user->text().contains(QLatin1String("alice@127.0.0.1:")));
    auto *identities = window.findChild<QLabel *>(QStringLiteral("stripIdentities"));
    QVERIFY(identities && identities->text().contains(QLatin1String("server login")));
    // The address is remembered as given (no file path made of it), without a password.
    QCOMPARE(RecentSessions::list().value(0), alice);

    // Bob completes item 1 from cutoverctl: the window shows it, told by nobody but the server.
    QCOMPARE(firstItem(window).status, ItemStatus::Open);
    const CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob"), m_team->server().port()),
        QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("done") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QTRY_COMPARE_WITH_TIMEOUT(firstItem(window).status, ItemStatus::AwaitingSignOff, 10000);
    QCOMPARE(firstItem(window).completedBy, QStringLiteral("bob"));
    // Alice signs it off in the window; the server records her as the second person.
    const ActionResult signedOff = window.sessionView()->session()->signOff(1, identity.name());
    QVERIFY2(signedOff, qPrintable(signedOff.error));
    QCOMPARE(firstItem(window).status, ItemStatus::Done);
    const CtlResult audit = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), alice });
    QVERIFY2(audit.code == 0, qPrintable(audit.err + audit.out));
}

void TestTeamWindow::openTeamSessionDialogFindsTheSessions()
{
    TeamSessionDirectory directory;
    OpenTeamSessionDialog dialog(&directory, QString());
    auto *paste = dialog.findChild<QLineEdit *>(QStringLiteral("teamAddressPaste"));
    QVERIFY(paste);
    // A pasted address fills the fields (the session left open to be looked up).
    const QString typed
        = QStringLiteral("postgresql://alice@127.0.0.1:%1/cutover").arg(m_team->server().port());
    paste->setText(typed);
    Q_EMIT paste->textEdited(typed);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamHost"))->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamRole"))->text(), QStringLiteral("alice"));
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QPushButton *open = nullptr;
    for (QPushButton *b : buttons)
        if (b->text().contains(QLatin1String("Open")))
            open = b;
    QVERIFY(open && !open->isEnabled()); // no session named yet
    dialog.findChild<QPushButton *>(QStringLiteral("teamLookUp"))->click();
    auto *sessions = dialog.findChild<QComboBox *>(QStringLiteral("teamSessionName"));
    QTRY_COMPARE_WITH_TIMEOUT(sessions->count(), 1, 15000);
    QCOMPARE(sessions->itemText(0), QStringLiteral("night"));
    QCOMPARE(sessions->currentText(), QStringLiteral("night"));
    QVERIFY(open->isEnabled());
    QCOMPARE(dialog.address(), address(QStringLiteral("alice"), m_team->server().port()));
    // A server that is not there is said so in the dialog.
    paste->setText(QStringLiteral("postgresql://alice@127.0.0.1:1/cutover"));
    Q_EMIT paste->textEdited(paste->text());
    dialog.findChild<QPushButton *>(QStringLiteral("teamLookUp"))->click();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("teamLookUpStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Cannot connect")), 15000);
}

void TestTeamWindow::openTeamSessionDialogKeepsConnectionOptions()
{
    // A pasted address with a client certificate keeps it (and every other libpq option) when a field is
    // changed, also with characters in a path that mean something in a URL.
    TeamSessionDirectory directory;
    const QString pasted = QStringLiteral(
        "postgresql://bob@db.example:6432/cutover?session=night&sslmode=verify-full"
        "&sslcert=/home/bob/certs%20%26%2B%25/bob.crt&sslkey=/home/bob/.pg/bob.key&sslrootcert=/etc/ca.crt"
        "&connect_timeout=3");
    OpenTeamSessionDialog dialog(&directory, QString());
    auto *paste = dialog.findChild<QLineEdit *>(QStringLiteral("teamAddressPaste"));
    paste->setText(pasted);
    Q_EMIT paste->textEdited(pasted);
    dialog.findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(QStringLiteral("db2.example"));
    QString error;
    const SessionAddress a = SessionAddress::parse(dialog.address(), &error);
    QVERIFY2(a.isTeam(), qPrintable(error));
    QCOMPARE(a.host(), QStringLiteral("db2.example"));
    QCOMPARE(a.port(), 6432);
    QCOMPARE(a.user(), QStringLiteral("bob"));
    QCOMPARE(a.sessionName(), QStringLiteral("night"));
    const QList<QPair<QString, QString>> expected { { QStringLiteral("sslmode"),
                                                        QStringLiteral("verify-full") },
        { QStringLiteral("sslcert"), QStringLiteral("/home/bob/certs &+%/bob.crt") },
        { QStringLiteral("sslkey"), QStringLiteral("/home/bob/.pg/bob.key") },
        { QStringLiteral("sslrootcert"), QStringLiteral("/etc/ca.crt") },
        { QStringLiteral("connect_timeout"), QStringLiteral("3") } };
    QCOMPARE(a.options(), expected);
    // The last address given to the dialog keeps them too.
    OpenTeamSessionDialog again(&directory, a.toString());
    QCOMPARE(SessionAddress::parse(again.address(), nullptr).options(), expected);
}

void TestTeamWindow::aPasswordTheServerWantsIsTakenForTheRun()
{
    const QString dave = address(QStringLiteral("dave"), m_team->server().port());
    QString error;
    std::unique_ptr<CutoverSession> session
        = CutoverSession::open(dave, SessionStore::Mode::ReadOnly, &error);
    QVERIFY(!session);
    QVERIFY2(ServerPasswords::isPasswordProblem(error), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(".pgpass")), qPrintable(error)); // says where a password goes
    // A wrong one is refused and forgotten; the right one opens, for this run only.
    const SessionAddress a = SessionAddress::parse(dave, nullptr);
    ServerPasswords::remember(a, QStringLiteral("wrong"));
    session = CutoverSession::open(dave, SessionStore::Mode::ReadOnly, &error);
    QVERIFY(!session);
    QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    QVERIFY(ServerPasswords::lookup(a).isEmpty());
    ServerPasswords::remember(a, QStringLiteral("dave-secret"));
    session = CutoverSession::open(dave, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->serverRole(), QStringLiteral("dave"));
    QVERIFY(!session->path().contains(QLatin1String("secret"))); // never in the address
    session.reset();
    ServerPasswords::forget(a);
}

void TestTeamWindow::aLostNetworkGreysTheSessionOutUntilItIsBack()
{
    UserIdentity identity;
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.setQuiet(true);
    const QString alice = address(QStringLiteral("alice"), m_relay->port()); // through the relay
    QVERIFY2(window.openSession(alice), qPrintable(window.lastError()));
    SessionView *before = window.sessionView();
    QVERIFY(!before->isConnectionLost());

    m_relay->cut();
    // The heartbeat notices at once: a banner, the strip's badge, nothing to act on.
    QTRY_VERIFY_WITH_TIMEOUT(before->isConnectionLost(), 10000);
    QVERIFY(before->statusStrip()->isConnectionLost());
    QVERIFY(!before->tabs()->isEnabled());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionLostBanner"));
    QVERIFY(banner && banner->text().contains(QLatin1String("No connection to the server")));
    bool itemMenuEnabled = true;
    for (QAction *a : window.menuBar()->actions())
        if (a->text().contains(QLatin1String("Item")))
            itemMenuEnabled = a->isEnabled();
    QVERIFY(!itemMenuEnabled);
    QVERIFY(!before->commands()->rollbackAction()->isEnabled());
    if (const QString shots = qEnvironmentVariable("COCKPIT_TEST_SHOT_DIR"); !shots.isEmpty()) {
        window.resize(1400, 860); // to look at the lost state by eye
        window.show();
        QTest::qWait(300);
        window.grab().save(shots + QStringLiteral("/team-connection-lost.png"));
    }

    // Meanwhile bob (on a working link) changes item 2; once the network is back the window shows it.
    const CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob"), m_team->server().port()),
        QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("in-progress") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    m_relay->restore();
    QTRY_VERIFY_WITH_TIMEOUT(window.sessionView() && window.sessionView() != before, 20000);
    QVERIFY(!window.sessionView()->isConnectionLost());
    QVERIFY(window.sessionView()->tabs()->isEnabled());
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("back")),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.sessionView()->session()->allItems().value(1).status, ItemStatus::InProgress);
    QCOMPARE(identity.name(), QStringLiteral("alice"));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
