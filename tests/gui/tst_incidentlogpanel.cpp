// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity/OperatingSystemAccount.h"
#include "incidents/IncidentLog.h"
#include "incidents/IncidentLogPanel.h"
#include "incidents/OutboxPanel.h"
#include "notify/Outbox.h"
#include "stakeholder/StakeholderBoard.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "support/IncidentTestSession.h"
#include "support/WebhookReceiver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestIncidentLogPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    static QPushButton *button(QWidget *w, const QString &textPart)
    {
        for (QPushButton *b : w->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')).contains(textPart))
                return b;
        return nullptr;
    }

    static void selectRow(IncidentLogPanel &panel, int row)
    {
        auto *table = panel.findChild<QTableView *>(QStringLiteral("incidentTable"));
        table->selectRow(row);
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void quickEntryVerifyAndFilter()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        IncidentLog log(session->store());
        Outbox outbox(session->store());
        IncidentLogPanel panel(&log, &outbox);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *entry = panel.findChild<QLineEdit *>(QStringLiteral("incidentEntry"));
        QVERIFY(entry);

        // No name yet: the core refuses and the panel says why.
        entry->setFocus();
        QTest::keyClicks(entry, QStringLiteral("Replica lag 40 s"));
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(log.entries().isEmpty());
        QCOMPARE(entry->text(), QStringLiteral("Replica lag 40 s")); // nothing typed is lost

        panel.setUserName(QStringLiteral("alice"));
        QTest::keyClick(entry, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(panel.severity(), IncidentEntry::Severity::Critical);
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(log.entries().size(), 1);
        QCOMPARE(log.entries().first().severity, IncidentEntry::Severity::Critical);
        QCOMPARE(log.entries().first().author, QStringLiteral("alice"));
        QVERIFY(entry->text().isEmpty());
        QTest::keyClick(entry, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(panel.severity(), IncidentEntry::Severity::Info);

        // Written down later than it happened: the person sets the time.
        const QDateTime tenMinutesAgo = QDateTime::currentDateTime().addSecs(-600);
        panel.setOccurredTime(tenMinutesAgo.time());
        QVERIFY(panel.addEntry(QStringLiteral("noticed earlier")));
        const IncidentEntry late = log.entries().last();
        QVERIFY(qAbs(late.occurredAt.secsTo(tenMinutesAgo)) < 61);
        QVERIFY(late.recordedAt > late.occurredAt);
        panel.setOccurredTime(QTime());
        QVERIFY(!panel.occurredAt().isValid());

        QPushButton *verify = button(&panel, QStringLiteral("Verify"));
        QVERIFY(verify);
        selectRow(panel, 0);
        QVERIFY(!verify->isEnabled()); // alice wrote it
        QVERIFY(!panel.verifySelected());
        panel.setUserName(QStringLiteral("bob"));
        QCOMPARE(panel.selectedEntryId(), 1);
        QVERIFY(verify->isEnabled());
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(log.entry(1).state, IncidentEntry::State::Verified);
        QVERIFY(!verify->isEnabled());

        QVERIFY(panel.addEntry(QStringLiteral("a draft of bob's")));
        auto *verifiedOnly = panel.findChild<QCheckBox *>(QStringLiteral("verifiedOnly"));
        auto *table = panel.findChild<QTableView *>(QStringLiteral("incidentTable"));
        QCOMPARE(table->model()->rowCount(), 3);
        verifiedOnly->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 1);
        verifiedOnly->setChecked(false);

        selectRow(panel, 0);
        QVERIFY(!panel.retractSelected(QString()));
        QVERIFY(panel.correctSelected(QStringLiteral("Replica lag 4 s"), QStringLiteral("misread")));
        QCOMPARE(log.entries().size(), 4);
        QCOMPARE(log.entries().last().kind, IncidentEntry::Kind::Correction);
        panel.grab().save(QDir::current().absoluteFilePath(QStringLiteral("incident-panel.png")));
    }

    void aParkedNotificationRaisesTheAlarmAndIsSentAgain()
    {
        auto session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")));
        QVERIFY(session);
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 403, 0 }, { 403, 0 } };
        IncidentLog log(session->store());
        Outbox outbox(session->store());
        outbox.setBackoff(20, 100);
        outbox.setEndpoint(
            QStringLiteral("slack"), QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port())));
        IncidentLogPanel panel(&log, &outbox);
        panel.setUserName(QStringLiteral("bob"));
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        OutboxPanel *box = panel.outboxPanel();
        QVERIFY(box);
        auto *alarm = box->findChild<QLabel *>(QStringLiteral("outboxAlarm"));
        QVERIFY(alarm);
        QVERIFY(!alarm->isVisible());
        QSignalSpy shown(&panel, &IncidentLogPanel::messageShown);
        QVERIFY(outbox.publishStepChange(1, 2, 50, QStringLiteral("alice")));
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(alarm->isVisible(), 20000);
        QVERIFY2(alarm->text().contains(QStringLiteral("parked")), qPrintable(alarm->text()));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY(shown.last().at(1).toBool()); // shown as an error
        panel.grab().save(QDir::current().absoluteFilePath(QStringLiteral("outbox-parked.png")));

        auto *retry = box->findChild<QPushButton *>(QStringLiteral("outboxRetry"));
        auto *drop = box->findChild<QPushButton *>(QStringLiteral("outboxDrop"));
        QVERIFY(!retry->isEnabled()); // nothing selected
        box->findChild<QTableView *>(QStringLiteral("outboxTable"))->selectRow(0);
        QVERIFY(retry->isEnabled());
        QVERIFY(drop->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        // The receiver refuses once more (403): parked again; then dropped with a reason.
        QTRY_VERIFY_WITH_TIMEOUT(outbox.parkedMessages().size() == 1 && receiver.received.size() == 2, 20000);
        box->findChild<QTableView *>(QStringLiteral("outboxTable"))->selectRow(0);
        QVERIFY(!box->dropSelected(QString()));
        QVERIFY(box->dropSelected(QStringLiteral("Slack app removed; posted by hand")));
        QCOMPARE(outbox.messages().first().state, OutboxMessage::State::Dropped);
        QTRY_VERIFY(!alarm->isVisible());
    }

    void viewerModeDisablesEveryAction()
    {
        const QString path = m_dir->filePath(QStringLiteral("s.cutover"));
        {
            auto session = createIncidentTestSession(path);
            QVERIFY(session);
            IncidentLog log(session->store());
            QVERIFY(log.add(
                QStringLiteral("draft by alice"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        }
        QString error;
        auto viewer = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY(viewer);
        IncidentLog log(viewer->store());
        IncidentLogPanel panel(&log, nullptr);
        panel.setUserName(QStringLiteral("bob"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        selectRow(panel, 0);
        QVERIFY(!panel.findChild<QLineEdit *>(QStringLiteral("incidentEntry"))->isEnabled());
        for (const QString &name : { QStringLiteral("Verify"), QStringLiteral("Retract"),
                 QStringLiteral("Correct"), QStringLiteral("Record") })
            QVERIFY2(!button(&panel, name)->isEnabled(), qPrintable(name));
        const ActionResult r = panel.verifySelected();
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("read-only")));
        QVERIFY(!panel.addEntry(QStringLiteral("x")));
        QCOMPARE(log.entry(1).state, IncidentEntry::State::Draft);
    }

    void stakeholderBoardShowsOnlyVerifiedAndHasNoActions()
    {
        // A live session whose identities are declared (the board is the same for a required one).
        auto session = createIncidentTestSession(
            m_dir->filePath(QStringLiteral("s.cutover")), false, QStringLiteral("declared"));
        QVERIFY(session);
        IncidentLog log(session->store());
        QVERIFY(log.add(QStringLiteral("VERIFIED-TEXT <b>not bold</b>"), IncidentEntry::Severity::Warning,
            QStringLiteral("alice")));
        {
            const ActionResult v = log.verify(1, OperatingSystemAccount::accountName());
            QVERIFY2(v, qPrintable(v.error));
        }
        QVERIFY(
            log.add(QStringLiteral("DRAFT-TEXT"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        StatusSnapshotBuilder builder(session.get(), &log);
        StakeholderBoard board;
        connect(&builder, &StatusSnapshotBuilder::snapshotChanged, &board, &StakeholderBoard::setSnapshot);
        board.setSnapshot(builder.current());
        board.resize(1200, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QVERIFY(board.findChildren<QAbstractButton *>().isEmpty());
        QVERIFY(board.findChildren<QLineEdit *>().isEmpty());

        auto texts = [&board] {
            QStringList all;
            for (QLabel *l : board.findChildren<QLabel *>())
                all << l->text();
            auto *list = board.findChild<QListWidget *>();
            for (int i = 0; i < list->count(); ++i)
                all << list->item(i)->text();
            return all.join(QLatin1Char('\n'));
        };
        QVERIFY(texts().contains(QStringLiteral("VERIFIED-TEXT <b>not bold</b>")));
        QVERIFY(!texts().contains(QStringLiteral("DRAFT-TEXT")));
        QVERIFY(texts().contains(QStringLiteral("LIVE")));
        QVERIFY(texts().contains(QStringLiteral("not configured")));

        QVERIFY(log.verify(2, OperatingSystemAccount::accountName()));
        QTRY_VERIFY_WITH_TIMEOUT(texts().contains(QStringLiteral("DRAFT-TEXT")), 10000);
        board.grab().save(QDir::current().absoluteFilePath(QStringLiteral("stakeholder-board.png")));
    }
};

QTEST_MAIN(TestIncidentLogPanel)
#include "tst_incidentlogpanel.moc"
