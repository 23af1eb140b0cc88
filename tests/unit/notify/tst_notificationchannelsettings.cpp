// SPDX-License-Identifier: GPL-3.0-or-later
// The session's own choice of notification channels: stored in the session (audited, never a URL), and the
// outbox posts only to chosen channels whatever URLs the keychain or the environment hold.
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "notify/NotificationChannelSettings.h"
#include "notify/Outbox.h"
#include "runbook/RunbookTemplates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestNotificationChannelSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutAChoiceEveryChannelWithAUrlIsUsed();
    void aChoicePerSessionLimitsTheOutbox();
    void unknownChannelAndMissingNameAreRefused();

private:
    std::unique_ptr<CutoverSession> newSession(const QString &name);
    QTemporaryDir m_dir;
};

std::unique_ptr<CutoverSession> TestNotificationChannelSettings::newSession(const QString &name)
{
    QString error;
    SessionInfo info;
    info.name = name;
    auto session = CutoverSession::create(m_dir.filePath(name + QStringLiteral(".cutover")), info,
        RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    if (!session)
        qWarning() << error;
    return session;
}

void TestNotificationChannelSettings::withoutAChoiceEveryChannelWithAUrlIsUsed()
{
    auto session = newSession(QStringLiteral("a"));
    QVERIFY(session);
    Outbox outbox(session->store());
    QVERIFY(!outbox.channelSettings().hasChoice());
    outbox.setEndpoint(QStringLiteral("slack"), QUrl(QStringLiteral("http://127.0.0.1:9/hook")));
    outbox.setEndpoint(QStringLiteral("teams"), QUrl(QStringLiteral("http://127.0.0.1:9/teams")));
    QCOMPARE(outbox.enabledChannels().size(), 2);
}

void TestNotificationChannelSettings::aChoicePerSessionLimitsTheOutbox()
{
    auto live = newSession(QStringLiteral("live"));
    auto rehearsal = newSession(QStringLiteral("rehearsal"));
    QVERIFY(live && rehearsal);
    NotificationChannelSettings(rehearsal->store())
        .setEnabled(QStringLiteral("slack"), false, QStringLiteral("alice"));
    QVERIFY(NotificationChannelSettings(rehearsal->store())
                .setEnabled(QStringLiteral("teams"), false, QStringLiteral("alice")));
    QVERIFY(NotificationChannelSettings(rehearsal->store())
                .setEnabled(QStringLiteral("mattermost"), false, QStringLiteral("alice")));
    QVERIFY(NotificationChannelSettings(live->store())
                .setEnabled(QStringLiteral("slack"), false, QStringLiteral("alice")));

    const QUrl url(QStringLiteral("http://127.0.0.1:9/hook"));
    Outbox liveOutbox(live->store());
    Outbox rehearsalOutbox(rehearsal->store());
    for (const QString &c :
        { QStringLiteral("slack"), QStringLiteral("teams"), QStringLiteral("mattermost") }) {
        liveOutbox.setEndpoint(c, url);
        rehearsalOutbox.setEndpoint(c, url);
    }
    QVERIFY(rehearsalOutbox.enabledChannels().isEmpty());
    QVERIFY(!liveOutbox.enabledChannels().contains(QStringLiteral("slack")));
    QVERIFY(liveOutbox.enabledChannels().contains(QStringLiteral("teams")));

    // Audited, intact, and no URL in the file.
    const AuditChain::Verification v = AuditChain::verify(live->store()->database());
    QVERIFY2(v.intact, qPrintable(v.problem));
    QFile file(live->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("127.0.0.1:9/hook"));
}

void TestNotificationChannelSettings::unknownChannelAndMissingNameAreRefused()
{
    auto session = newSession(QStringLiteral("r"));
    QVERIFY(session);
    NotificationChannelSettings settings(session->store());
    QVERIFY(!settings.setEnabled(QStringLiteral("irc"), true, QStringLiteral("alice")));
    QVERIFY(!settings.setEnabled(QStringLiteral("slack"), false, QString()));
    QVERIFY(!settings.hasChoice());
}

QTEST_GUILESS_MAIN(TestNotificationChannelSettings)
#include "tst_notificationchannelsettings.moc"
