// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/CutoverSession.h"
#include "checklist/PhaseListModel.h"
#include "runbook/RunbookTemplates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPhaseListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void phasesWithProgress();
    void itemChangesUpdateTheirPhase();
    void currentPhaseFollowsTheWork();
    void reloadResets();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CutoverSession> m_session;
};

void TestPhaseListModel::init()
{
    SessionInfo info;
    info.name = QStringLiteral("Phase test");
    QString error;
    m_session = CutoverSession::create(m_dir.filePath(QStringLiteral("p.cutover")), info,
        RunbookTemplates::defaultRunbook(QStringLiteral("de")), QStringLiteral("alice"), &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestPhaseListModel::cleanup()
{
    const QString path = m_session ? m_session->path() : QString();
    m_session.reset();
    QFile::remove(path);
}

void TestPhaseListModel::phasesWithProgress()
{
    PhaseListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Vorbereitung"));
    QCOMPARE(model.index(0).data(PhaseListModel::TotalRole).toInt(), 5);
    QCOMPARE(model.index(0).data(PhaseListModel::DoneRole).toInt(), 0);
    QCOMPARE(model.index(1).data(PhaseListModel::TotalRole).toInt(), 3);
    QCOMPARE(model.overallTotal(), 10);
    QCOMPARE(model.overallDone(), 0);
    QCOMPARE(model.phaseIdAt(1), m_session->phases().at(1).id);
    QCOMPARE(model.rowOfPhase(m_session->phases().at(2).id), 2);
    QCOMPARE(model.rowOfPhase(999), -1);
}

void TestPhaseListModel::itemChangesUpdateTheirPhase()
{
    PhaseListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy progress(&model, &PhaseListModel::progressChanged);
    const ChecklistItem item = m_session->items(m_session->phases().at(1).id).at(2); // no sign-off needed
    QVERIFY(m_session->setStatus(item.id, ItemStatus::Done, QStringLiteral("alice")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(model.index(1).data(PhaseListModel::DoneRole).toInt(), 1);
    QCOMPARE(model.overallDone(), 1);

    // A note changes no progress: no signal.
    QVERIFY(m_session->setNotes(item.id, QStringLiteral("fine"), QStringLiteral("alice")));
    QCOMPARE(changed.count(), 1);

    const ChecklistItem other = m_session->items(m_session->phases().at(1).id).at(0);
    QVERIFY(m_session->setStatus(other.id, ItemStatus::Failed, QStringLiteral("alice")));
    QCOMPARE(model.index(1).data(PhaseListModel::FailedRole).toInt(), 1);
    QCOMPARE(model.index(1).data(PhaseListModel::DoneRole).toInt(), 1);
}

void TestPhaseListModel::currentPhaseFollowsTheWork()
{
    PhaseListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.currentPhaseRow(), 0);
    for (const ChecklistItem &it : m_session->items(m_session->phases().at(0).id)) {
        if (it.signOffRequired) {
            QVERIFY(m_session->setStatus(it.id, ItemStatus::Done, QStringLiteral("alice")));
            QCOMPARE(model.currentPhaseRow(), 0); // awaiting sign-off is not finished
            QVERIFY(m_session->signOff(it.id, QStringLiteral("bob")));
        } else {
            QVERIFY(m_session->setStatus(
                it.id, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("n/a")));
        }
    }
    QCOMPARE(model.index(0).data(PhaseListModel::CompleteRole).toBool(), true);
    QCOMPARE(model.currentPhaseRow(), 1);
    QCOMPARE(model.overallDone(), 5);
}

void TestPhaseListModel::reloadResets()
{
    PhaseListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy progress(&model, &PhaseListModel::progressChanged);
    QVERIFY(m_session->reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestPhaseListModel)
#include "tst_phaselistmodel.moc"
