// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistFilterProxy.h"
#include "checklist/ChecklistModel.h"
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestChecklistFilterProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void noFilterShowsEverything();
    void openOnlyHidesFinishedItems();
    void mineIsCaseInsensitive();
    void filtersCombine();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<ChecklistModel> m_model;
    std::unique_ptr<ChecklistFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChecklistFilterProxy::init()
{
    Runbook rb = RunbookTemplates::defaultRunbook(QStringLiteral("en"));
    rb.phases[0].tasks[0].owner = QStringLiteral("Alice");
    rb.phases[0].tasks[2].owner = QStringLiteral("bob");
    rb.phases[1].tasks[0].owner = QStringLiteral("  alice ");
    SessionInfo info;
    info.name = QStringLiteral("Filter test");
    QString error;
    m_session = CutoverSession::create(
        m_dir.filePath(QStringLiteral("f.cutover")), info, rb, QStringLiteral("alice"), &error);
    QVERIFY2(m_session, qPrintable(error));
    m_model = std::make_unique<ChecklistModel>(m_session.get());
    m_proxy = std::make_unique<ChecklistFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestChecklistFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    const QString path = m_session ? m_session->path() : QString();
    m_session.reset();
    QFile::remove(path);
}

void TestChecklistFilterProxy::noFilterShowsEverything()
{
    QCOMPARE(m_proxy->rowCount(), 10);
}

void TestChecklistFilterProxy::openOnlyHidesFinishedItems()
{
    m_proxy->setOpenOnly(true);
    QCOMPARE(m_proxy->rowCount(), 10);
    const QList<ChecklistItem> items = m_session->allItems();
    QVERIFY(m_session->setStatus(items.at(2).id, ItemStatus::Done, QStringLiteral("alice"))); // no sign-off
    QCOMPARE(m_proxy->rowCount(), 9);
    QVERIFY(m_session->setStatus(
        items.at(3).id, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("n/a")));
    QCOMPARE(m_proxy->rowCount(), 8);
    // Failed and awaiting sign-off still need work.
    QVERIFY(m_session->setStatus(items.at(4).id, ItemStatus::Failed, QStringLiteral("alice")));
    QVERIFY(m_session->setStatus(items.at(0).id, ItemStatus::Done, QStringLiteral("alice")));
    QCOMPARE(m_proxy->rowCount(), 8);
    QVERIFY(m_session->signOff(items.at(0).id, QStringLiteral("bob")));
    QCOMPARE(m_proxy->rowCount(), 7);
    // Reopened items come back.
    QVERIFY(m_session->setStatus(items.at(2).id, ItemStatus::Open, QStringLiteral("alice")));
    QCOMPARE(m_proxy->rowCount(), 8);
    m_proxy->setOpenOnly(false);
    QCOMPARE(m_proxy->rowCount(), 10);
}

void TestChecklistFilterProxy::mineIsCaseInsensitive()
{
    m_proxy->setMineOnly(true);
    QCOMPARE(m_proxy->rowCount(), 0); // no user known: nothing is "mine"
    m_proxy->setCurrentUser(QStringLiteral("ALICE"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setCurrentUser(QStringLiteral("Bob"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, ChecklistModel::Owner).data().toString(), QStringLiteral("bob"));
    // Ownership changes re-filter.
    const qint64 id = m_session->allItems().at(5).id;
    QVERIFY(m_session->setOwner(id, QStringLiteral("BOB"), QStringLiteral("alice")));
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestChecklistFilterProxy::filtersCombine()
{
    m_proxy->setCurrentUser(QStringLiteral("alice"));
    m_proxy->setMineOnly(true);
    m_proxy->setOpenOnly(true);
    QCOMPARE(m_proxy->rowCount(), 2);
    const qint64 id = m_session->allItems().at(5).id; // owned by " alice "
    QVERIFY(m_session->setStatus(id, ItemStatus::Done, QStringLiteral("alice")));
    QCOMPARE(m_proxy->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestChecklistFilterProxy)
#include "tst_checklistfilterproxy.moc"
