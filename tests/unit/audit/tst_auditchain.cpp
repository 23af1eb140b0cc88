// SPDX-License-Identifier: GPL-3.0-or-later
// AuditChain: the SHA-256 hash chain over the audit table. Tampering with the file through a second
// connection (as with the sqlite3 shell) must be detected: a changed field, a deleted record, a cut-off end,
// and an item whose stored state no longer matches its history.
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"
#include "support/RawSqliteConnection.h"

#include <QTemporaryDir>
#include <QTest>

class TestAuditChain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CutoverSession> m_session;

    // A session with some history: creation (14 records: session, 3 phases, 10 items) and a few changes.
    bool makeSession()
    {
        SessionInfo info;
        info.name = QStringLiteral("Audit");
        QString error;
        m_session = CutoverSession::create(m_dir.filePath(QStringLiteral("audit.cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        if (!m_session) {
            qWarning("create failed: %s", qPrintable(error));
            return false;
        }
        return m_session->setStatus(3, ItemStatus::InProgress, QStringLiteral("alice")).ok
            && m_session->setNotes(3, QStringLiteral("note, with \"quotes\""), QStringLiteral("alice")).ok
            && m_session->setStatus(1, ItemStatus::Done, QStringLiteral("alice")).ok
            && m_session->signOff(1, QStringLiteral("bob"), QStringLiteral("looked at it")).ok
            && m_session
                   ->setStatus(6, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("no canary"))
                   .ok;
    }

    AuditChain::Verification verify() const { return AuditChain::verify(m_session->store()->database()); }

    // Runs SQL on the session file through a separate connection, as someone with the sqlite3 shell would.
    static bool tamper(const QString &file, const QString &sql)
    {
        RawSqliteConnection raw(file);
        QString error;
        if (!raw.isOpen() || !raw.exec(sql, &error)) {
            qWarning("tamper failed: %s", qPrintable(error));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("audit.cutover")));
        QVERIFY(makeSession());
    }

    void cleanup()
    {
        m_session.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("audit.cutover")));
    }

    void intactAfterActions()
    {
        const AuditChain::Verification v = verify();
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
        QCOMPARE(v.firstBrokenSeq, 0);
        QVERIFY(v.stateMismatches.isEmpty());
        QCOMPARE(v.recordCount, m_session->auditRecordCount());
        QVERIFY(v.recordCount > 11);
        QCOMPARE(v.headHash, m_session->headHash());
        QCOMPARE(v.headHash.size(), 64);
        QVERIFY(v.headHash != AuditChain::genesisHash());

        // Every record links to the one before it and the sequence has no gaps.
        const QList<AuditRecord> records = AuditChain::readAll(m_session->store()->database());
        QCOMPARE(records.size(), v.recordCount);
        QCOMPARE(records.first().prevHash, AuditChain::genesisHash());
        for (int i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).seq, records.at(i - 1).seq + 1);
            QCOMPARE(records.at(i).prevHash, records.at(i - 1).hash);
        }
        // The sign-off is recorded with its actor and reason.
        bool found = false;
        for (const AuditRecord &r : records) {
            if (r.action == QLatin1String("item.signoff") && r.field == QLatin1String("signed_off_by")) {
                QCOMPARE(r.actor, QStringLiteral("bob"));
                QCOMPARE(r.reason, QStringLiteral("looked at it"));
                QCOMPARE(r.newValue, QStringLiteral("bob"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void changedFieldIsDetected_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("at") << QStringLiteral("at = '2020-01-01T00:00:00.000Z'");
        QTest::newRow("actor") << QStringLiteral("actor = 'mallory'");
        QTest::newRow("action") << QStringLiteral("action = 'item.notes'");
        QTest::newRow("entity") << QStringLiteral("entity = 'session'");
        QTest::newRow("entity_id") << QStringLiteral("entity_id = entity_id + 1");
        QTest::newRow("field") << QStringLiteral("field = 'owner'");
        QTest::newRow("old_value") << QStringLiteral("old_value = 'x'");
        QTest::newRow("new_value") << QStringLiteral("new_value = new_value || ' '");
        QTest::newRow("reason") << QStringLiteral("reason = 'because'");
        QTest::newRow("prev_hash") << QStringLiteral("prev_hash = '%1'").arg(QString(64, QLatin1Char('a')));
        QTest::newRow("hash") << QStringLiteral("hash = '%1'").arg(QString(64, QLatin1Char('b')));
        QTest::newRow("seq") << QStringLiteral("seq = 100000");
    }

    void changedFieldIsDetected()
    {
        QFETCH(QString, assignment);
        const qint64 target = 16; // a change after the creation records, not the last one
        QVERIFY(m_session->auditRecordCount() > target + 2);
        QVERIFY(tamper(m_session->path(),
            QStringLiteral("UPDATE audit SET %1 WHERE seq = %2").arg(assignment).arg(target)));
        const AuditChain::Verification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, target);
        QVERIFY2(v.problem.contains(QString::number(target)), qPrintable(v.problem));
    }

    void deletedMiddleRecordIsDetected()
    {
        QVERIFY(tamper(m_session->path(), QStringLiteral("DELETE FROM audit WHERE seq = 7")));
        const AuditChain::Verification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, 7);
        QVERIFY2(v.problem.contains(QLatin1String("7")), qPrintable(v.problem));
    }

    void deletedFirstRecordIsDetected()
    {
        QVERIFY(tamper(m_session->path(), QStringLiteral("DELETE FROM audit WHERE seq = 1")));
        const AuditChain::Verification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, 1);
    }

    void deletedLastRecordIsDetected()
    {
        const QString head = m_session->headHash();
        const qint64 count = m_session->auditRecordCount();
        QVERIFY(tamper(
            m_session->path(), QStringLiteral("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)")));
        const AuditChain::Verification v = verify();
        // The remaining chain is consistent in itself ...
        QCOMPARE(v.firstBrokenSeq, 0);
        QCOMPARE(v.recordCount, count - 1);
        // ... but a kept copy of the head is no longer in the trail ...
        QVERIFY(v.headHash != head);
        QCOMPARE(AuditChain::seqOfHash(m_session->store()->database(), head), 0);
        // ... and the item changed by the lost record differs from what the trail says.
        QVERIFY(!v.intact);
        QVERIFY(!v.stateMismatches.isEmpty());
        QVERIFY2(v.stateMismatches.join(QLatin1Char('\n')).contains(QLatin1String("item 6")),
            qPrintable(v.stateMismatches.join(QLatin1Char('\n'))));
    }

    void earlierHeadIsFoundAfterAppends()
    {
        const QString head = m_session->headHash();
        const qint64 count = m_session->auditRecordCount();
        QVERIFY(m_session->setOwner(2, QStringLiteral("dave"), QStringLiteral("alice")).ok);
        QCOMPARE(AuditChain::seqOfHash(m_session->store()->database(), head), count);
        QCOMPARE(AuditChain::seqOfHash(m_session->store()->database(), QString(64, QLatin1Char('c'))), 0);
        QVERIFY(verify().intact);
    }

    // A file whose trail is broken takes no more records: appending would bury the break under new,
    // validly chained records. Every write path goes through AuditChain::append, which refuses.
    void appendingToABrokenChainIsRefused()
    {
        const QString file = m_session->path();
        m_session.reset();
        QVERIFY(tamper(file, QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 5")));
        QString error;
        m_session = CutoverSession::open(file, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(m_session, qPrintable(error)); // it still opens, to be looked at and verified
        const qint64 records = m_session->auditRecordCount();
        const ActionResult r = m_session->setNotes(4, QStringLiteral("more"), QStringLiteral("alice"));
        QVERIFY2(!r.ok, "a record was appended to a broken chain");
        QVERIFY2(r.error.contains(QStringLiteral("audit trail of %1 is broken at record 5").arg(file)),
            qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("cutoverctl audit verify")), qPrintable(r.error));
        QCOMPARE(m_session->auditRecordCount(), records);
        QVERIFY(m_session->item(4).notes.isEmpty());
    }

    // Records another process appends while a session is open are checked from the head verified last.
    void appendAfterAnotherWriterContinuesTheChain()
    {
        QString error;
        auto other = CutoverSession::open(m_session->path(), SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(other->setNotes(4, QStringLiteral("from the other"), QStringLiteral("bob")).ok);
        QVERIFY(m_session->setNotes(5, QStringLiteral("from this one"), QStringLiteral("alice")).ok);
        QVERIFY(other->setNotes(4, QStringLiteral("again"), QStringLiteral("bob")).ok);
        const AuditChain::Verification v = verify();
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
    }

    void itemStateChangedBehindTheTrailIsReported()
    {
        QVERIFY(tamper(m_session->path(), QStringLiteral("UPDATE items SET status = 'done' WHERE id = 4")));
        const AuditChain::Verification v = verify();
        QCOMPARE(v.firstBrokenSeq, 0); // the chain itself is intact
        QVERIFY(!v.intact);
        QCOMPARE(v.stateMismatches.size(), 1);
        QVERIFY2(v.stateMismatches.first().contains(QLatin1String("item 4")),
            qPrintable(v.stateMismatches.first()));
        QVERIFY2(v.stateMismatches.first().contains(QLatin1String("status")),
            qPrintable(v.stateMismatches.first()));
        QVERIFY2(
            v.stateMismatches.first().contains(QLatin1String("done")), qPrintable(v.stateMismatches.first()));
    }

    void insertedItemIsReported()
    {
        QVERIFY(tamper(m_session->path(),
            QStringLiteral("INSERT INTO items (id, phase_id, position, task) VALUES "
                           "(500, 1, 99, 'smuggled')")));
        const AuditChain::Verification v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.stateMismatches.join(QLatin1Char('\n')).contains(QLatin1String("item 500")),
            qPrintable(v.stateMismatches.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
