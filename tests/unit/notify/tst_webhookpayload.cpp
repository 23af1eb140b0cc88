// SPDX-License-Identifier: GPL-3.0-or-later
// WebhookPayload: every chat message carries the audit head in full in its JSON and a short form in its
// text, in the shape each receiver reads.
#include "notify/WebhookPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestWebhookPayload : public QObject {
    Q_OBJECT

    static AuditChain::Head head()
    {
        return { 812, QStringLiteral("1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b") };
    }

private Q_SLOTS:
    void slackAndMattermostCarryTheHead_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("slack") << WebhookPayload::slack();
        QTest::newRow("mattermost") << WebhookPayload::mattermost();
    }

    void slackAndMattermostCarryTheHead()
    {
        QFETCH(QString, channel);
        const QJsonObject o = QJsonDocument::fromJson(
            WebhookPayload::build(channel, QStringLiteral("LIVE · Demo · Traffic step 2 of 4"),
                QStringLiteral("Split in force: old 75 % | new 25 %"), false, head()))
                                  .object();
        QCOMPARE(o.value(QStringLiteral("audit_head")).toString(), head().hash);
        QCOMPARE(o.value(QStringLiteral("audit_head_record")).toInteger(), 812);
        const QString text = o.value(QStringLiteral("text")).toString();
        QVERIFY2(text.endsWith(QStringLiteral("\n_Audit trail head 1a2b3c4d5e6f7a8b… (record 812)_")),
            qPrintable(text));
        // The full hash is in the JSON, not in the text people read.
        QVERIFY(!text.contains(head().hash));
    }

    void teamsCarriesTheHead()
    {
        const QJsonObject o = QJsonDocument::fromJson(
            WebhookPayload::build(WebhookPayload::teams(), QStringLiteral("LIVE · Demo · Result"),
                QStringLiteral("Done."), true, head()))
                                  .object();
        QCOMPARE(o.value(QStringLiteral("audit_head")).toString(), head().hash);
        const QJsonArray body = o.value(QStringLiteral("attachments"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toObject()
                                    .value(QStringLiteral("body"))
                                    .toArray();
        QCOMPARE(body.size(), 3);
        const QJsonObject run
            = body.at(2).toObject().value(QStringLiteral("inlines")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("text")).toString(),
            QStringLiteral("Audit trail head 1a2b3c4d5e6f7a8b… (record 812)"));
        QCOMPARE(run.value(QStringLiteral("type")).toString(), QStringLiteral("TextRun"));
    }

    void withoutAHeadNothingIsAdded()
    {
        const QJsonObject o = QJsonDocument::fromJson(
            WebhookPayload::build(WebhookPayload::slack(), QStringLiteral("t"), QStringLiteral("x"), false))
                                  .object();
        QCOMPARE(o.keys(), QStringList { QStringLiteral("text") });
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("*t*\nx"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookPayload)
#include "tst_webhookpayload.moc"
