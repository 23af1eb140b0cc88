// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SessionStatusJson.h"
#include "report/ReportBuilder.h"
#include "report/ReportContributorRegistry.h"
#include "support/ReportFixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Test double: a contributor that fails, to see that the report names it and keeps the rest.
class FailingContributor : public ReportContributor {
public:
    QString id() const override { return QStringLiteral("traffic"); }
    bool contribute(const ReportContext &, ReportContribution *, QString *error) const override
    {
        *error = QStringLiteral("the traffic plan table is unreadable");
        return false;
    }
};

QStringList sectionIds(const ReportDocument &doc)
{
    QStringList ids;
    for (const ReportSection &s : doc.sections)
        ids << s.id;
    return ids;
}

}

class TestReportBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gathersTitleSectionsAndOrder()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 9, 9, false);
        QVERIFY(session);
        LessonsLearned notes(session.get());
        notes.setResultStatement({ QStringLiteral("G"), QStringLiteral("W"), QStringLiteral("O"), {}, {} },
            QStringLiteral("alice"));

        ReportBuilder builder(QStringLiteral("en"));
        builder.setContributors({ std::make_shared<ReportFixtures::FakeIncidentLogContributor>(
            QList<ReportFixtures::FakeIncidentLogContributor::Entry> {
                { QStringLiteral("verified one"), true } }) });
        ReportDocument doc;
        QString error;
        QVERIFY2(builder.build(*session, &doc, &error), qPrintable(error));
        QCOMPARE(doc.lead, QStringLiteral("alice"));
        QCOMPARE(doc.outcomeKey, QStringLiteral("completed"));
        QVERIFY(doc.startedAt.isValid());
        QVERIFY(doc.endedAt.isValid());
        QVERIFY(!doc.info.rehearsal);
        QCOMPARE(sectionIds(doc),
            (QStringList { QStringLiteral("result"), QStringLiteral("timeline"), QStringLiteral("checklist"),
                QStringLiteral("incident-log"), QStringLiteral("lessons"), QStringLiteral("integrity") }));
        QCOMPARE(doc.integrity.headHash, session->headHash());
        QCOMPARE(doc.integrity.recordCount, session->auditRecordCount());
        QVERIFY(doc.integrity.intact);
        QCOMPARE(doc.integrity.verifyCommand,
            QStringLiteral("cutoverctl audit verify s.cutover --expect-head ") + session->headHash());
        QCOMPARE(doc.contributionData.value(QStringLiteral("incident-log"))
                     .toObject()
                     .value(QStringLiteral("verified_entries"))
                     .toInt(),
            1);

        // The timeline is ordered and holds the checklist completions and the sign-offs.
        int done = 0, signoffs = 0;
        for (int i = 0; i < doc.timeline.size(); ++i) {
            if (i > 0)
                QVERIFY(doc.timeline.at(i - 1).at <= doc.timeline.at(i).at);
            done += doc.timeline.at(i).kind == QLatin1String("checklist.done");
            signoffs += doc.timeline.at(i).kind == QLatin1String("checklist.signoff");
        }
        QCOMPARE(done, 9);
        QCOMPARE(signoffs, 3);
    }

    void outcomeFollowsTheChecklist()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 4);
        ReportBuilder builder;
        builder.setContributors({});
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QCOMPARE(doc.outcomeKey, QStringLiteral("incomplete"));
        QVERIFY(doc.outcome.contains(QStringLiteral("4 of 6")));
        QVERIFY(!doc.endedAt.isValid());

        const QList<ChecklistItem> items = session->allItems();
        QVERIFY(session->setStatus(items.at(4).id, ItemStatus::Failed, QStringLiteral("bob")).ok);
        QVERIFY(session
                    ->setStatus(items.at(5).id, ItemStatus::Skipped, QStringLiteral("bob"),
                        QStringLiteral("not needed"))
                    .ok);
        QVERIFY(builder.build(*session, &doc, &error));
        QCOMPARE(doc.outcomeKey, QStringLiteral("completed-with-failures"));
    }

    // One definition of "finished" (done + skipped) for the report and `cutoverctl status`: a failed item
    // is not finished, and the outcome names it.
    void finishedCountsAsStatusDoes()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 14, 8);
        QVERIFY(session);
        const QList<ChecklistItem> items = session->allItems();
        QVERIFY(session->setStatus(items.at(8).id, ItemStatus::Failed, QStringLiteral("bob")).ok);
        const QJsonObject progress
            = SessionStatusJson::build(*session).value(QStringLiteral("progress")).toObject();
        QCOMPARE(progress.value(QStringLiteral("finished")).toInt(), 8);
        ReportBuilder builder;
        builder.setContributors({});
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QCOMPARE(doc.outcomeKey, QStringLiteral("incomplete"));
        QVERIFY2(doc.outcome.contains(QStringLiteral("8 of 14 tasks finished, 1 failed")),
            qPrintable(doc.outcome));
        // The phase summary counts the same way.
        int finished = 0;
        for (const ReportSection &sec : doc.sections) {
            if (sec.id != QLatin1String("checklist"))
                continue;
            for (const QStringList &row : sec.blocks.first().rows)
                finished += row.at(1).section(QLatin1Char('/'), 0, 0).trimmed().toInt();
        }
        QCOMPARE(finished, 8);
    }

    // The checklist shows the id `cutoverctl status` shows, and its task column gets the room.
    void checklistShowsTheItemIds()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 2);
        QVERIFY(session);
        ReportBuilder builder;
        builder.setContributors({});
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QStringList shown;
        for (const ReportSection &sec : doc.sections) {
            if (sec.id != QLatin1String("checklist"))
                continue;
            for (const ReportBlock &b : sec.blocks) {
                if (b.kind != ReportBlock::Kind::Table || b.header.value(1) != QLatin1String("Task"))
                    continue;
                QCOMPARE(b.header.first(), QStringLiteral("Id"));
                QCOMPARE(b.stretchColumn, 1);
                for (const QStringList &row : b.rows)
                    shown << row.first();
            }
        }
        QStringList ids;
        for (const QJsonValue &phase :
            SessionStatusJson::build(*session).value(QStringLiteral("phases")).toArray())
            for (const QJsonValue &item : phase.toObject().value(QStringLiteral("items")).toArray())
                ids << QString::number(item.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(shown, ids);
    }

    void draftEventsNeverReachTheReport()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportBuilder builder;
        builder.setContributors({ std::make_shared<ReportFixtures::FakeIncidentLogContributor>(
            QList<ReportFixtures::FakeIncidentLogContributor::Entry> {
                { QStringLiteral("VERIFIED-ENTRY database failover done"), true },
                { QStringLiteral("DRAFT-ENTRY maybe data loss"), false } }) });
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QCOMPARE(doc.droppedDrafts, 1);
        bool verified = false;
        for (const ReportTimelineEvent &e : doc.timeline) {
            QVERIFY(!e.text.contains(QStringLiteral("DRAFT-ENTRY")));
            verified = verified || e.text.contains(QStringLiteral("VERIFIED-ENTRY"));
        }
        QVERIFY(verified);
        for (const ReportSection &s : doc.sections) {
            for (const ReportBlock &b : s.blocks) {
                for (const QStringList &row : b.rows)
                    QVERIFY(!row.join(QLatin1Char(' ')).contains(QStringLiteral("DRAFT-ENTRY")));
            }
        }
    }

    void failingContributorIsNamed()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportBuilder builder;
        builder.setContributors({ std::make_shared<FailingContributor>() });
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QCOMPARE(doc.problems.size(), 1);
        QVERIFY(doc.problems.first().contains(QStringLiteral("unreadable")));
        QVERIFY(sectionIds(doc).contains(QStringLiteral("checklist")));
        QVERIFY(sectionIds(doc).contains(QStringLiteral("traffic")));
    }

    void registryContributorsAreUsedByDefault()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportContributorRegistry::add(std::make_shared<ReportFixtures::FakeIncidentLogContributor>(
            QList<ReportFixtures::FakeIncidentLogContributor::Entry> {
                { QStringLiteral("from the registry"), true } }));
        ReportBuilder builder;
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        ReportContributorRegistry::remove(QStringLiteral("incident-log"));
        QVERIFY(sectionIds(doc).contains(QStringLiteral("incident-log")));
        ReportBuilder without;
        QVERIFY(without.build(*session, &doc, &error));
        QVERIFY(!sectionIds(doc).contains(QStringLiteral("incident-log")));
    }

    void germanHeadings()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(
            dir.filePath(QStringLiteral("s.cutover")), 3, 1, true, QStringLiteral("de"));
        ReportBuilder builder(QStringLiteral("de"));
        builder.setContributors({});
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QStringList titles;
        for (const ReportSection &s : doc.sections)
            titles << s.title;
        QCOMPARE(titles,
            (QStringList { QStringLiteral("Ergebnisaussage"), QStringLiteral("Zeitleiste"),
                QStringLiteral("Checkliste"), QStringLiteral("Lessons Learned"),
                QString::fromUtf8("Integrität") }));
        QVERIFY(doc.outcome.startsWith(QStringLiteral("Nicht abgeschlossen")));
        QCOMPARE(doc.title(), QStringLiteral("Cutover-Bericht: Core banking adapter"));
    }

    void cancelStopsTheBuild()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportBuilder builder;
        ReportProgress progress;
        progress.canceled = [] { return true; };
        ReportDocument doc;
        QString error;
        QVERIFY(!builder.build(*session, &doc, &error, progress));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
