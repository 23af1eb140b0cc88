// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist rules of CutoverSession: skip reasons, the four-eyes sign-off, automatic times, named actors
// and read-only sessions. Each refusal must leave the item and the audit trail unchanged.
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestChecklistRules : public QObject {
    Q_OBJECT

private:
    // Item 1 of the built-in checklist needs a sign-off, item 3 does not.
    static constexpr qint64 signOffItem = 1;
    static constexpr qint64 plainItem = 3;

    std::unique_ptr<CutoverSession> createSession()
    {
        const QString fileName = QStringLiteral("rules-%1.cutover").arg(++m_sessions);
        SessionInfo info;
        info.name = QStringLiteral("Rules");
        QString error;
        auto session = CutoverSession::create(m_dir.filePath(fileName), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        if (!session)
            qWarning("create failed: %s", qPrintable(error));
        return session;
    }

    QTemporaryDir m_dir;
    int m_sessions = 0;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void fixtureHasTheExpectedItems()
    {
        auto s = createSession();
        QVERIFY(s);
        QVERIFY(s->item(signOffItem).signOffRequired);
        QVERIFY(!s->item(plainItem).signOffRequired);
    }

    void skippingNeedsAReason()
    {
        auto s = createSession();
        QVERIFY(s);
        const qint64 records = s->auditRecordCount();
        ActionResult r = s->setStatus(plainItem, ItemStatus::Skipped, QStringLiteral("alice"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("reason")), qPrintable(r.error));
        r = s->setStatus(plainItem, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("   "));
        QVERIFY(!r.ok);
        QCOMPARE(s->item(plainItem).status, ItemStatus::Open);
        QCOMPARE(s->auditRecordCount(), records);

        r = s->setStatus(
            plainItem, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("covered by CI"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(s->item(plainItem).status, ItemStatus::Skipped);
        QCOMPARE(s->item(plainItem).skipReason, QStringLiteral("covered by CI"));
        QVERIFY(s->auditRecordCount() > records);

        // Leaving the skipped state clears the reason.
        QVERIFY(s->setStatus(plainItem, ItemStatus::InProgress, QStringLiteral("alice")).ok);
        QVERIFY(s->item(plainItem).skipReason.isEmpty());
    }

    void doneOnSignOffItemAwaitsSignOff()
    {
        auto s = createSession();
        QVERIFY(s);
        QSignalSpy changed(s.get(), &CutoverSession::itemChanged);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QCOMPARE(s->item(signOffItem).status, ItemStatus::AwaitingSignOff);
        QCOMPARE(s->item(signOffItem).completedBy, QStringLiteral("alice"));
        QVERIFY(s->item(signOffItem).signedOffBy.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), signOffItem);

        // An item without the flag is done at once.
        QVERIFY(s->setStatus(plainItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QCOMPARE(s->item(plainItem).status, ItemStatus::Done);

        // Nobody can set the awaiting state directly.
        QVERIFY(!s->setStatus(2, ItemStatus::AwaitingSignOff, QStringLiteral("alice")).ok);
    }

    void signOffBySamePersonRefused_data()
    {
        QTest::addColumn<QString>("signer");
        // Principals are compared exactly (issue 12): "ALICE" is another principal, not a spelling of
        // alice; a typed name loses only its surrounding blanks.
        QTest::newRow("same") << QStringLiteral("alice");
        QTest::newRow("whitespace") << QStringLiteral("  alice \t");
    }

    void signOffBySamePersonRefused()
    {
        QFETCH(QString, signer);
        auto s = createSession();
        QVERIFY(s);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        const qint64 records = s->auditRecordCount();
        const ActionResult r = s->signOff(signOffItem, signer);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("second person")), qPrintable(r.error));
        QCOMPARE(s->item(signOffItem).status, ItemStatus::AwaitingSignOff);
        QVERIFY(s->item(signOffItem).signedOffBy.isEmpty());
        QCOMPARE(s->auditRecordCount(), records);
    }

    void signOffBySecondPersonCompletes()
    {
        auto s = createSession();
        QVERIFY(s);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        const ActionResult r
            = s->signOff(signOffItem, QStringLiteral("bob"), QStringLiteral("checked the minutes"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(s->item(signOffItem).status, ItemStatus::Done);
        QCOMPARE(s->item(signOffItem).signedOffBy, QStringLiteral("bob"));
        QCOMPARE(s->item(signOffItem).completedBy, QStringLiteral("alice"));

        // The state survives a reopen: it is in the file, not only in memory.
        const QString path = s->path();
        s.reset();
        QString error;
        auto reopened = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->item(signOffItem).status, ItemStatus::Done);
        QCOMPARE(reopened->item(signOffItem).signedOffBy, QStringLiteral("bob"));
    }

    void signOffOnItemNotAwaitingRefused()
    {
        auto s = createSession();
        QVERIFY(s);
        ActionResult r = s->signOff(signOffItem, QStringLiteral("bob"));
        QVERIFY(!r.ok);
        QCOMPARE(s->item(signOffItem).status, ItemStatus::Open);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::InProgress, QStringLiteral("alice")).ok);
        QVERIFY(!s->signOff(signOffItem, QStringLiteral("bob")).ok);
        QCOMPARE(s->item(signOffItem).status, ItemStatus::InProgress);
        // An item that needs no sign-off cannot be signed off, even when done.
        QVERIFY(s->setStatus(plainItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        r = s->signOff(plainItem, QStringLiteral("bob"));
        QVERIFY(!r.ok);
        QVERIFY(s->item(plainItem).signedOffBy.isEmpty());
        // A second sign-off of a done item is refused too.
        QVERIFY(s->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(s->signOff(signOffItem, QStringLiteral("bob")).ok);
        QVERIFY(!s->signOff(signOffItem, QStringLiteral("carol")).ok);
        QCOMPARE(s->item(signOffItem).signedOffBy, QStringLiteral("bob"));
    }

    void reopeningTheWorkResetsTheSignOff()
    {
        auto s = createSession();
        QVERIFY(s);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(s->signOff(signOffItem, QStringLiteral("bob")).ok);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::InProgress, QStringLiteral("carol")).ok);
        QVERIFY(s->item(signOffItem).signedOffBy.isEmpty());
        QVERIFY(s->item(signOffItem).completedBy.isEmpty());
    }

    void actualTimesAreSetAutomatically()
    {
        auto s = createSession();
        QVERIFY(s);
        QVERIFY(!s->item(plainItem).actualStart.isValid());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(s->setStatus(plainItem, ItemStatus::InProgress, QStringLiteral("alice")).ok);
        const QDateTime started = s->item(plainItem).actualStart;
        QVERIFY(started.isValid());
        QVERIFY(started >= before);
        QVERIFY(!s->item(plainItem).actualEnd.isValid());

        QVERIFY(s->setStatus(plainItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QCOMPARE(s->item(plainItem).actualStart, started); // the start is kept
        QVERIFY(s->item(plainItem).actualEnd.isValid());
        QVERIFY(s->item(plainItem).actualEnd >= started);

        // Done straight from open sets both.
        QVERIFY(s->setStatus(4, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(s->item(4).actualStart.isValid());
        QVERIFY(s->item(4).actualEnd.isValid());

        // Back to open clears both.
        QVERIFY(s->setStatus(plainItem, ItemStatus::Open, QStringLiteral("alice")).ok);
        QVERIFY(!s->item(plainItem).actualStart.isValid());
        QVERIFY(!s->item(plainItem).actualEnd.isValid());
    }

    void emptyActorRefused_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  \t ");
    }

    void emptyActorRefused()
    {
        QFETCH(QString, actor);
        auto s = createSession();
        QVERIFY(s);
        const qint64 records = s->auditRecordCount();
        QVERIFY(!s->setStatus(plainItem, ItemStatus::InProgress, actor).ok);
        QVERIFY(!s->setNotes(plainItem, QStringLiteral("n"), actor).ok);
        QVERIFY(!s->setOwner(plainItem, QStringLiteral("o"), actor).ok);
        QVERIFY(!s->setEvidence(plainItem, { QStringLiteral("https://example.invalid/x") }, actor).ok);
        QCOMPARE(s->auditRecordCount(), records);
        QVERIFY(s->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        const qint64 afterAlice = s->auditRecordCount();
        QVERIFY(!s->signOff(signOffItem, actor).ok);
        QCOMPARE(s->auditRecordCount(), afterAlice);
        QCOMPARE(s->item(signOffItem).status, ItemStatus::AwaitingSignOff);
        QCOMPARE(s->item(plainItem).status, ItemStatus::Open);
        QVERIFY(s->item(plainItem).notes.isEmpty());

        QString error;
        SessionInfo info;
        info.name = QStringLiteral("x");
        QVERIFY(!CutoverSession::create(m_dir.filePath(QStringLiteral("noactor.cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), actor, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("noactor.cutover"))));
    }

    // Two sessions on one file stand for two processes (two cutoverctl runs, a window and cutoverctl). The
    // rules are judged on the row inside the write transaction, never on a copy read before it.
    void signOffIsJudgedOnTheStoredRowNotACopy()
    {
        auto a = createSession();
        QVERIFY(a);
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QString error;
        auto b = CutoverSession::open(a->path(), SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->item(signOffItem).status, ItemStatus::AwaitingSignOff); // b's copy

        // Meanwhile alice reopens the work in the other process: nothing awaits a sign-off any more.
        QVERIFY(a->setStatus(signOffItem, ItemStatus::InProgress, QStringLiteral("alice")).ok);
        const qint64 records = a->auditRecordCount();
        ActionResult r = b->signOff(signOffItem, QStringLiteral("bob"));
        QVERIFY2(!r.ok, "a sign-off of an item in progress was written from a stale copy");
        QVERIFY2(r.error.contains(QLatin1String("can be signed off once")), qPrintable(r.error));
        QCOMPARE(b->item(signOffItem).status, ItemStatus::InProgress); // the copy follows the row
        QCOMPARE(a->auditRecordCount(), records);

        // Now bob does the work again himself (in a) while b's copy still says alice completed it: b must
        // refuse bob signing off his own work.
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(b->reload().ok);
        QVERIFY(a->setStatus(signOffItem, ItemStatus::InProgress, QStringLiteral("bob")).ok);
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("bob")).ok);
        QCOMPARE(b->item(signOffItem).completedBy, QStringLiteral("alice")); // stale copy
        r = b->signOff(signOffItem, QStringLiteral("bob"));
        QVERIFY2(!r.ok, "bob signed off his own work through a stale copy");
        QVERIFY2(r.error.contains(QLatin1String("second person")), qPrintable(r.error));

        // A sign-off the copy would refuse (it says "open") is accepted when the row awaits it.
        auto c = CutoverSession::open(a->path(), SessionStore::Mode::ReadWrite, &error);
        QVERIFY(c);
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Open, QStringLiteral("bob")).ok);
        QVERIFY(c->reload().ok);
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QCOMPARE(c->item(signOffItem).status, ItemStatus::Open);
        r = c->signOff(signOffItem, QStringLiteral("carol"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(c->item(signOffItem).status, ItemStatus::Done);
    }

    void withdrawIsJudgedOnTheStoredRow()
    {
        auto a = createSession();
        QVERIFY(a);
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(a->signOff(signOffItem, QStringLiteral("bob")).ok);
        QString error;
        auto b = CutoverSession::open(a->path(), SessionStore::Mode::ReadWrite, &error);
        QVERIFY(b);
        // bob withdraws in a; b's copy still has bob's sign-off, and bob withdrawing again must be refused.
        QVERIFY(a->withdrawSignOff(signOffItem, QStringLiteral("bob"), QStringLiteral("recheck")).ok);
        const ActionResult r
            = b->withdrawSignOff(signOffItem, QStringLiteral("bob"), QStringLiteral("again"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("not signed off")), qPrintable(r.error));
    }

    void notesAndEvidenceAreAddedToTheStoredRow()
    {
        auto a = createSession();
        QVERIFY(a);
        QString error;
        auto b = CutoverSession::open(a->path(), SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(b, qPrintable(error));
        // a adds first; b's copy does not have a's note or link, and adding its own keeps both.
        QVERIFY(a->addNote(plainItem, QStringLiteral("from a"), QStringLiteral("alice")).ok);
        QVERIFY(
            a->addEvidence(plainItem, { QStringLiteral("https://a.example") }, QStringLiteral("alice")).ok);
        QVERIFY(b->addNote(plainItem, QStringLiteral("from b"), QStringLiteral("bob")).ok);
        QVERIFY(b->addEvidence(plainItem,
                     { QStringLiteral("https://b.example"), QStringLiteral("https://a.example") },
                     QStringLiteral("bob"))
                    .ok);
        QCOMPARE(b->item(plainItem).notes, QStringLiteral("from a\nfrom b"));
        QCOMPARE(b->item(plainItem).evidence,
            QStringList({ QStringLiteral("https://a.example"), QStringLiteral("https://b.example") }));
    }

    void twoPeopleCompletingOneItemTellTheSecondWhoWasFirst()
    {
        auto a = createSession();
        QVERIFY(a);
        QString error;
        auto b = CutoverSession::open(a->path(), SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(b, qPrintable(error));
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        ActionResult r = b->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("bob"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("already completed by alice")), qPrintable(r.error));
        QCOMPARE(b->item(signOffItem).completedBy, QStringLiteral("alice"));
        // The same person again changes nothing and is no error.
        QVERIFY(a->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(a->signOff(signOffItem, QStringLiteral("carol")).ok);
        r = b->signOff(signOffItem, QStringLiteral("bob"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("already signed off by carol")), qPrintable(r.error));
    }

    void unknownItemRefused()
    {
        auto s = createSession();
        QVERIFY(s);
        const ActionResult r = s->setStatus(999, ItemStatus::Done, QStringLiteral("alice"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("999")));
    }

    void readOnlySessionRefusesEveryAction()
    {
        auto writer = createSession();
        QVERIFY(writer);
        QVERIFY(writer->setStatus(signOffItem, ItemStatus::Done, QStringLiteral("alice")).ok);
        QString error;
        auto viewer = CutoverSession::open(writer->path(), SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(viewer, qPrintable(error));
        QVERIFY(viewer->isReadOnly());
        const qint64 records = viewer->auditRecordCount();
        const QString bob = QStringLiteral("bob");
        QList<ActionResult> results = {
            viewer->setStatus(plainItem, ItemStatus::InProgress, bob),
            viewer->setStatus(plainItem, ItemStatus::Skipped, bob, QStringLiteral("reason")),
            viewer->signOff(signOffItem, bob),
            viewer->setNotes(plainItem, QStringLiteral("n"), bob),
            viewer->setEvidence(plainItem, { QStringLiteral("https://example.invalid/e") }, bob),
            viewer->setOwner(plainItem, QStringLiteral("o"), bob),
        };
        for (const ActionResult &r : results) {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QLatin1String("read-only")), qPrintable(r.error));
        }
        QCOMPARE(viewer->auditRecordCount(), records);
        QVERIFY(viewer->reload().ok);
        QCOMPARE(viewer->item(plainItem).status, ItemStatus::Open);
        QCOMPARE(viewer->item(signOffItem).status, ItemStatus::AwaitingSignOff);
        QVERIFY(viewer->item(plainItem).notes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecklistRules)
#include "tst_checklistrules.moc"
