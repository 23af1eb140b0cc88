// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentLog.h"
#include "lessons/LessonsLearned.h"
#include "session/StakeholderFeed.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "support/IncidentTestSession.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestStakeholderFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheLeadAndRefusesChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.cutover"));
        auto lead = createIncidentTestSession(path);
        QVERIFY(lead);
        IncidentLog leadLog(lead->store());

        QString error;
        auto feed = StakeholderFeed::open(path, &error, 100);
        QVERIFY2(feed, qPrintable(error));
        QVERIFY(feed->session()->isReadOnly());
        QVERIFY(feed->log()->isReadOnly());
        QCOMPARE(feed->builder()->current().entries.size(), 0);
        QCOMPARE(feed->builder()->current().finishedItems(), 0);

        QVERIFY(leadLog.add(
            QStringLiteral("draft only"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(leadLog.add(
            QStringLiteral("to be verified"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(leadLog.verify(2, QStringLiteral("bob")));
        QVERIFY(
            lead->setStatus(1, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("not needed")));
        QTRY_COMPARE_WITH_TIMEOUT(feed->builder()->current().entries.size(), 1, 10000);
        QCOMPARE(feed->builder()->current().entries.first().text, QStringLiteral("to be verified"));
        QTRY_COMPARE_WITH_TIMEOUT(feed->builder()->current().finishedItems(), 1, 10000);

        QVERIFY(
            !feed->log()->add(QStringLiteral("x"), IncidentEntry::Severity::Info, QStringLiteral("carol")));
        QVERIFY(!feed->log()->verify(1, QStringLiteral("carol")));
        QVERIFY(!feed->session()->setStatus(2, ItemStatus::Done, QStringLiteral("carol")));
    }

    void theResultStatementReachesStakeholdersOnlyWhenFinal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.cutover"));
        auto lead = createIncidentTestSession(path);
        QVERIFY(lead);
        IncidentLog leadLog(lead->store());
        LessonsLearned notes(lead.get());
        QString error;
        auto feed = StakeholderFeed::open(path, &error, 100);
        QVERIFY2(feed, qPrintable(error));

        ResultStatement draft;
        draft.goal = QStringLiteral("DRAFTRESULT all flows moved (not yet checked)");
        QVERIFY(notes.setResultStatement(draft, QStringLiteral("alice")));
        // A verified entry written after the draft: once the feed shows it, it has read the draft too.
        QVERIFY(leadLog.add(
            QStringLiteral("later entry"), IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(leadLog.verify(1, QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(feed->builder()->current().entries.size(), 1, 10000);
        QVERIFY2(feed->builder()->current().resultStatement.isEmpty(),
            qPrintable(feed->builder()->current().resultStatement));
        QVERIFY(!QJsonDocument(feed->builder()->current().toJson()).toJson().contains("DRAFTRESULT"));

        QVERIFY(notes.markResultFinal(QStringLiteral("alice"), nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(
            feed->builder()->current().resultStatement.contains(QStringLiteral("DRAFTRESULT")), 10000);
    }

    void aMissingFileIsNamed()
    {
        QString error;
        QVERIFY(!StakeholderFeed::open(QStringLiteral("/nonexistent/x.cutover"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/x.cutover")));
    }
};

QTEST_GUILESS_MAIN(TestStakeholderFeed)
#include "tst_stakeholderfeed.moc"
