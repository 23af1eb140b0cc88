// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "lessons/LessonTableModel.h"
#include "lessons/LessonsLearned.h"
#include "notify/Outbox.h"
#include "notify/WebhookPayload.h"
#include "support/ReportFixtures.h"
#include "support/WebhookReceiver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestLessonsLearned : public QObject {
    Q_OBJECT

private:
    static QList<AuditRecord> records(const CutoverSession &s, const QString &action)
    {
        QList<AuditRecord> out;
        for (const AuditRecord &r : AuditChain::readAll(s.store()->database())) {
            if (r.action == action)
                out << r;
        }
        return out;
    }

private Q_SLOTS:
    void resultStatementIsAuditedPerField()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        QVERIFY(session);
        LessonsLearned notes(session.get());
        QSignalSpy changed(&notes, &LessonsLearned::resultStatementChanged);
        ResultStatement rs;
        rs.goal = QStringLiteral("Move payments");
        rs.wentWell = QStringLiteral("Gates held");
        QVERIFY(notes.setResultStatement(rs, QStringLiteral("alice"), QStringLiteral("first draft")).ok);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            records(*session, QStringLiteral("result.edit")).size(), 2); // goal, went_well; open unchanged

        rs.openPoints = QStringLiteral("Reconciliation is manual");
        QVERIFY(notes.setResultStatement(rs, QStringLiteral("bob")).ok);
        const QList<AuditRecord> edits = records(*session, QStringLiteral("result.edit"));
        QCOMPARE(edits.size(), 3);
        QCOMPARE(edits.last().field, QStringLiteral("open_points"));
        QCOMPARE(edits.last().oldValue, QString());
        QCOMPARE(edits.last().newValue, QStringLiteral("Reconciliation is manual"));
        QCOMPARE(edits.last().actor, QStringLiteral("bob"));

        // Unchanged: nothing recorded.
        QVERIFY(notes.setResultStatement(rs, QStringLiteral("bob")).ok);
        QCOMPARE(records(*session, QStringLiteral("result.edit")).size(), 3);

        // Survives reopening; the chain verifies.
        const QString path = session->path();
        session.reset();
        QString error;
        session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(session, qPrintable(error));
        LessonsLearned again(session.get());
        QCOMPARE(again.resultStatement().goal, QStringLiteral("Move payments"));
        QCOMPARE(again.resultStatement().openPoints, QStringLiteral("Reconciliation is manual"));
        QCOMPARE(again.resultStatement().updatedBy, QStringLiteral("bob"));
        QVERIFY(AuditChain::verify(session->store()->database()).intact);
    }

    void changesNeedAName()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 0);
        LessonsLearned notes(session.get());
        ResultStatement rs;
        rs.goal = QStringLiteral("x");
        const ActionResult r = notes.setResultStatement(rs, QStringLiteral("  "));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("name")));
        Lesson l;
        l.text = QStringLiteral("y");
        QVERIFY(!notes.addLesson(l, QString()).ok);
        QVERIFY(notes.lessons().isEmpty());
    }

    void lessonsAreValidatedAndAudited()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 6);
        LessonsLearned notes(session.get());
        LessonTableModel model(&notes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Lesson empty;
        ActionResult r = notes.addLesson(empty, QStringLiteral("alice"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("text")));

        Lesson noTask;
        noTask.text = QStringLiteral("Warm the caches");
        noTask.change.kind = RunbookChange::Kind::Remove;
        noTask.change.phase = QStringLiteral("Cutover");
        r = notes.addLesson(noTask, QStringLiteral("alice"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("task")), qPrintable(r.error));

        Lesson l;
        l.text = QStringLiteral("Caches were cold after the switch");
        l.action = QStringLiteral("Warm caches before 25 %");
        l.owner = QStringLiteral("erin");
        l.change.kind = RunbookChange::Kind::Add;
        l.change.phase = QStringLiteral("Cutover");
        l.change.newText = QStringLiteral("Warm the caches");
        l.change.expected = QStringLiteral("Hit rate above 90 %");
        qint64 id = 0;
        QSignalSpy changed(&notes, &LessonsLearned::lessonsChanged);
        QVERIFY(notes.addLesson(l, QStringLiteral("alice"), &id).ok);
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LessonTableModel::OwnerColumn).data().toString(), QStringLiteral("erin"));
        QCOMPARE(
            model.index(0, LessonTableModel::TextColumn).data(LessonTableModel::LessonIdRole).toLongLong(),
            id);
        QVERIFY(model.index(0, LessonTableModel::ChangeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Warm the caches")));
        QCOMPARE(records(*session, QStringLiteral("lesson.add")).size(), 1);

        Lesson edited = notes.lesson(id);
        edited.owner = QStringLiteral("frank");
        edited.change.expected = QStringLiteral("Hit rate above 95 %");
        QVERIFY(notes.updateLesson(edited, QStringLiteral("bob"), QStringLiteral("owner moved")).ok);
        const QList<AuditRecord> edits = records(*session, QStringLiteral("lesson.edit"));
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.first().reason, QStringLiteral("owner moved"));
        QCOMPARE(notes.lesson(id).owner, QStringLiteral("frank"));

        QVERIFY(notes.removeLesson(id, QStringLiteral("bob"), QStringLiteral("duplicate")).ok);
        QCOMPARE(model.rowCount(), 0);
        const QList<AuditRecord> removed = records(*session, QStringLiteral("lesson.remove"));
        QCOMPARE(removed.size(), 1);
        QVERIFY(
            removed.first().oldValue.contains(QStringLiteral("frank"))); // the last state stays in the trail
        QVERIFY(!notes.removeLesson(id, QStringLiteral("bob")).ok);
        QVERIFY(AuditChain::verify(session->store()->database()).intact);
    }

    void readOnlySessionRefusesChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.cutover"));
        ReportFixtures::makeSession(path, 3, 0).reset();
        QString error;
        auto ro = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(ro, qPrintable(error));
        LessonsLearned notes(ro.get());
        Lesson l;
        l.text = QStringLiteral("x");
        const ActionResult r = notes.addLesson(l, QStringLiteral("alice"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("read-only")));
    }

    // Marking the statement final announces it once through the outbox (a real loopback receiver), is
    // audited, and freezes the statement; a second mark is refused; reopening keeps it final.
    void finalStatementIsAnnouncedOnce()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.cutover"));
        auto session = ReportFixtures::makeSession(path, 3, 3);
        QVERIFY(session);
        LessonsLearned notes(session.get());
        Outbox outbox(session->store());
        outbox.setEndpoint(
            WebhookPayload::teams(), QUrl(QStringLiteral("http://127.0.0.1:%1/teams").arg(receiver.port())));
        QVERIFY(!notes.markResultFinal(QStringLiteral("alice"), &outbox).ok); // nothing written yet
        QVERIFY(notes
                    .setResultStatement({ QStringLiteral("PAYMENTSMOVED"), QStringLiteral("Gates held"),
                                            QStringLiteral("Reconciliation"), {}, {} },
                        QStringLiteral("alice"))
                    .ok);
        QVERIFY(!notes.markResultFinal(QString(), &outbox).ok); // a name is needed
        QSignalSpy changed(&notes, &LessonsLearned::resultStatementChanged);
        const ActionResult r = notes.markResultFinal(QStringLiteral("alice"), &outbox);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(changed.size(), 1);
        QVERIFY(notes.isResultFinal());
        QCOMPARE(records(*session, QStringLiteral("result.final")).size(), 1);
        outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 1, 20000);
        QVERIFY(
            QString::fromUtf8(receiver.accepted().first().body).contains(QStringLiteral("PAYMENTSMOVED")));

        const ActionResult again = notes.markResultFinal(QStringLiteral("bob"), &outbox);
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(QStringLiteral("alice")));
        QVERIFY(
            !notes.setResultStatement({ QStringLiteral("changed"), {}, {}, {}, {} }, QStringLiteral("bob"))
                 .ok);
        QTest::qWait(300);
        QCOMPARE(receiver.received.size(), 1);

        LessonsLearned reread(session.get());
        QVERIFY(reread.isResultFinal());
        QCOMPARE(reread.resultFinalBy(), QStringLiteral("alice"));
        QVERIFY(AuditChain::verify(session->store()->database()).intact);
    }
};

QTEST_GUILESS_MAIN(TestLessonsLearned)
#include "tst_lessonslearned.moc"
