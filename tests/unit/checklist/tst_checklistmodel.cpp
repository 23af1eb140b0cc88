// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistActions.h"
#include "checklist/ChecklistModel.h"
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestChecklistModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rowsOfOnePhaseAndOfAll();
    void rawValuesAndRoles();
    void itemChangeUpdatesOneRowOnly();
    void reloadResetsTheModel();
    void setDataWritesAnAuditedUndoableChange();
    void setDataOnAReadOnlyColumnIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CutoverSession> m_session;
};

void TestChecklistModel::init()
{
    QVERIFY(m_dir.isValid());
    SessionInfo info;
    info.name = QStringLiteral("Model test");
    QString error;
    m_session = CutoverSession::create(m_dir.filePath(QStringLiteral("m.cutover")), info,
        RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestChecklistModel::cleanup()
{
    const QString path = m_session ? m_session->path() : QString();
    m_session.reset();
    QFile::remove(path);
}

void TestChecklistModel::rowsOfOnePhaseAndOfAll()
{
    ChecklistModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(ChecklistModel::ColumnCount));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPhase(m_session->phases().at(0).id);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    model.setPhase(m_session->phases().at(2).id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ChecklistModel::Task).data().toString(),
        QStringLiteral("Reduce monitoring intensity, "
                       "but keep continuous checks"));
    model.setPhase(0);
    QCOMPARE(model.rowCount(), 10);
}

void TestChecklistModel::rawValuesAndRoles()
{
    ChecklistModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex first = model.index(0, ChecklistModel::Status);
    const qint64 id = first.data(ChecklistModel::ItemIdRole).toLongLong();
    QCOMPARE(model.itemIdAt(0), id);
    QCOMPARE(model.rowOfItem(id), 0);
    QCOMPARE(first.data(ChecklistModel::StatusRole).toInt(), int(ItemStatus::Open));
    QCOMPARE(first.data(ChecklistModel::SignOffRequiredRole).toBool(), true);
    QCOMPARE(first.data(ChecklistModel::FinishedRole).toBool(), false);
    QVERIFY(!model.index(0, ChecklistModel::ActualStart).data().isValid());

    QVERIFY(m_session->setStatus(id, ItemStatus::InProgress, QStringLiteral("alice")));
    const QVariant started = model.index(0, ChecklistModel::ActualStart).data();
    QCOMPARE(started.metaType().id(), int(QMetaType::QDateTime)); // raw value; the delegate formats it
    QCOMPARE(first.data(ChecklistModel::StatusRole).toInt(), int(ItemStatus::InProgress));
    QVERIFY(model.headerData(ChecklistModel::Notes, Qt::Horizontal).toString().size() > 0);
}

void TestChecklistModel::itemChangeUpdatesOneRowOnly()
{
    ChecklistModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 id = model.itemIdAt(3);
    QVERIFY(m_session->setNotes(id, QStringLiteral("checked twice"), QStringLiteral("alice")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(3, ChecklistModel::Notes).data().toString(), QStringLiteral("checked twice"));

    // A change to an item of another phase does not touch a phase-filtered model.
    model.setPhase(m_session->phases().at(2).id);
    changed.clear();
    QVERIFY(m_session->setNotes(id, QStringLiteral("again"), QStringLiteral("alice")));
    QCOMPARE(changed.count(), 0);
}

void TestChecklistModel::reloadResetsTheModel()
{
    ChecklistModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_session->reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
}

void TestChecklistModel::setDataWritesAnAuditedUndoableChange()
{
    ChecklistModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!(model.flags(model.index(0, ChecklistModel::Notes)) & Qt::ItemIsEditable)); // no actions yet
    ChecklistActions actions(m_session.get());
    actions.setActor(QStringLiteral("bob"));
    model.setActions(&actions);
    const QModelIndex notes = model.index(1, ChecklistModel::Notes);
    QVERIFY(model.flags(notes) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, ChecklistModel::Task)) & Qt::ItemIsEditable));
    const qint64 before = m_session->auditRecordCount();
    QVERIFY(model.setData(notes, QStringLiteral("snapshot 42 taken")));
    QCOMPARE(m_session->item(model.itemIdAt(1)).notes, QStringLiteral("snapshot 42 taken"));
    QCOMPARE(m_session->auditRecordCount(), before + 1);
    QCOMPARE(actions.undoStack()->count(), 1);
    QVERIFY(model.setData(
        model.index(1, ChecklistModel::Evidence), QStringLiteral("https://a.example\nfile:///b.png")));
    QCOMPARE(m_session->item(model.itemIdAt(1)).evidence.size(), 2);
    QVERIFY(model.setData(model.index(1, ChecklistModel::Owner), QStringLiteral("Carol")));
    QCOMPARE(model.index(1, ChecklistModel::Owner).data(ChecklistModel::OwnerRole).toString(),
        QStringLiteral("Carol"));
    QCOMPARE(actions.undoStack()->count(), 3);
    actions.undoStack()->undo();
    QCOMPARE(m_session->item(model.itemIdAt(1)).owner, QString());
}

void TestChecklistModel::setDataOnAReadOnlyColumnIsRefused()
{
    ChecklistModel model(m_session.get());
    ChecklistActions actions(m_session.get());
    actions.setActor(QStringLiteral("bob"));
    model.setActions(&actions);
    QVERIFY(!model.setData(model.index(0, ChecklistModel::Task), QStringLiteral("changed")));
    QVERIFY(!model.setData(model.index(0, ChecklistModel::Notes), QStringLiteral("x"), Qt::DisplayRole));
    // Without a name nothing is written, and the refusal is reported.
    actions.setActor(QString());
    QSignalSpy failed(&actions, &ChecklistActions::actionFailed);
    QVERIFY(!model.setData(model.index(0, ChecklistModel::Notes), QStringLiteral("x")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(actions.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
