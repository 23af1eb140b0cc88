// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

class TestSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("COCKPIT_SLACK_WEBHOOK");
        qunsetenv("COCKPIT_NO_KEYCHAIN");
    }

    void environmentWins()
    {
        qputenv("COCKPIT_SLACK_WEBHOOK", "https://hooks.example.invalid/services/T/B/X");
        SecretStore store;
        QSignalSpy found(&store, &SecretStore::webhookFound);
        store.lookupWebhook(QStringLiteral("slack"));
        QCOMPARE(found.size(), 1); // answered at once, no keychain involved
        QCOMPARE(found.first().at(1).toUrl(),
            QUrl(QStringLiteral("https://hooks.example.invalid/services/T/B/X")));
        QCOMPARE(found.first().at(2).toString(), QStringLiteral("environment"));
        QCOMPARE(SecretStore::environmentVariable(QStringLiteral("teams")),
            QStringLiteral("COCKPIT_TEAMS_WEBHOOK"));
    }

    void aBadEnvironmentValueIsNamed()
    {
        qputenv("COCKPIT_SLACK_WEBHOOK", "not a url");
        SecretStore store;
        QSignalSpy missing(&store, &SecretStore::webhookMissing);
        store.lookupWebhook(QStringLiteral("slack"));
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().at(1).toString().contains(QStringLiteral("COCKPIT_SLACK_WEBHOOK")));
        QVERIFY(!missing.first().at(1).toString().contains(QStringLiteral("not a url")));
    }

    void noKeychainAnswersAtOnce()
    {
        qputenv("COCKPIT_NO_KEYCHAIN", "1");
        SecretStore store;
        QSignalSpy missing(&store, &SecretStore::webhookMissing);
        store.lookupWebhook(QStringLiteral("mattermost"));
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().at(1).toString().contains(QStringLiteral("COCKPIT_MATTERMOST_WEBHOOK")));
    }

    void theKeychainNeverHangs()
    {
        // Whatever this machine has (no keychain in CI), an answer comes within the timeout.
        SecretStore store;
        store.setTimeout(2000);
        QSignalSpy found(&store, &SecretStore::webhookFound);
        QSignalSpy missing(&store, &SecretStore::webhookMissing);
        QElapsedTimer clock;
        clock.start();
        store.lookupWebhook(QStringLiteral("teams"));
        QTRY_COMPARE_WITH_TIMEOUT(found.size() + missing.size(), 1, 15000);
        QVERIFY(clock.elapsed() < 10000);
        // Past the timeout there is still exactly one answer (the timer must not answer a second time).
        const qsizetype before = missing.size();
        QVERIFY(!missing.wait(2500) || missing.size() == before);
        QCOMPARE(found.size() + missing.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
