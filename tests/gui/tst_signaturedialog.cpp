// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-off dialog driven offscreen with real ed25519 keys (ssh-keygen), one with a passphrase: the
// completer's key is refused by the four-eyes rule and the refusal shows in the dialog, a wrong passphrase
// is named, the second person's key signs it off. Also the login challenge of a required session.
#include "checklist/CutoverSession.h"
#include "identity/SessionLogin.h"
#include "runbook/RunbookTemplates.h"
#include "shell/UserIdentity.h"
#include "signing/SessionLoginDialog.h"
#include "signing/SignatureDialog.h"
#include "signing/SignatureStore.h"
#include "signing/SigningKeyField.h"
#include "trust/SessionIdentity.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSignatureDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeKey(const QString &name, const QString &passphrase)
    {
        const QString key = m_dir.filePath(name);
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                passphrase, QStringLiteral("-C"), name, QStringLiteral("-f"), key });
        return p.waitForFinished(30000) && p.exitCode() == 0 ? key : QString();
    }

    static QByteArray publicLine(const QString &key)
    {
        QFile f(key + QStringLiteral(".pub"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }

    // Writes the allowed signers file (lines "principal public-key") and makes it the one in force.
    QString useAllowedSigners(const QString &name, const QByteArray &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(lines) != lines.size())
            return QString();
        qputenv("COCKPIT_ALLOWED_SIGNERS", path.toUtf8());
        return path;
    }

    std::unique_ptr<CutoverSession> createSession(const QString &name, const QString &signatures)
    {
        SessionInfo info;
        info.name = name;
        info.signatures = signatures;
        QString error;
        auto session = CutoverSession::create(m_dir.filePath(name + QStringLiteral(".cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

    static qint64 firstSignOffItem(const CutoverSession &session)
    {
        for (const ChecklistItem &it : session.allItems())
            if (it.signOffRequired)
                return it.id;
        return 0;
    }

    // The sign-off dialog for item id of the session.
    static std::unique_ptr<SignatureDialog> signOffDialog(
        CutoverSession *s, qint64 id, SignaturePolicy policy, UserIdentity *identity)
    {
        return std::make_unique<SignatureDialog>(
            QStringLiteral("Sign off"), policy, identity,
            [s, id](const QString &principal, const QString &name) {
                return s->signOffStatement(id, principal, name);
            },
            [s, id](const ElectronicSignature &signature) { return s->signOff(id, signature); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(
            QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        qunsetenv("COCKPIT_SIGNING_KEY");
        qunsetenv("SSH_AUTH_SOCK");
    }

    void signOffWithKeysAndPassphrase()
    {
        const QString alice = makeKey(QStringLiteral("id_alice"), QString());
        const QString bob = makeKey(QStringLiteral("id_bob"), QStringLiteral("bob's passphrase"));
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        const QString signers = useAllowedSigners(QStringLiteral("allowed_signers"),
            "alice " + publicLine(alice) + "\nbob " + publicLine(bob) + "\n");
        QVERIFY(!signers.isEmpty());

        auto session = createSession(QStringLiteral("signed"), QStringLiteral("required"));
        QVERIFY(session);
        QCOMPARE(session->signaturePolicy(), SignaturePolicy::Required);
        const qint64 id = firstSignOffItem(*session);
        QVERIFY(id > 0);
        QVERIFY(session->setStatus(id, ItemStatus::Done, QStringLiteral("alice")));
        QCOMPARE(session->item(id).status, ItemStatus::AwaitingSignOff);

        UserIdentity identity;
        identity.setDisplayName(QStringLiteral("Bob Example"), false);
        CutoverSession *s = session.get();
        const auto owned = signOffDialog(s, id, SignaturePolicy::Required, &identity);
        SignatureDialog &dialog = *owned;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // What is signed is shown: the manifestation and the exact statement.
        const auto *statement = dialog.findChild<QPlainTextEdit *>(QStringLiteral("signatureStatement"));
        QVERIFY(statement->toPlainText().startsWith(QStringLiteral("cutover-cockpit signature v1\n")));
        QVERIFY(statement->toPlainText().contains(QStringLiteral("meaning: reviewed and approved")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signatureManifestation"))
                    ->text()
                    .contains(QStringLiteral("Meaning: reviewed and approved")));

        // The completer's key (no passphrase: no passphrase field) is refused by the four-eyes rule.
        dialog.key()->setKeyFile(alice);
        QVERIFY(dialog.key()->passphraseEdit()->isHidden());
        QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy()); // ssh-keygen runs off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QVERIFY2(
            dialog.errorText().contains(QStringLiteral("second person")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible()); // nothing lost: the dialog stays, another key can sign
        QCOMPARE(session->item(id).status, ItemStatus::AwaitingSignOff);
        dialog.grab().save(m_dir.filePath(QStringLiteral("refused.png")));
        if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
            dialog.grab().save(
                qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR") + QStringLiteral("/signoff-refused.png"));

        // Bob's key needs its passphrase: the field appears; a wrong one is refused and named.
        dialog.key()->setKeyFile(bob);
        QVERIFY(!dialog.key()->passphraseEdit()->isHidden());
        QCOMPARE(dialog.key()->passphraseEdit()->echoMode(), QLineEdit::Password);
        dialog.key()->passphraseEdit()->setText(QStringLiteral("wrong"));
        QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY2(!dialog.errorText().contains(QStringLiteral("wrong")),
            qPrintable(dialog.errorText())); // no secret
        QCOMPARE(session->item(id).status, ItemStatus::AwaitingSignOff);

        dialog.key()->passphraseEdit()->setText(QStringLiteral("bob's passphrase"));
        QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session->item(id).status, ItemStatus::Done);
        QCOMPARE(session->item(id).signedOffBy, QStringLiteral("bob"));
        QVERIFY(dialog.key()->passphraseEdit()->text().isEmpty());
        const QList<SignatureRecord> rows
            = SignatureStore::forEntity(session->store()->database(), QStringLiteral("item"), id);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.last().principal, QStringLiteral("bob"));
        QCOMPARE(rows.last().displayName, QStringLiteral("Bob Example"));
        QVERIFY(rows.last().signature.startsWith(QStringLiteral("-----BEGIN SSH SIGNATURE-----")));
    }

    void headerNamesTheChosenKeysPrincipal()
    {
        // The session's principal (proven as carol) is not who signs: the key chosen in the dialog is.
        const QString dave = makeKey(QStringLiteral("id_dave"), QString());
        const QString erin = makeKey(QStringLiteral("id_erin"), QStringLiteral("erin's passphrase"));
        const QString stranger = makeKey(QStringLiteral("id_stranger"), QString());
        QVERIFY(!dave.isEmpty() && !erin.isEmpty() && !stranger.isEmpty());
        const QString signers = useAllowedSigners(QStringLiteral("allowed_header"),
            "dave@example.com " + publicLine(dave) + "\nerin " + publicLine(erin) + "\n");
        QVERIFY(!signers.isEmpty());
        auto session = createSession(QStringLiteral("header"), QStringLiteral("required"));
        QVERIFY(session);
        const qint64 id = firstSignOffItem(*session);
        QVERIFY(session->setStatus(id, ItemStatus::Done, QStringLiteral("alice")));
        UserIdentity identity;
        identity.setProven(QStringLiteral("carol"), QString());
        CutoverSession *s = session.get();
        const auto owned = signOffDialog(s, id, SignaturePolicy::Required, &identity);
        SignatureDialog &dialog = *owned;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto *header = dialog.findChild<QLabel *>(QStringLiteral("signatureManifestation"));
        const auto *statement = dialog.findChild<QPlainTextEdit *>(QStringLiteral("signatureStatement"));
        // No key chosen: nobody signs yet, and the session's principal is not named as the signer.
        QVERIFY2(header->text().contains(QStringLiteral("Signed by: nobody yet: choose your signing key")),
            qPrintable(header->text()));
        QVERIFY(!header->text().contains(QStringLiteral("carol")));

        dialog.key()->setKeyFile(dave);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.keyPrincipal(), QStringLiteral("dave@example.com"), 30000);
        QVERIFY2(header->text().contains(QStringLiteral("Signed by: dave@example.com\n")),
            qPrintable(header->text()));
        QVERIFY(!header->text().contains(QStringLiteral("carol")));
        QVERIFY(statement->toPlainText().contains(QStringLiteral("\nprincipal: dave@example.com\n")));
        if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR")
                + QStringLiteral("/signature-key-principal.png"));

        // A protected key with KEY.pub beside it: its principal is known before the passphrase is typed.
        dialog.key()->setKeyFile(erin);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.keyPrincipal(), QStringLiteral("erin"), 30000);
        QVERIFY2(header->text().contains(QStringLiteral("Signed by: erin\n")), qPrintable(header->text()));

        // A key the allowed-signers file does not name: said plainly, nobody is named as the signer.
        dialog.key()->setKeyFile(stranger);
        QTRY_VERIFY_WITH_TIMEOUT(
            header->text().contains(QStringLiteral("not in the allowed-signers file")), 30000);
        QVERIFY(dialog.keyPrincipal().isEmpty());
        QVERIFY2(header->text().contains(signers), qPrintable(header->text()));
        QVERIFY(!header->text().contains(QStringLiteral("erin")));
        QVERIFY(statement->toPlainText().contains(QStringLiteral("\nprincipal:\n")));
        if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR")
                + QStringLiteral("/signature-key-not-allowed.png"));
        // Signing with it is refused in the dialog; nothing is signed off.
        QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not in the allowed signers")),
            qPrintable(dialog.errorText()));
        QCOMPARE(session->item(id).status, ItemStatus::AwaitingSignOff);

        // Back to dave's key: it signs, recorded as dave@example.com, not as the session's carol.
        dialog.key()->setKeyFile(dave);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.keyPrincipal(), QStringLiteral("dave@example.com"), 30000);
        QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QCOMPARE(session->item(id).signedOffBy, QStringLiteral("dave@example.com"));
    }

    void declaredSessionSaysSo()
    {
        auto session = createSession(QStringLiteral("declared"), QStringLiteral("declared"));
        QVERIFY(session);
        UserIdentity identity;
        CutoverSession *s = session.get();
        const qint64 id = firstSignOffItem(*session);
        const auto owned = signOffDialog(s, id, SignaturePolicy::Declared, &identity);
        SignatureDialog &dialog = *owned;
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signatureDeclared"))
                    ->text()
                    .contains(QStringLiteral("Identities declared, not verified")));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("signingKeyFile"))->isVisibleTo(&dialog));
    }

    void loginProvesThePrincipal()
    {
        const QString carol = makeKey(QStringLiteral("id_carol"), QStringLiteral("carol pass"));
        const QString signers = useAllowedSigners(
            QStringLiteral("allowed_login"), "carol@example.com " + publicLine(carol) + "\n");
        QVERIFY(!signers.isEmpty());
        const QByteArray text
            = SessionLogin::challenge(QStringLiteral("S1"), QStringLiteral("carol@example.com"),
                QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC), QByteArray("\x01\x02", 2));
        QCOMPARE(text,
            QByteArray("cutover-cockpit login v1\nsession: S1\nprincipal: carol@example.com\ntime: "
                       "2026-01-02T03:04:05.006Z\nnonce: 0102\n"));
        SessionLoginDialog login(QStringLiteral("live"), QStringLiteral("S1"));
        login.show();
        login.key()->setKeyFile(carol);
        login.key()->passphraseEdit()->setText(QStringLiteral("carol pass"));
        QTest::mouseClick(login.findChild<QPushButton *>(QStringLiteral("loginSignIn")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!login.isVisible(), 30000);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.proof().principal, QStringLiteral("carol@example.com"));
        QVERIFY(login.proof().keyFingerprint.startsWith(QStringLiteral("SHA256:")));
        UserIdentity identity;
        identity.setProven(login.proof().principal, login.proof().keyFingerprint);
        QCOMPARE(identity.name(), QStringLiteral("carol@example.com"));
        QVERIFY(identity.principal().proven);
    }
};

QTEST_MAIN(TestSignatureDialog)
#include "tst_signaturedialog.moc"
