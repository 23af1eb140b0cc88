// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "session/DemoSession.h"

#include <QTemporaryDir>
#include <QTest>

class TestDemoSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void midCutover_data();
    void midCutover();
    void refusesAnOccupiedFolder();
};

void TestDemoSession::midCutover_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstPhase");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Preparation");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Vorbereitung");
}

void TestDemoSession::midCutover()
{
    QFETCH(QString, language);
    QFETCH(QString, firstPhase);
    QTemporaryDir dir;
    QString error;
    auto session = DemoSession::create(dir.path(), language, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->path(), dir.filePath(DemoSession::fileName()));
    QVERIFY(session->info().name.contains(QStringLiteral("DEMO")));
    QVERIFY(session->info().rehearsal);
    QCOMPARE(session->phases().size(), 3);
    QCOMPARE(session->phases().at(0).name, firstPhase);

    // Preparation: all done, the sign-offs by a second person.
    for (const ChecklistItem &it : session->items(session->phases().at(0).id)) {
        QCOMPARE(it.status, ItemStatus::Done);
        QCOMPARE(it.completedBy, DemoSession::firstPerson());
        if (it.signOffRequired)
            QCOMPARE(it.signedOffBy, DemoSession::secondPerson());
    }
    // Cutover: under way.
    const QList<ChecklistItem> cutover = session->items(session->phases().at(1).id);
    QCOMPARE(cutover.at(0).status, ItemStatus::InProgress);
    QVERIFY(!cutover.at(0).notes.isEmpty());
    QCOMPARE(cutover.at(0).evidence.size(), 1);
    QVERIFY(cutover.at(0).actualStart.isValid());
    for (int i = 1; i < cutover.size(); ++i)
        QCOMPARE(cutover.at(i).status, ItemStatus::Open);
    // After the cutover: open.
    for (const ChecklistItem &it : session->items(session->phases().at(2).id))
        QCOMPARE(it.status, ItemStatus::Open);
    // Owners alternate, so "mine" has something to show for both demo people.
    QCOMPARE(cutover.at(0).owner, DemoSession::firstPerson());
    QCOMPARE(cutover.at(1).owner, DemoSession::secondPerson());
    // Built through audited actions: the trail is intact and agrees with the stored state.
    const AuditChain::Verification v = AuditChain::verify(session->store()->database());
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY2(v.stateMismatches.isEmpty(), qPrintable(v.stateMismatches.join(QLatin1Char('\n'))));
    // Started a while ago.
    QVERIFY(session->info().createdAt.secsTo(QDateTime::currentDateTimeUtc()) > 3600);
}

void TestDemoSession::refusesAnOccupiedFolder()
{
    QTemporaryDir dir;
    QString error;
    auto first = DemoSession::create(dir.path(), QStringLiteral("en"), &error);
    QVERIFY(first);
    auto second = DemoSession::create(dir.path(), QStringLiteral("en"), &error);
    QVERIFY(!second);
    QVERIFY(error.contains(QStringLiteral("already exists")));
}

QTEST_GUILESS_MAIN(TestDemoSession)
#include "tst_demosession.moc"
