// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "incidents/IncidentLogModel.h"
#include "incidents/VerifiedOnlyFilter.h"
#include "lessons/LessonsLearned.h"
#include "notify/Outbox.h"
#include "runbook/RunbookTemplates.h"
#include "store/SessionWatcher.h"
#include "support/IncidentTestSession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestIncidentLog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CutoverSession> createSession(const QString &name = QStringLiteral("s.cutover"))
    {
        return createIncidentTestSession(m_dir->filePath(name));
    }

    // Runs SQL through the real sqlite3 shell, as someone tampering with the file would.
    void tamper(const QString &path, const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/sqlite3"), { path, sql });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void addMakesADraftWithBothTimes()
    {
        auto session = createSession();
        QVERIFY(session);
        IncidentLog log(session->store());
        const QDateTime seen = QDateTime::currentDateTimeUtc().addSecs(-300);
        qint64 id = 0;
        QVERIFY(log.add(QStringLiteral("Error rate up on the new path"), IncidentEntry::Severity::Warning,
            QStringLiteral("alice"), seen, 1, 2, &id));
        QCOMPARE(id, 1);
        const IncidentEntry e = log.entry(id);
        QCOMPARE(e.state, IncidentEntry::State::Draft);
        QCOMPARE(e.author, QStringLiteral("alice"));
        QCOMPARE(e.itemId, 1);
        QCOMPARE(e.trafficStep, 2);
        QCOMPARE(e.occurredAt.toMSecsSinceEpoch(), seen.toMSecsSinceEpoch());
        QVERIFY(e.recordedAt >= seen.addSecs(299));
        QVERIFY(log.stakeholderEntries().isEmpty());

        // Defaults to now when the person gives no time.
        QVERIFY(log.add(
            QStringLiteral("Now"), IncidentEntry::Severity::Info, QStringLiteral("alice"), {}, 0, 0, &id));
        QCOMPARE(log.entry(id).occurredAt, log.entry(id).recordedAt);

        // A fresh IncidentLog reads the same back from the file.
        IncidentLog again(session->store());
        QCOMPARE(again.entries().size(), 2);
        QCOMPARE(again.entry(1).text, QStringLiteral("Error rate up on the new path"));
    }

    void badInputIsRefusedWithAMessage()
    {
        auto session = createSession();
        QVERIFY(session);
        IncidentLog log(session->store());
        ActionResult r
            = log.add(QStringLiteral("   "), IncidentEntry::Severity::Info, QStringLiteral("alice"));
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("text")));
        r = log.add(QStringLiteral("x"), IncidentEntry::Severity::Info, QStringLiteral(" "));
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("name")));
        r = log.add(QStringLiteral("x"), IncidentEntry::Severity::Info, QStringLiteral("alice"),
            QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("future")));
        r = log.add(QStringLiteral("x"), IncidentEntry::Severity::Info, QStringLiteral("alice"), {}, 999);
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("999")));
        QVERIFY(log.entries().isEmpty());
        QVERIFY(AuditChain::verify(session->store()->database()).intact);
    }

    void fourEyesRefusesTheAuthor_data()
    {
        QTest::addColumn<QString>("verifier");
        // Principals are compared exactly (issue 12): "ALICE" is another principal.
        QTest::newRow("same") << QStringLiteral("alice");
        QTest::newRow("spaces") << QStringLiteral("  alice ");
    }

    void fourEyesRefusesTheAuthor()
    {
        QFETCH(QString, verifier);
        auto session = createSession();
        QVERIFY(session);
        IncidentLog log(session->store());
        qint64 id = 0;
        QVERIFY(log.add(QStringLiteral("DB replica lag 40 s"), IncidentEntry::Severity::Critical,
            QStringLiteral("alice"), {}, 0, 0, &id));
        const qint64 auditBefore = session->auditRecordCount();
        const ActionResult r = log.verify(id, verifier);
        QVERIFY(!r);
        QVERIFY2(r.error.contains(QStringLiteral("second person")), qPrintable(r.error));
        QCOMPARE(log.entry(id).state, IncidentEntry::State::Draft);
        QCOMPARE(session->auditRecordCount(), auditBefore); // nothing written

        QVERIFY(log.verify(id, QStringLiteral("bob")));
        QCOMPARE(log.entry(id).state, IncidentEntry::State::Verified);
        QCOMPARE(log.entry(id).verifiedBy, QStringLiteral("bob"));
        QVERIFY(!log.verify(id, QStringLiteral("carol"))); // only a draft can be verified
        QCOMPARE(log.stakeholderEntries().size(), 1);
    }

    void retractionAndCorrectionAreNewEntriesThatNeedASecondPerson()
    {
        auto session = createSession();
        QVERIFY(session);
        IncidentLog log(session->store());
        qint64 wrong = 0, other = 0;
        QVERIFY(log.add(QStringLiteral("Payments failing"), IncidentEntry::Severity::Critical,
            QStringLiteral("alice"), {}, 0, 0, &wrong));
        QVERIFY(log.verify(wrong, QStringLiteral("bob")));
        QVERIFY(log.add(QStringLiteral("Latency 300 ms"), IncidentEntry::Severity::Warning,
            QStringLiteral("alice"), {}, 0, 0, &other));
        QVERIFY(log.verify(other, QStringLiteral("bob")));

        QVERIFY(!log.retract(wrong, QStringLiteral("alice"), QStringLiteral(" "))); // reason required
        qint64 retraction = 0;
        QVERIFY(
            log.retract(wrong, QStringLiteral("alice"), QStringLiteral("was the test system"), &retraction));
        QCOMPARE(log.entry(retraction).kind, IncidentEntry::Kind::Retraction);
        QCOMPARE(log.entry(retraction).refersTo, wrong);
        // Not in effect until verified by someone else.
        QCOMPARE(log.entry(wrong).state, IncidentEntry::State::Verified);
        QVERIFY(!log.verify(retraction, QStringLiteral("alice")));
        QVERIFY(log.verify(retraction, QStringLiteral("bob")));
        QCOMPARE(log.entry(wrong).state, IncidentEntry::State::Retracted);
        QCOMPARE(log.entry(wrong).replacedBy, retraction);
        QCOMPARE(log.entry(wrong).text, QStringLiteral("Payments failing")); // history keeps both

        qint64 correction = 0;
        QVERIFY(!log.correct(other, QStringLiteral("carol"), QString(), QStringLiteral("Latency 30 ms")));
        QVERIFY(log.correct(other, QStringLiteral("carol"), QStringLiteral("misread the unit"),
            QStringLiteral("Latency 30 ms"), &correction));
        QCOMPARE(log.entry(other).state, IncidentEntry::State::Verified);
        QVERIFY(log.verify(correction, QStringLiteral("alice")));
        QCOMPARE(log.entry(other).state, IncidentEntry::State::Superseded);

        const QList<IncidentEntry> visible = log.stakeholderEntries();
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.first().id, correction);
        QCOMPARE(visible.first().text, QStringLiteral("Latency 30 ms"));

        // Taken-back entries cannot be taken back twice; retractions are not retracted.
        QVERIFY(!log.retract(wrong, QStringLiteral("carol"), QStringLiteral("again")));
        QVERIFY(!log.correct(retraction, QStringLiteral("carol"), QStringLiteral("r"), QStringLiteral("t")));

        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));

        IncidentLog reread(session->store());
        QCOMPARE(reread.entry(wrong).state, IncidentEntry::State::Retracted);
        QCOMPARE(reread.entry(other).state, IncidentEntry::State::Superseded);
        QCOMPARE(reread.entry(correction).state, IncidentEntry::State::Verified);
    }

    void noUpdateOrDeleteOfEntriesInTheCode()
    {
        // The cheap check; the tamper tests below are the real one.
        for (const QString &file :
            { QStringLiteral("incidents/IncidentLog.cpp"), QStringLiteral("notify/Outbox.cpp") }) {
            QFile f(QStringLiteral(COCKPIT_SOURCE_DIR "/models/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray code = f.readAll().toUpper();
            QVERIFY(!code.contains("UPDATE INCIDENT_"));
            QVERIFY(!code.contains("DELETE FROM INCIDENT_"));
        }
    }

    void tamperingIsCaughtByAuditVerify_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entry text changed")
            << QStringLiteral("UPDATE incident_entries SET text = 'All fine' WHERE id = 1")
            << QStringLiteral("log entry 1");
        QTest::newRow("author changed")
            << QStringLiteral("UPDATE incident_entries SET author = 'bob' WHERE id = 2")
            << QStringLiteral("log entry 2");
        QTest::newRow("entry deleted") << QStringLiteral(
            "DELETE FROM incident_events WHERE entry_id = 2; DELETE FROM incident_entries WHERE id = 2")
                                       << QStringLiteral("log entry 2 is in the trail but was deleted");
        QTest::newRow("forged verification")
            << QStringLiteral("INSERT INTO incident_events (id, entry_id, event, actor, at) "
                              "VALUES (99, 2, 'verified', 'mallory', '2026-01-01T00:00:00.000Z')")
            << QStringLiteral("log event 99");
        QTest::newRow("verification removed")
            << QStringLiteral("DELETE FROM incident_events WHERE entry_id = 1")
            << QStringLiteral("log event");
        QTest::newRow("outbox payload changed")
            << QStringLiteral("UPDATE outbox SET payload = '{\"text\":\"all good\"}' WHERE id = 1")
            << QStringLiteral("outbox message 1");
    }

    void tamperingIsCaughtByAuditVerify()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QString path;
        {
            auto session = createSession();
            QVERIFY(session);
            path = session->path();
            Outbox outbox(session->store());
            outbox.setEndpoint(QStringLiteral("slack"), QUrl(QStringLiteral("http://127.0.0.1:9/hook")));
            IncidentLog log(session->store());
            log.setOutbox(&outbox);
            QVERIFY(log.add(
                QStringLiteral("Cutover started"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
            QVERIFY(log.verify(1, QStringLiteral("bob")));
            QVERIFY(log.add(
                QStringLiteral("Still a draft"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
            QVERIFY(AuditChain::verify(session->store()->database()).intact);
        }
        tamper(path, sql);
        QString error;
        auto reopened = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error));
        const AuditChain::Verification v = AuditChain::verify(reopened->store()->database());
        QVERIFY(!v.intact);
        QVERIFY2(v.stateMismatches.join(QLatin1Char('\n')).contains(expected),
            qPrintable(v.stateMismatches.join(QLatin1Char('\n'))));
    }

    void readOnlySessionRefusesEveryChange()
    {
        QString path;
        {
            auto session = createSession();
            QVERIFY(session);
            path = session->path();
            IncidentLog log(session->store());
            QVERIFY(log.add(QStringLiteral("draft"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
            QVERIFY(
                log.add(QStringLiteral("verified"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
            QVERIFY(log.verify(2, QStringLiteral("bob")));
        }
        QString error;
        auto viewer = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY(viewer);
        IncidentLog log(viewer->store());
        QVERIFY(log.isReadOnly());
        const qint64 before = viewer->auditRecordCount();
        const QList<ActionResult> results {
            log.add(QStringLiteral("x"), IncidentEntry::Severity::Info, QStringLiteral("carol")),
            log.verify(1, QStringLiteral("carol")),
            log.retract(2, QStringLiteral("carol"), QStringLiteral("r")),
            log.correct(2, QStringLiteral("carol"), QStringLiteral("r"), QStringLiteral("t")),
            viewer->setStatus(1, ItemStatus::Done, QStringLiteral("carol")),
        };
        for (const ActionResult &r : results) {
            QVERIFY(!r);
            QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
        }
        Outbox outbox(viewer->store());
        QVERIFY(!outbox.publishStepChange(1, 4, 1, QStringLiteral("carol")));
        QVERIFY(!LessonsLearned(viewer.get()).markResultFinal(QStringLiteral("carol"), &outbox));
        outbox.start();
        QVERIFY(!outbox.isRunning()); // a viewer never sends
        QCOMPARE(viewer->auditRecordCount(), before);
        QCOMPARE(log.entries().size(), 2);
    }

    void modelAndFilter()
    {
        auto session = createSession();
        QVERIFY(session);
        IncidentLog log(session->store());
        IncidentLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VerifiedOnlyFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(log.add(QStringLiteral("one"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(log.add(QStringLiteral("two"), IncidentEntry::Severity::Critical, QStringLiteral("alice")));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, IncidentLogModel::StateColumn).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(
            model.index(1, 0).data(IncidentLogModel::SeverityKeyRole).toString(), QStringLiteral("critical"));

        filter.setVerifiedOnly(true);
        QCOMPARE(filter.rowCount(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(log.verify(2, QStringLiteral("bob")));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.index(1, IncidentLogModel::StateColumn).data().toString(), QStringLiteral("Verified"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, IncidentLogModel::TextColumn).data().toString(), QStringLiteral("two"));
        filter.setVerifiedOnly(false);
        QCOMPARE(filter.rowCount(), 2);

        QVERIFY(log.retract(2, QStringLiteral("carol"), QStringLiteral("duplicate")));
        QVERIFY(log.verify(3, QStringLiteral("alice")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(1, IncidentLogModel::StateColumn).data().toString(), QStringLiteral("Retracted"));
        QCOMPARE(
            model.index(2, IncidentLogModel::RefersColumn).data().toString(), QStringLiteral("retracts 2"));
        filter.setVerifiedOnly(true);
        QCOMPARE(filter.rowCount(), 0); // neither a retracted entry nor the retraction itself is news
    }

    void viewerFollowsTheWriterLive()
    {
        auto writer = createSession();
        QVERIFY(writer);
        IncidentLog writerLog(writer->store());
        QString error;
        auto viewer = CutoverSession::open(writer->path(), SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(viewer, qPrintable(error));
        IncidentLog viewerLog(viewer->store());
        IncidentLogModel model(&viewerLog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionWatcher watcher(viewer.get(), &viewerLog);
        watcher.setInterval(100);
        watcher.start();
        QSignalSpy changed(&watcher, &SessionWatcher::changed);

        QVERIFY(writerLog.add(
            QStringLiteral("seen by the viewer"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(viewerLog.entries().size(), 1, 10000);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(writerLog.verify(1, QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(viewerLog.entry(1).state, IncidentEntry::State::Verified, 10000);
        QVERIFY(writer->setStatus(1, ItemStatus::Done, QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->item(1).status, writer->item(1).status, 10000);
        QVERIFY(changed.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestIncidentLog)
#include "tst_incidentlog.moc"
