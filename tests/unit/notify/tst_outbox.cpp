// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "incidents/IncidentLog.h"
#include "lessons/LessonsLearned.h"
#include "notify/Outbox.h"
#include "notify/OutboxModel.h"
#include "support/IncidentTestSession.h"
#include "support/WebhookReceiver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestOutbox : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    static QUrl hook(quint16 port, const QString &path = QStringLiteral("/hook"))
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }

    static QString textOf(const QByteArray &slackBody)
    {
        return QJsonDocument::fromJson(slackBody).object().value(QStringLiteral("text")).toString();
    }

    // The real path of a result announcement: the statement written, then marked final with the outbox.
    static ActionResult announceResult(CutoverSession *session, Outbox *outbox, const QString &goal)
    {
        LessonsLearned notes(session);
        ResultStatement rs;
        rs.goal = goal;
        if (ActionResult r = notes.setResultStatement(rs, QStringLiteral("alice")); !r)
            return r;
        return notes.markResultFinal(QStringLiteral("alice"), outbox);
    }

    static int sentCount(const Outbox &outbox)
    {
        int n = 0;
        for (const OutboxMessage &m : outbox.messages())
            n += m.state == OutboxMessage::State::Sent ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void deliversInOrderExactlyOnceThroughFailures()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 500, 0 }, { 500, 0 }, { 503, 0 } };
        Outbox outbox(session->store());
        outbox.setBackoff(50, 400);
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        for (int step = 1; step <= 3; ++step)
            QVERIFY(outbox.publishStepChange(step, 4, step * 10, QStringLiteral("alice")));
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 3, 30000);

        QCOMPARE(receiver.received.size(), 6); // three refusals of the first message, then one each
        const QList<WebhookReceiver::Request> accepted = receiver.accepted();
        QCOMPARE(accepted.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(textOf(accepted.at(i).body).contains(QStringLiteral("Traffic step %1 of 4").arg(i + 1)),
                accepted.at(i).body.constData());
        QCOMPARE(outbox.messages().first().attempts, 4);
        QCOMPARE(outbox.messages().at(1).attempts, 1);
        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
    }

    void survivesARefusedConnectionAndARestart()
    {
        const QString path = m_dir->filePath(QStringLiteral("s.cutover"));
        quint16 port = 0;
        {
            QTcpServer probe; // find a free port, then leave it closed: connections are refused
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        {
            auto session = createIncidentTestSession(path);
            QVERIFY(session);
            Outbox outbox(session->store());
            outbox.setBackoff(50, 200);
            outbox.setEndpoint(QStringLiteral("mattermost"), hook(port));
            outbox.start();
            QVERIFY(outbox.publishStepChange(1, 4, 1, QStringLiteral("alice")));
            QVERIFY(outbox.publishStepChange(2, 4, 5, QStringLiteral("alice")));
            QTRY_VERIFY_WITH_TIMEOUT(outbox.messages().first().attempts >= 2, 20000);
            const OutboxMessage first = outbox.messages().first();
            QVERIFY(first.state != OutboxMessage::State::Sent); // failed, or already claimed for the next try
            QVERIFY2(
                first.lastError.contains(QStringLiteral("ConnectionRefused")), qPrintable(first.lastError));
            QCOMPARE(outbox.messages().at(1).attempts, 0); // order: the second waits for the first
            outbox.stop();
        } // the cockpit closes with two messages undelivered

        WebhookReceiver receiver;
        QVERIFY(receiver.listen(port));
        QString error;
        auto reopened = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(reopened, qPrintable(error));
        Outbox outbox(reopened->store());
        outbox.setBackoff(50, 200);
        outbox.setEndpoint(QStringLiteral("mattermost"), hook(port));
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 2, 30000);
        QCOMPARE(receiver.received.size(), 2);
        QVERIFY(textOf(receiver.received.at(0).body).contains(QStringLiteral("step 1 of 4")));
        QVERIFY(textOf(receiver.received.at(1).body).contains(QStringLiteral("step 2 of 4")));
        QCOMPARE(receiver.received.at(0).messageId, QByteArray("1"));
    }

    void aSlowReceiverGetsEachMessageOnce()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 200, 1500 }, { 200, 700 } };
        Outbox outbox(session->store());
        outbox.setBackoff(50, 200);
        outbox.setRequestTimeout(20000);
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        outbox.start();
        for (int step = 1; step <= 3; ++step)
            QVERIFY(outbox.publishStepChange(step, 3, step == 3 ? 100 : step * 25, QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 3, 30000);
        QCOMPARE(receiver.received.size(), 3);
        QSet<QByteArray> ids;
        for (int i = 0; i < 3; ++i) {
            ids.insert(receiver.received.at(i).messageId);
            QVERIFY(textOf(receiver.received.at(i).body).contains(QStringLiteral("step %1 of 3").arg(i + 1)));
        }
        QCOMPARE(ids.size(), 3);
    }

    void onlyVerifiedEntriesAreSentInEachChannelsShape()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")), false);
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        Outbox outbox(session->store());
        outbox.setBackoff(50, 200);
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port(), QStringLiteral("/slack")));
        outbox.setEndpoint(QStringLiteral("teams"), hook(receiver.port(), QStringLiteral("/teams")));
        IncidentLog log(session->store());
        log.setOutbox(&outbox);
        outbox.start();

        qint64 id = 0;
        QVERIFY(log.add(QStringLiteral("Settlement batch delayed 5 min"), IncidentEntry::Severity::Critical,
            QStringLiteral("alice"), {}, 0, 0, &id));
        QVERIFY(log.add(
            QStringLiteral("UNVERIFIED rumour"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(outbox.messages().isEmpty()); // drafts go nowhere
        QVERIFY(!log.verify(id, QStringLiteral("alice")));
        QVERIFY(outbox.messages().isEmpty());
        QVERIFY(log.verify(id, QStringLiteral("bob")));
        QCOMPARE(outbox.messages().size(), 2);
        QCOMPARE(log.entry(id).state, IncidentEntry::State::Published);
        QVERIFY(announceResult(
            session.get(), &outbox, QStringLiteral("Cutover complete, 100 % on the new adapter.")));
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 4, 30000);
        QCOMPARE(receiver.received.size(), 4);

        QList<QByteArray> slack, teams;
        for (const WebhookReceiver::Request &r : receiver.received) {
            QVERIFY(!r.body.contains("UNVERIFIED"));
            (r.path == "/slack" ? slack : teams) << r.body;
        }
        QCOMPARE(slack.size(), 2);
        QCOMPARE(teams.size(), 2);
        const QJsonObject s0 = QJsonDocument::fromJson(slack.at(0)).object();
        QCOMPARE(s0.keys(),
            (QStringList {
                QStringLiteral("audit_head"), QStringLiteral("audit_head_record"), QStringLiteral("text") }));
        // The head the message carries is a record of the trail: the one before the message was written.
        const QString carried = s0.value(QStringLiteral("audit_head")).toString();
        const qint64 carriedSeq = AuditChain::seqOfHash(session->store()->database(), carried);
        QVERIFY(carriedSeq > 0);
        QCOMPARE(s0.value(QStringLiteral("audit_head_record")).toInteger(), carriedSeq);
        QVERIFY(s0.value(QStringLiteral("text"))
                    .toString()
                    .endsWith(QStringLiteral("Audit trail head %1… (record %2)_")
                                  .arg(carried.left(16))
                                  .arg(carriedSeq)));
        QVERIFY(s0.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Settlement batch delayed 5 min")));
        QVERIFY(s0.value(QStringLiteral("text")).toString().contains(QStringLiteral("LIVE")));
        QVERIFY(textOf(slack.at(1)).contains(QStringLiteral("Cutover complete")));

        const QJsonObject t0 = QJsonDocument::fromJson(teams.at(0)).object();
        QCOMPARE(t0.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        const QJsonObject attachment = t0.value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(attachment.value(QStringLiteral("contentType")).toString(),
            QStringLiteral("application/vnd.microsoft.card.adaptive"));
        const QJsonObject card = attachment.value(QStringLiteral("content")).toObject();
        QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
        QCOMPARE(card.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(card.value(QStringLiteral("$schema")).toString(),
            QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json"));
        const QJsonArray body = card.value(QStringLiteral("body")).toArray();
        const auto run = [&body](int block) {
            return body.at(block).toObject().value(QStringLiteral("inlines")).toArray().at(0).toObject();
        };
        QCOMPARE(
            body.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("RichTextBlock"));
        QCOMPARE(run(0).value(QStringLiteral("color")).toString(), QStringLiteral("Attention"));
        QCOMPARE(run(1).value(QStringLiteral("type")).toString(), QStringLiteral("TextRun"));
        QVERIFY(run(1).value(QStringLiteral("text")).toString().contains(QStringLiteral("Settlement")));
    }

    void theWebhookUrlNeverReachesTheSessionFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("s.cutover"));
        auto session = createIncidentTestSession(path);
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 500, 0 }, { 500, 0 } };
        Outbox outbox(session->store());
        outbox.setBackoff(50, 200);
        outbox.setEndpoint(
            QStringLiteral("slack"), hook(receiver.port(), QStringLiteral("/services/T0/B0/S3CRETxyz")));
        outbox.start();
        QVERIFY(announceResult(session.get(), &outbox, QStringLiteral("done")));
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 1, 30000);
        QVERIFY(outbox.messages().first().lastError.isEmpty());
        QCOMPARE(receiver.received.size(), 3);
        for (const QString &file : { path, path + QStringLiteral("-wal") }) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains("S3CRETxyz"), qPrintable(file));
        }
        for (const AuditRecord &r : AuditChain::readAll(session->store()->database()))
            QVERIFY(!r.reason.contains(QStringLiteral("S3CRET"))
                && !r.newValue.contains(QStringLiteral("S3CRET")));
    }

    void modelShowsTheDeliveryState()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 500, 0 } };
        Outbox outbox(session->store());
        outbox.setBackoff(3000, 3000); // a wide window to see "Retrying" in, even on a loaded machine
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        OutboxModel model(&outbox);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(outbox.publishStepChange(1, 2, 50, QStringLiteral("alice")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Pending"));
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Retrying"), 20000);
        QVERIFY(model.index(0, OutboxModel::ErrorColumn).data().toString().contains(QStringLiteral("500")));
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Sent"), 20000);
        QCOMPARE(model.index(0, OutboxModel::AttemptsColumn).data().toInt(), 2);
        outbox.removeEndpoint(QStringLiteral("slack"));
        QVERIFY(outbox.publishStepChange(2, 2, 100, QStringLiteral("alice"))); // no channel: nothing written
        QCOMPARE(model.rowCount(), 1);
    }

    void twoDeliverersNeverSendTheSameMessage()
    {
        // The cockpit and a `cutoverctl log verify` can deliver the same session at the same time.
        const QString path = m_dir->filePath(QStringLiteral("s.cutover"));
        auto first = createIncidentTestSession(path);
        QVERIFY(first);
        QString error;
        auto second = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(second, qPrintable(error));
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 200, 300 }, { 500, 0 }, { 200, 300 }, { 200, 0 }, { 503, 100 } };
        Outbox a(first->store());
        Outbox b(second->store());
        for (Outbox *o : { &a, &b }) {
            o->setBackoff(50, 200);
            o->setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        }
        for (int step = 1; step <= 6; ++step)
            QVERIFY((step % 2 ? a : b).publishStepChange(step, 6, step * 15, QStringLiteral("alice")));
        a.start();
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(a), 6, 60000);
        const QList<WebhookReceiver::Request> accepted = receiver.accepted();
        QCOMPARE(accepted.size(), 6);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(textOf(accepted.at(i).body).contains(QStringLiteral("step %1 of 6").arg(i + 1)),
                accepted.at(i).body.constData());
        const AuditChain::Verification v = AuditChain::verify(first->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
    }

    void aRefusedMessageIsParkedAndTheChannelGoesOn_data()
    {
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<int>("attempts");
        QTest::newRow("400 at once") << QList<int> { 400 } << 1;
        QTest::newRow("404 at once") << QList<int> { 404 } << 1;
        QTest::newRow("500 up to the limit") << QList<int> { 500, 502, 500 } << 3;
        QTest::newRow("429 and 408 are retried") << QList<int> { 429, 408, 429 } << 3;
    }

    void aRefusedMessageIsParkedAndTheChannelGoesOn()
    {
        QFETCH(QList<int>, answers);
        QFETCH(int, attempts);
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        for (int status : answers)
            receiver.script.append({ status, 0 });
        Outbox outbox(session->store());
        outbox.setBackoff(20, 100);
        outbox.setParkAfterAttempts(3);
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        QSignalSpy parked(&outbox, &Outbox::parked);
        for (int step = 1; step <= 3; ++step)
            QVERIFY(outbox.publishStepChange(step, 3, step * 30, QStringLiteral("alice")));
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 2, 30000); // the later ones are not held back
        QCOMPARE(parked.size(), 1);
        const qint64 first = outbox.messages().first().id;
        QCOMPARE(parked.first().at(0).toLongLong(), first);
        QCOMPARE(parked.first().at(1).toString(), QStringLiteral("slack"));
        const OutboxMessage m = outbox.messages().first();
        QCOMPARE(m.state, OutboxMessage::State::Parked);
        QCOMPARE(m.attempts, attempts);
        QVERIFY2(m.lastError.contains(QString::number(answers.last())), qPrintable(m.lastError));
        QCOMPARE(outbox.parkedMessages().size(), 1);
        QCOMPARE(receiver.received.size(), attempts + 2);
        QTest::qWait(300);
        QCOMPARE(receiver.received.size(), attempts + 2); // parked: never sent again by itself

        OutboxModel model(&outbox);
        QCOMPARE(model.index(0, 0).data(OutboxModel::StateKeyRole).toString(), QStringLiteral("parked"));
        QVERIFY(
            model.index(0, OutboxModel::StateColumn).data().toString().contains(QStringLiteral("PARKED")));

        // A person sends it again: it goes out (the receiver now accepts) and the park is over.
        QVERIFY(!outbox.retryParked(first, QString())); // a name is needed
        QVERIFY(!outbox.retryParked(outbox.messages().at(1).id, QStringLiteral("bob"))); // not parked
        QVERIFY(outbox.retryParked(first, QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(outbox), 3, 30000);
        QVERIFY(outbox.parkedMessages().isEmpty());
        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
        bool parkedAudited = false;
        bool retryAudited = false;
        for (const AuditRecord &r : AuditChain::readAll(session->store()->database())) {
            parkedAudited |= r.action == QLatin1String("outbox.parked") && r.entityId == first;
            retryAudited |= r.action == QLatin1String("outbox.retried") && r.actor == QLatin1String("bob");
        }
        QVERIFY(parkedAudited);
        QVERIFY(retryAudited);
    }

    void aParkedMessageCanBeDroppedWithAReason()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 410, 0 } };
        Outbox outbox(session->store());
        outbox.setBackoff(20, 100);
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        QVERIFY(outbox.publishStepChange(1, 2, 50, QStringLiteral("alice")));
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.parkedMessages().size(), 1, 30000);
        const qint64 id = outbox.parkedMessages().first().id;
        QVERIFY(!outbox.dropParked(id, QStringLiteral("bob"), QStringLiteral("  ")));
        QVERIFY(outbox.dropParked(id, QStringLiteral("bob"), QStringLiteral("hook revoked; told by phone")));
        QCOMPARE(outbox.messages().first().state, OutboxMessage::State::Dropped);
        QVERIFY(!outbox.retryParked(id, QStringLiteral("bob"))); // dropped is final
        QTest::qWait(300);
        QCOMPARE(receiver.received.size(), 1);
        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
        const QList<AuditRecord> trail = AuditChain::readAll(session->store()->database());
        QCOMPARE(trail.last().action, QStringLiteral("outbox.dropped"));
        QCOMPARE(trail.last().reason, QStringLiteral("hook revoked; told by phone"));
    }

    void anEntryVerifiedBeforeTheUrlIsKnownGoesOutWhenItIs_data()
    {
        QTest::addColumn<bool>("chosen");
        QTest::newRow("the keychain is still being asked") << false;
        QTest::newRow("the session chose the channel") << true;
    }

    void anEntryVerifiedBeforeTheUrlIsKnownGoesOutWhenItIs()
    {
        QFETCH(bool, chosen);
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")), false);
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        Outbox outbox(session->store());
        outbox.setBackoff(20, 100);
        IncidentLog log(session->store());
        log.setOutbox(&outbox);
        outbox.start();
        if (chosen) { // the session posts to Slack only
            for (const char *off : { "teams", "mattermost" })
                QVERIFY(NotificationChannelSettings(session->store())
                            .setEnabled(QLatin1String(off), false, QStringLiteral("alice")));
        } else
            outbox.expectEndpoint(
                QStringLiteral("slack")); // as SessionRuntime does before asking the keychain
        qint64 id = 0;
        QVERIFY(log.add(QStringLiteral("EARLYENTRY batch started"), IncidentEntry::Severity::Info,
            QStringLiteral("alice"), {}, 0, 0, &id));
        QVERIFY(log.verify(id, QStringLiteral("bob")));
        QCOMPARE(outbox.messages().size(), 1);
        QCOMPARE(log.entry(id).state, IncidentEntry::State::Published);
        QTest::qWait(200);
        QCOMPARE(receiver.received.size(), 0);
        outbox.setEndpoint(QStringLiteral("slack"), hook(receiver.port()));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 1, 20000);
        QVERIFY(textOf(receiver.accepted().first().body).contains(QStringLiteral("EARLYENTRY")));
    }

    void aChannelFoundWithoutUrlDropsWhatWaitedForIt()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")), false);
        QVERIFY(session);
        Outbox outbox(session->store());
        outbox.expectEndpoint(QStringLiteral("teams"));
        QVERIFY(outbox.publishStepChange(1, 2, 50, QStringLiteral("alice")));
        QCOMPARE(outbox.messages().size(), 1);
        outbox.removeEndpoint(QStringLiteral("teams")); // the keychain has no URL for it
        QCOMPARE(outbox.messages().first().state, OutboxMessage::State::Dropped);
        QVERIFY(outbox.messages().first().lastError.contains(QStringLiteral("teams")));
        QVERIFY(outbox.publishStepChange(2, 2, 100, QStringLiteral("alice")));
        QCOMPARE(outbox.messages().size(), 1); // no longer written for it
        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
    }

    void sessionTextCannotMentionOrLink()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")), false);
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        Outbox outbox(session->store());
        outbox.setBackoff(20, 100);
        for (const char *channel : { "slack", "mattermost", "teams" })
            outbox.setEndpoint(
                QLatin1String(channel), hook(receiver.port(), QLatin1Char('/') + QLatin1String(channel)));
        IncidentLog log(session->store());
        log.setOutbox(&outbox);
        outbox.start();
        const QString evil = QStringLiteral("<!channel> <@U024BE7LH> @all & <http://evil.example|click> "
                                            "[click](http://evil.example) ![x](http://evil.example/p.png)");
        qint64 id = 0;
        QVERIFY(log.add(evil, IncidentEntry::Severity::Critical, QStringLiteral("alice"), {}, 0, 0, &id));
        QVERIFY(log.verify(id, QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 3, 20000);
        for (const WebhookReceiver::Request &r : receiver.accepted()) {
            if (r.path == "/slack") {
                const QString text = textOf(r.body);
                QVERIFY2(!text.contains(QStringLiteral("<!channel>")), qPrintable(text));
                QVERIFY(!text.contains(QStringLiteral("<@U024BE7LH>")));
                QVERIFY(!text.contains(QStringLiteral("<http://evil")));
                QVERIFY(
                    text.contains(QStringLiteral("&lt;!channel&gt; &lt;@U024BE7LH&gt; @all &amp; &lt;http")));
            } else if (r.path == "/mattermost") {
                const QString text = textOf(r.body);
                QVERIFY2(!text.contains(QStringLiteral("@all")), qPrintable(text));
                QVERIFY(text.contains(QStringLiteral("@\u2060all")));
                QVERIFY(!text.contains(QStringLiteral("[click](")));
                QVERIFY(!text.contains(QStringLiteral("![x](")));
                QVERIFY(text.contains(QStringLiteral("\\[click\\]\\(http://evil.example\\)")));
            } else {
                // Teams: plain TextRuns, which Teams never reads as Markdown.
                const QJsonArray body = QJsonDocument::fromJson(r.body)
                                            .object()
                                            .value(QStringLiteral("attachments"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QStringLiteral("content"))
                                            .toObject()
                                            .value(QStringLiteral("body"))
                                            .toArray();
                for (const QJsonValue &block : body) {
                    QCOMPARE(block.toObject().value(QStringLiteral("type")).toString(),
                        QStringLiteral("RichTextBlock"));
                    for (const QJsonValue &run : block.toObject().value(QStringLiteral("inlines")).toArray())
                        QCOMPARE(run.toObject().value(QStringLiteral("type")).toString(),
                            QStringLiteral("TextRun"));
                }
                QVERIFY(!r.body.contains("\"TextBlock\""));
            }
        }
    }

    void badStepChangesAreRefused()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        Outbox outbox(session->store());
        QVERIFY(!outbox.publishStepChange(5, 4, 10, QStringLiteral("alice")));
        QVERIFY(!outbox.publishStepChange(1, 4, 101, QStringLiteral("alice")));
        QVERIFY(!outbox.publishStepChange(1, 4, 10, QStringLiteral(" ")));
        QVERIFY(!LessonsLearned(session.get()).markResultFinal(QStringLiteral("alice"), &outbox)); // empty
        QVERIFY(outbox.messages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
