// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretStore.h"
#include "incidents/NotificationChannelsWidget.h"
#include "notify/Outbox.h"
#include "support/IncidentTestSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestNotificationChannelsWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsWhereEachUrlComesFromAndConfiguresTheOutbox()
    {
        qputenv("COCKPIT_NO_KEYCHAIN", "1");
        qputenv("COCKPIT_TEAMS_WEBHOOK", "https://example.invalid/workflows/SECRET123");
        qunsetenv("COCKPIT_SLACK_WEBHOOK");
        qunsetenv("COCKPIT_MATTERMOST_WEBHOOK");
        QTemporaryDir dir;
        auto session = createIncidentTestSession(dir.filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        Outbox outbox(session->store());
        SecretStore secrets;
        NotificationChannelsWidget widget(&secrets, &outbox);
        QTRY_COMPARE(
            widget.channelState(QStringLiteral("teams")), QStringLiteral("set (from the environment)"));
        QCOMPARE(widget.channelState(QStringLiteral("slack")), QStringLiteral("not set"));
        QCOMPARE(outbox.enabledChannels(), QStringList { QStringLiteral("teams") });
        // The secret is never shown in the widget.
        for (QLabel *l : widget.findChildren<QLabel *>())
            QVERIFY(!l->text().contains(QStringLiteral("SECRET123")));

        // Without a keychain, saving says so and stores nothing.
        auto *input = widget.findChild<QLineEdit *>(QStringLiteral("slackWebhook"));
        QVERIFY(input);
        QCOMPARE(input->echoMode(), QLineEdit::Password);
        auto *saveButton = widget.findChild<QPushButton *>(QStringLiteral("slackSave"));
        QVERIFY(saveButton);
        QVERIFY(!saveButton->isEnabled());
        input->setText(QStringLiteral("not a url"));
        QVERIFY(saveButton->isEnabled());
        saveButton->click();
        QVERIFY(widget.channelState(QStringLiteral("slack")).contains(QStringLiteral("not an http(s) URL")));
        input->setText(QStringLiteral("https://example.invalid/services/T/B/X"));
        saveButton->click();
        QTRY_VERIFY(widget.channelState(QStringLiteral("slack")).contains(QStringLiteral("not saved")));
        QVERIFY(
            widget.channelState(QStringLiteral("slack")).contains(QStringLiteral("COCKPIT_SLACK_WEBHOOK")));
        QCOMPARE(outbox.enabledChannels(), QStringList { QStringLiteral("teams") });
        qunsetenv("COCKPIT_TEAMS_WEBHOOK");
        qunsetenv("COCKPIT_NO_KEYCHAIN");
    }
};

QTEST_MAIN(TestNotificationChannelsWidget)
#include "tst_notificationchannelswidget.moc"
