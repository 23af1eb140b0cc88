// SPDX-License-Identifier: GPL-3.0-or-later
// AuditFeed: a session's audit records as they are appended, each once and in order, read in bounded
// batches from a real session file by a second (read-only) connection as `cutoverctl watch` does; a trail
// rewritten behind the feed's back is reported once and not followed.
#include "audit/AuditChain.h"
#include "audit/AuditFeed.h"
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"
#include "store/SessionStore.h"
#include "support/RawSqliteConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestAuditFeed : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<CutoverSession> m_writer;
    std::unique_ptr<SessionStore> m_reader;

    // Everything a feed emitted, in order, and how many emissions it took.
    struct Collected {
        QList<AuditRecord> records;
        QList<int> batchSizes;
    };

    static void collect(AuditFeed *feed, Collected *into)
    {
        QObject::connect(feed, &AuditFeed::recordsAppended, feed, [into](const QList<AuditRecord> &records) {
            into->records += records;
            into->batchSizes << int(records.size());
        });
    }

    // seq runs from `first` without a gap or a repeat, and each record is the stored one.
    void checkInOrder(const Collected &c, qint64 first, qint64 last)
    {
        QCOMPARE(c.records.size(), last - first + 1);
        const QList<AuditRecord> stored = AuditChain::readAll(m_writer->store()->database());
        for (int i = 0; i < c.records.size(); ++i) {
            const AuditRecord &r = c.records.at(i);
            QCOMPARE(r.seq, first + i);
            QCOMPARE(r.hash, stored.at(r.seq - 1).hash);
            QCOMPARE(r.action, stored.at(r.seq - 1).action);
            QCOMPARE(r.newValue, stored.at(r.seq - 1).newValue);
        }
    }

    bool change(int n)
    {
        for (int i = 0; i < n; ++i) {
            if (!m_writer->setNotes(1 + i % 10, QStringLiteral("note %1").arg(i), QStringLiteral("alice")))
                return false;
        }
        return true;
    }

    qint64 head() const { return m_writer->auditRecordCount(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("feed.cutover"));
        SessionInfo info;
        info.name = QStringLiteral("Feed");
        QString error;
        m_writer = CutoverSession::create(m_path, info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        QVERIFY2(m_writer, qPrintable(error));
        m_reader = SessionStore::open(m_path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(m_reader, qPrintable(error));
    }

    void cleanup()
    {
        m_reader.reset();
        m_writer.reset();
        m_dir.reset();
    }

    void wholeTrailInBoundedBatches()
    {
        QVERIFY(change(23));
        const qint64 total = head();
        QVERIFY(total > 30);
        AuditFeed feed(m_reader.get());
        feed.setBatchSize(5);
        Collected c;
        collect(&feed, &c);
        QString error;
        QVERIFY2(feed.start(0, &error), qPrintable(error));
        QCOMPARE(c.records.size(), 0); // read once the event loop runs, never inside start()
        QTRY_COMPARE_WITH_TIMEOUT(c.records.size(), total, 10000);
        checkInOrder(c, 1, total);
        QVERIFY(c.batchSizes.size() >= int(total / 5));
        QVERIFY(*std::max_element(c.batchSizes.cbegin(), c.batchSizes.cend()) <= 5);
        QCOMPARE(feed.lastSeq(), total);
        QCOMPARE(feed.lastHash(), m_writer->headHash());

        // Poking without a change adds nothing; a change adds exactly its records.
        feed.poke();
        feed.poke();
        QCOMPARE(c.records.size(), total);
        QVERIFY(change(7));
        QTRY_COMPARE_WITH_TIMEOUT(c.records.size(), head(), 10000);
        QTest::qWait(300); // a few more polls of the change signal: nothing twice
        checkInOrder(c, 1, head());
    }

    // Default start: only what is appended after start(); --since: after a given record.
    void fromHeadAndSince()
    {
        const qint64 before = head();
        AuditFeed fromHead(m_reader.get());
        AuditFeed since(m_reader.get());
        Collected h;
        Collected s;
        collect(&fromHead, &h);
        collect(&since, &s);
        QString error;
        QVERIFY2(fromHead.start(AuditFeed::FromHead, &error), qPrintable(error));
        QVERIFY2(since.start(before - 3, &error), qPrintable(error));
        QCOMPARE(fromHead.lastSeq(), before);
        QVERIFY(change(4));
        QTRY_COMPARE_WITH_TIMEOUT(h.records.size(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s.records.size(), 7, 10000);
        checkInOrder(h, before + 1, head());
        checkInOrder(s, before - 2, head());

        AuditFeed beyond(m_reader.get());
        QVERIFY(!beyond.start(head() + 1, &error));
        QVERIFY2(error.contains(QStringLiteral("no record %1").arg(head() + 1)), qPrintable(error));
    }

    // Another connection's commits arrive by the change signal alone; the latency is measured, not asserted.
    void liveChangesArriveOnceInOrderWithTheirLatency()
    {
        AuditFeed feed(m_reader.get());
        Collected c;
        collect(&feed, &c);
        QString error;
        QVERIFY2(feed.start(AuditFeed::FromHead, &error), qPrintable(error));
        const qint64 first = head() + 1;
        QSignalSpy appended(&feed, &AuditFeed::recordsAppended);
        QList<qint64> latencies;
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(i * 37 % 100); // commits at different moments of the poll interval
            QElapsedTimer t;
            t.start();
            QVERIFY(m_writer->setOwner(2, QStringLiteral("owner %1").arg(i), QStringLiteral("alice")));
            QVERIFY(appended.wait(10000));
            latencies << t.elapsed();
        }
        checkInOrder(c, first, head());
        std::sort(latencies.begin(), latencies.end());
        qInfo("audit feed latency over 10 commits (100 ms poll): median %lld ms, max %lld ms",
            latencies.at(5), latencies.last());
    }

    // A feed on the writer's own store sees its commits (SQLite's data_version counts only other
    // connections'): through the store's commit observer.
    void ownStoreCommitsArrive()
    {
        AuditFeed feed(m_writer->store());
        Collected c;
        collect(&feed, &c);
        QString error;
        QVERIFY2(feed.start(AuditFeed::FromHead, &error), qPrintable(error));
        const qint64 first = head() + 1;
        QVERIFY(change(3));
        QTRY_COMPARE_WITH_TIMEOUT(c.records.size(), 3, 10000);
        checkInOrder(c, first, head());
    }

    void tamperingIsReportedOnceAndNotFollowed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("lastSeen"); // the problem is at the last record seen (else at the next one)
        QTest::newRow("last seen record changed")
            << QStringLiteral("UPDATE audit SET new_value = 'forged' WHERE seq = %1") << true;
        QTest::newRow("last seen record deleted")
            << QStringLiteral("DELETE FROM audit WHERE seq = %1") << true;
        QTest::newRow("forged next record") << QStringLiteral(
            "INSERT INTO audit (seq, at, actor, action, entity, entity_id, field, old_value, "
            "new_value, reason, prev_hash, hash) SELECT %1 + 1, at, 'mallory', action, entity, "
            "entity_id, field, old_value, new_value, reason, prev_hash, hash FROM audit "
            "WHERE seq = %1") << false;
    }

    void tamperingIsReportedOnceAndNotFollowed()
    {
        QFETCH(QString, sql);
        QFETCH(bool, lastSeen);
        AuditFeed feed(m_reader.get());
        Collected c;
        collect(&feed, &c);
        QSignalSpy broken(&feed, &AuditFeed::chainBroken);
        QString error;
        QVERIFY2(feed.start(0, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(c.records.size(), head(), 10000);
        const qint64 seen = head();
        {
            RawSqliteConnection raw(m_path);
            QVERIFY(raw.isOpen());
            QVERIFY2(raw.exec(sql.arg(seen), &error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(broken.size(), 1, 10000);
        QCOMPARE(broken.at(0).at(0).toLongLong(), lastSeen ? seen : seen + 1);
        QVERIFY(!broken.at(0).at(1).toString().isEmpty());
        QVERIFY(!feed.isRunning());
        QCOMPARE(c.records.size(), seen); // the forged record is not passed on
        feed.poke();
        QTest::qWait(300);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(c.records.size(), seen);
    }

    // A rewriter who recomputes the hash of the record it changed is caught too: the hash is not the one
    // seen.
    void rewrittenRecordWithItsHashRecomputed()
    {
        AuditFeed feed(m_reader.get());
        QSignalSpy broken(&feed, &AuditFeed::chainBroken);
        QString error;
        QVERIFY2(feed.start(AuditFeed::FromHead, &error), qPrintable(error));
        AuditRecord last = AuditChain::readAfter(m_writer->store()->database(), head() - 1, 1).constFirst();
        last.newValue = QStringLiteral("forged");
        const QString hash = AuditChain::computeHash(last);
        {
            RawSqliteConnection raw(m_path);
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE audit SET new_value = 'forged', hash = '%1' WHERE seq = %2")
                             .arg(hash)
                             .arg(last.seq),
                    &error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(broken.size(), 1, 10000);
        QCOMPARE(broken.at(0).at(0).toLongLong(), last.seq);
        QVERIFY2(broken.at(0).at(1).toString().contains(QStringLiteral("changed")),
            qPrintable(broken.at(0).at(1).toString()));
    }

    void removedFileEndsTheFeedAfterWhatWasCommitted()
    {
        AuditFeed feed(m_reader.get());
        Collected c;
        collect(&feed, &c);
        QSignalSpy lost(&feed, &AuditFeed::lost);
        QString error;
        QVERIFY2(feed.start(AuditFeed::FromHead, &error), qPrintable(error));
        const qint64 first = head() + 1;
        QVERIFY(change(2));
        m_writer.reset(); // the writer closes the file (its last commit is in the file, not only the WAL)
        const QList<AuditRecord> stored = [this] {
            RawSqliteConnection raw(m_path, true);
            return AuditChain::readAll(raw.database());
        }();
        QVERIFY(QFile::remove(m_path));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
        QVERIFY2(lost.at(0).at(0).toString().contains(m_path), qPrintable(lost.at(0).at(0).toString()));
        QCOMPARE(c.records.size(), 2);
        QCOMPARE(c.records.constFirst().seq, first);
        QCOMPARE(c.records.constLast().hash, stored.constLast().hash);
        QVERIFY(!feed.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestAuditFeed)
#include "tst_auditfeed.moc"
