// SPDX-License-Identifier: GPL-3.0-or-later
// Team server passwords in the system keychain, against a real PostgreSQL (scram-sha-256 on loopback) and a
// real Secret Service (a private D-Bus bus with gnome-keyring-daemon, the keyring in a temporary folder):
// the prompt offers to remember the password (off by default) and saves it once the server takes it; the
// next opening takes it from the keychain without asking; one the server refuses is forgotten in memory
// and asked for again, with the offer to forget it in the keychain; COCKPIT_NO_KEYCHAIN=1 skips the
// keychain.
#include "checklist/CutoverSession.h"
#include "core/SecretStore.h"
#include "shell/ServerPasswordDialog.h"
#include "shell/SessionOpener.h"
#include "store/ServerPasswords.h"
#include "store/SessionAddress.h"
#include "support/CtlProcess.h"
#include "support/SecretServiceProcess.h"
#include "support/TeamServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// Answers every password prompt that comes up while it lives with `answer` (which accepts or rejects the
// dialog), counting them.
class PromptAnswerer {
public:
    explicit PromptAnswerer(std::function<void(ServerPasswordDialog *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<ServerPasswordDialog *>(QApplication::activeModalWidget());
            // (one dialog may come up where the last one was: a property marks those answered)
            if (!dialog || dialog->property("answered").toBool())
                return;
            dialog->setProperty("answered", true);
            ++m_count;
            m_answer(dialog);
        });
        m_timer.start();
    }
    int count() const { return m_count; }

private:
    std::function<void(ServerPasswordDialog *)> m_answer;
    QTimer m_timer;
    int m_count = 0;
};

void type(ServerPasswordDialog *dialog, const QString &password, bool remember)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(password);
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"))->setChecked(remember);
    dialog->accept();
}

}

class TestTeamKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void thePromptOffersTheKeychainOffByDefault();
    void aSecretIsSavedReadAndRemovedInTheKeychain();
    void aRememberedPasswordOpensWithoutAsking();
    void aRefusedKeychainPasswordIsAskedForAgain();
    void noKeychainWhenSwitchedOff();

private:
    QString dave() const { return m_team->address(QStringLiteral("dave")); }
    QString daveKey() const { return ServerPasswords::keychainKey(SessionAddress::parse(dave(), nullptr)); }
    // What the keychain holds for dave (empty: nothing, *reason says why).
    QString inKeychain(QString *reason = nullptr)
    {
        QString ignored;
        return SecretStore().lookupBlocking(daveKey(), reason ? reason : &ignored);
    }
    std::unique_ptr<CutoverSession> open(QString *error)
    {
        return SessionOpener::open(dave(), error, &m_parent);
    }

    std::unique_ptr<TeamServer> m_team;
    SecretServiceProcess m_secrets;
    QWidget m_parent;
};

void TestTeamKeychain::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    if (!SecretServiceProcess::isInstalled())
        QSKIP(
            "gnome-keyring-daemon or dbus-daemon is not installed (scripts/cockpit.sh setup installs them)");
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_secrets.start(&error), qPrintable(error));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_secrets.busAddress().toUtf8()); // before any keychain call
    qunsetenv("XDG_CURRENT_DESKTOP");
    // dave (a viewer) has a password the pgpass file does not hold: only the keychain or the prompt has it.
    m_team = std::make_unique<TeamServer>(QStringList { QStringLiteral("alice"), QStringLiteral("dave") },
        QStringList { QStringLiteral("dave") });
    QVERIFY2(m_team->start(&error), qPrintable(error));
    qputenv("PGPASSFILE", m_team->environment().value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    qunsetenv("PGPASSWORD");
    const QString database = m_team->adminAddress();
    for (const QStringList &args : { QStringList { QStringLiteral("team"), QStringLiteral("init"), database },
             QStringList { QStringLiteral("team"), QStringLiteral("grant"), database, QStringLiteral("alice"),
                 QStringLiteral("--as"), QStringLiteral("lead") },
             QStringList { QStringLiteral("team"), QStringLiteral("grant"), database, QStringLiteral("dave"),
                 QStringLiteral("--as"), QStringLiteral("viewer") },
             QStringList { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Night cutover"),
                 QStringLiteral("--out"), m_team->address(QStringLiteral("alice")) } }) {
        const CtlResult r = runCtl(args, 60000, m_team->environment());
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err + r.out));
    }
}

void TestTeamKeychain::init()
{
    qunsetenv("COCKPIT_NO_KEYCHAIN");
    ServerPasswords::forget(SessionAddress::parse(dave(), nullptr));
}

void TestTeamKeychain::thePromptOffersTheKeychainOffByDefault()
{
    using Why = ServerPasswordDialog::Why;
    ServerPasswordDialog asked(QStringLiteral("dave"), QStringLiteral("db:5432/cutover"), Why::Asked);
    auto *remember = asked.findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"));
    QVERIFY(remember && remember->isEnabled() && !remember->isChecked());
    QVERIFY(remember->text().contains(QLatin1String("system keychain")));
    QVERIFY(!asked.rememberInKeychain() && !asked.forgetFromKeychain());
    QVERIFY(asked.findChild<QCheckBox *>(QStringLiteral("forgetFromKeychain"))->isHidden());
    ServerPasswordDialog refused(
        QStringLiteral("dave"), QStringLiteral("db:5432/cutover"), Why::KeychainRefused);
    QVERIFY(!refused.findChild<QCheckBox *>(QStringLiteral("forgetFromKeychain"))->isHidden());
    QVERIFY(refused.forgetFromKeychain()); // offered, ticked
    if (const QString shots = qEnvironmentVariable("COCKPIT_TEST_SHOT_DIR"); !shots.isEmpty()) {
        asked.grab().save(shots + QStringLiteral("/team-password-asked.png"));
        refused.grab().save(shots + QStringLiteral("/team-password-keychain-refused.png"));
    }
    qputenv("COCKPIT_NO_KEYCHAIN", "1");
    ServerPasswordDialog off(QStringLiteral("dave"), QStringLiteral("db:5432/cutover"), Why::Asked);
    auto *unavailable = off.findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"));
    unavailable->setChecked(true);
    QVERIFY(!unavailable->isEnabled() && !off.rememberInKeychain());
}

void TestTeamKeychain::aSecretIsSavedReadAndRemovedInTheKeychain()
{
    const QString key = QStringLiteral("database/probe@127.0.0.1:1/cutover");
    SecretStore store;
    QString message;
    QVERIFY2(store.saveBlocking(key, QStringLiteral("probe-secret"), &message), qPrintable(message));
    QString reason;
    QCOMPARE(store.lookupBlocking(key, &reason), QStringLiteral("probe-secret"));
    QVERIFY2(store.removeBlocking(key, &message), qPrintable(message));
    QVERIFY(store.lookupBlocking(key, &reason).isEmpty());
    QVERIFY(!reason.isEmpty());
    // The webhook API keeps working on the same store.
    qunsetenv("COCKPIT_TEAMS_WEBHOOK");
    QSignalSpy saved(&store, &SecretStore::saved);
    store.saveWebhook(QStringLiteral("teams"), QUrl(QStringLiteral("https://hooks.example/t/1")));
    QVERIFY(saved.wait(5000));
    QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
    QString source;
    QCOMPARE(store.lookupWebhookBlocking(QStringLiteral("teams"), &source),
        QUrl(QStringLiteral("https://hooks.example/t/1")));
    QCOMPARE(source, QStringLiteral("keychain"));
}

void TestTeamKeychain::aRememberedPasswordOpensWithoutAsking()
{
    QString reason;
    QVERIFY(inKeychain(&reason).isEmpty());
    QString error;
    {
        // Asked; a wrong password first is not saved, the right one with "Remember" ticked is.
        int answers = 0;
        PromptAnswerer answerer([&answers](ServerPasswordDialog *dialog) {
            type(dialog, ++answers == 1 ? QStringLiteral("wrong") : QStringLiteral("dave-secret"), true);
        });
        std::unique_ptr<CutoverSession> session = open(&error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(answerer.count(), 2);
        QCOMPARE(session->serverRole(), QStringLiteral("dave"));
    }
    QCOMPARE(inKeychain(), QStringLiteral("dave-secret"));
    QVERIFY(daveKey().contains(QLatin1String("dave@127.0.0.1:"))
        && daveKey().endsWith(QLatin1String("/cutover")));
    // Another run (nothing in memory): the keychain's password opens it, nobody is asked.
    ServerPasswords::forget(SessionAddress::parse(dave(), nullptr));
    PromptAnswerer never([](ServerPasswordDialog *dialog) { dialog->reject(); });
    std::unique_ptr<CutoverSession> again = open(&error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(never.count(), 0);
    QCOMPARE(again->serverRole(), QStringLiteral("dave"));
    QVERIFY(!again->path().contains(QLatin1String("secret")));
}

void TestTeamKeychain::aRefusedKeychainPasswordIsAskedForAgain()
{
    QString message;
    QVERIFY2(
        SecretStore().saveBlocking(daveKey(), QStringLiteral("dave-secret"), &message), qPrintable(message));
    const TeamServer::Result changed
        = m_team->adminPsql(QStringLiteral("ALTER ROLE dave PASSWORD 'dave-new'"));
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    // The keychain's password is refused: forgotten in memory, the person asked, offered to forget it there.
    bool offered = false;
    PromptAnswerer answerer([&offered](ServerPasswordDialog *dialog) {
        offered = dialog->forgetFromKeychain();
        type(dialog, QStringLiteral("dave-new"), false);
    });
    QString error;
    std::unique_ptr<CutoverSession> session = open(&error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(answerer.count(), 1);
    QVERIFY(offered);
    QString reason;
    QVERIFY2(inKeychain(&reason).isEmpty(), "the refused password is still in the keychain");
    QCOMPARE(ServerPasswords::lookup(SessionAddress::parse(dave(), nullptr)), QStringLiteral("dave-new"));
    session.reset();
    const TeamServer::Result back
        = m_team->adminPsql(QStringLiteral("ALTER ROLE dave PASSWORD 'dave-secret'"));
    QVERIFY2(back.code == 0, qPrintable(back.err));
}

void TestTeamKeychain::noKeychainWhenSwitchedOff()
{
    QString message;
    QVERIFY2(
        SecretStore().saveBlocking(daveKey(), QStringLiteral("dave-secret"), &message), qPrintable(message));
    qputenv("COCKPIT_NO_KEYCHAIN", "1");
    // The keychain holds the right password, but is not asked: the prompt comes, without the offer.
    bool couldRemember = true;
    PromptAnswerer answerer([&couldRemember](ServerPasswordDialog *dialog) {
        couldRemember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"))->isEnabled();
        dialog->reject();
    });
    QString error;
    std::unique_ptr<CutoverSession> session = open(&error);
    QVERIFY(!session);
    QCOMPARE(answerer.count(), 1);
    QVERIFY(!couldRemember);
    QVERIFY2(ServerPasswords::isPasswordProblem(error), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("dave-secret")));
    qunsetenv("COCKPIT_NO_KEYCHAIN");
    QString removed;
    QVERIFY2(SecretStore().removeBlocking(daveKey(), &removed), qPrintable(removed));
}

QTEST_MAIN(TestTeamKeychain)
#include "tst_teamkeychain.moc"
