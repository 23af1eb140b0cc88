// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/CutoverSession.h"
#include "checklist/PhaseListModel.h"
#include "identity/OperatingSystemAccount.h"
#include "runbook/RunbookTemplates.h"
#include "shell/SessionStatusStrip.h"
#include "shell/UserIdentity.h"
#include "signing/ElectronicSignature.h"
#include "signing/SigningSettings.h"

#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSessionStatusStrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rehearsalAndLiveLookDifferent();
    void followsTheChecklist();
    void showsWhoActsAndTheKey();

private:
    std::unique_ptr<CutoverSession> create(const QString &name, bool rehearsal);
    static QString label(const QWidget &strip, const char *name);
    QTemporaryDir m_dir;
};

void TestSessionStatusStrip::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
}

std::unique_ptr<CutoverSession> TestSessionStatusStrip::create(const QString &name, bool rehearsal)
{
    SessionInfo info;
    info.name = name;
    info.rehearsal = rehearsal;
    QString error;
    auto s = CutoverSession::create(m_dir.filePath(name + QStringLiteral(".cutover")), info,
        RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    if (!s)
        qWarning("%s", qPrintable(error));
    return s;
}

QString TestSessionStatusStrip::label(const QWidget &strip, const char *name)
{
    const auto *l = strip.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

void TestSessionStatusStrip::rehearsalAndLiveLookDifferent()
{
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("alice"), false);
    auto rehearsal = create(QStringLiteral("rehearsal"), true);
    auto live = create(QStringLiteral("live"), false);
    QVERIFY(rehearsal && live);
    PhaseListModel rp(rehearsal.get()), lp(live.get());
    SessionStatusStrip r(rehearsal.get(), &rp, &identity, false);
    SessionStatusStrip l(live.get(), &lp, &identity, false);
    QCOMPARE(label(r, "stripMode"), QStringLiteral("REHEARSAL"));
    QCOMPARE(label(l, "stripMode"), QStringLiteral("LIVE"));
    const QString rStyle = r.findChild<QLabel *>(QStringLiteral("stripMode"))->styleSheet();
    const QString lStyle = l.findChild<QLabel *>(QStringLiteral("stripMode"))->styleSheet();
    QVERIFY(rStyle != lStyle);
    QVERIFY(lStyle.contains(QStringLiteral("#dc2626"))); // red
    QCOMPARE(label(l, "stripSessionName"), QStringLiteral("live"));
}

void TestSessionStatusStrip::followsTheChecklist()
{
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("alice"), false);
    auto session = create(QStringLiteral("follow"), true);
    QVERIFY(session);
    PhaseListModel phases(session.get());
    SessionStatusStrip strip(session.get(), &phases, &identity, true);
    QVERIFY(strip.findChildren<QLabel *>().size() > 5);
    QCOMPARE(strip.headHash(), session->headHash());
    const QString before = strip.headHash();
    auto texts = [&strip] {
        QStringList out;
        for (const QLabel *l : strip.findChildren<QLabel *>())
            out << l->text();
        return out;
    };
    QVERIFY(texts().contains(QStringLiteral("checklist 0/10")));
    QVERIFY(texts().contains(QStringLiteral("phase 1/3")));
    const QString me
        = OperatingSystemAccount::accountName() + QLatin1Char('@') + OperatingSystemAccount::hostName();
    QVERIFY(texts().contains(QStringLiteral("you: alice (%1)").arg(me)));
    QVERIFY(texts().contains(QStringLiteral("DEMO")));

    for (const ChecklistItem &it : session->items(session->phases().at(0).id))
        QVERIFY(
            session->setStatus(it.id, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("test")));
    QVERIFY(texts().contains(QStringLiteral("checklist 5/10")));
    QVERIFY(texts().contains(QStringLiteral("phase 2/3")));
    QVERIFY(strip.headHash() != before);
    QCOMPARE(strip.headHash(), session->headHash());
    const QLabel *hash = strip.findChild<QLabel *>(QStringLiteral("stripHeadHash"));
    QVERIFY(hash->text().contains(session->headHash().left(12)));
    QVERIFY(hash->toolTip().contains(session->headHash()));

    // A display name is only shown: the principal stays the account.
    identity.setDisplayName(QStringLiteral("bob"), false);
    QVERIFY(texts().contains(QStringLiteral("you: bob (%1)").arg(me)));
    QCOMPARE(identity.name(), OperatingSystemAccount::accountName());
}

void TestSessionStatusStrip::showsWhoActsAndTheKey()
{
    // $USER says someone else: the strip (and every action) goes by the OS account.
    qputenv("USER", "mallory");
    qunsetenv("COCKPIT_SIGNING_KEY");
    SigningSettings::setKeyFile(QString());
    UserIdentity identity;
    auto session = create(QStringLiteral("who"), true);
    QVERIFY(session);
    PhaseListModel phases(session.get());
    SessionStatusStrip strip(session.get(), &phases, &identity, false);
    const QString me
        = OperatingSystemAccount::accountName() + QLatin1Char('@') + OperatingSystemAccount::hostName();
    QCOMPARE(label(strip, "stripUser"), QStringLiteral("you: %1").arg(me));
    QCOMPARE(label(strip, "stripKey"), QStringLiteral("no signing key"));
    QCOMPARE(label(strip, "stripIdentities"), QStringLiteral("identities declared, not verified"));

    // A key in the settings: its fingerprint, read off the GUI thread, as ssh-keygen -l prints it.
    const QString key = m_dir.filePath(QStringLiteral("id_strip"));
    QProcess gen;
    gen.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-f"), key });
    QVERIFY(gen.waitForFinished(30000) && gen.exitCode() == 0);
    QProcess fp;
    fp.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-l"), QStringLiteral("-f"), key });
    QVERIFY(fp.waitForFinished(30000));
    const QString fingerprint = QString::fromUtf8(fp.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
    SigningSettings::setKeyFile(key);
    identity.refreshSigningKey();
    QTRY_COMPARE(label(strip, "stripKey"), QStringLiteral("key %1\u2026").arg(fingerprint.left(19)));
    QVERIFY(strip.findChild<QLabel *>(QStringLiteral("stripKey"))->toolTip().contains(key));
    QVERIFY(strip.findChild<QLabel *>(QStringLiteral("stripKey"))->toolTip().contains(fingerprint));
    SigningSettings::setKeyFile(QString());

    // The policy changed to required (a signed act, here declared by the OS account): after the commit the
    // strip says nobody is signed in.
    CutoverSession *s = session.get();
    const ActionResult changed = ElectronicSignature::withDeclared(
        [s] {
            return s->policyChangeStatement(
                SignaturePolicy::Required, ElectronicSignature::declaredPrincipal(), {});
        },
        [s](const ElectronicSignature &signature) {
            return s->setSignaturePolicy(SignaturePolicy::Required, signature);
        });
    QVERIFY2(changed, qPrintable(changed.error));
    strip.updateHash();
    QCOMPARE(label(strip, "stripIdentities"), QStringLiteral("signatures required; not signed in"));
    strip.grab().save(m_dir.filePath(QStringLiteral("strip.png")));
    if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
        strip.grab().save(
            qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR") + QStringLiteral("/status-strip.png"));
}

QTEST_MAIN(TestSessionStatusStrip)
#include "tst_sessionstatusstrip.moc"
