// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateMeasurementModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestGateMeasurementModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
    void groupsByRunAndStep();
    void marksAfterTheRowsRegroupOnlyWhenNeeded();
};

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC);

GateMeasurement measurement(const QString &gate, GateMeasurement::Verdict verdict, int step, int second = 0)
{
    GateMeasurement m;
    m.id = step * 10 + second;
    m.at = t0.addSecs(second);
    m.stepIndex = step;
    m.gate = gate;
    m.value = QStringLiteral("HTTP 200 in 3 ms");
    m.condition = QStringLiteral("status = 200");
    m.verdict = verdict;
    m.reason = QStringLiteral("all conditions met");
    m.output = QStringLiteral("ok");
    return m;
}

GateMeasurementModel::Mark run(int second)
{
    return { t0.addSecs(second), true, -1, -1 };
}

GateMeasurementModel::Mark shift(int second, int step, int percent)
{
    return { t0.addSecs(second), false, step, percent };
}
}

void TestGateMeasurementModel::rowsAndColumns()
{
    GateMeasurementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(GateMeasurementModel::ColumnCount));
    model.setMeasurements({ measurement(QStringLiteral("health"), GateMeasurement::Verdict::Pass, 0) });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(measurement(QStringLiteral("booking"), GateMeasurement::Verdict::NoData, 1, 5));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.measurementCount(), 2);
    QCOMPARE(model.rowCount(), 2); // one group per step
    const QModelIndex group = model.index(1, 0);
    QCOMPARE(model.rowCount(group), 1);
    const QModelIndex booking = model.index(0, GateMeasurementModel::GateColumn, group);
    QCOMPARE(booking.data().toString(), QStringLiteral("booking"));
    QCOMPARE(booking.data(GateMeasurementModel::StepRole).toInt(), 2);
    QCOMPARE(booking.parent(), group);
    QCOMPARE(model.index(0, GateMeasurementModel::VerdictColumn, group).data().toString(),
        QStringLiteral("no data"));
    QCOMPARE(booking.data(GateMeasurementModel::VerdictRole).toString(), QStringLiteral("no_data"));
    // Raw values: the time is a QDateTime (the view's delegate formats it).
    QCOMPARE(model.index(0, GateMeasurementModel::TimeColumn, group).data().metaType().id(),
        int(QMetaType::QDateTime));
    const QModelIndex first = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.index(0, GateMeasurementModel::ConditionColumn, model.index(0, 0)).data().toString(),
        QStringLiteral("status = 200"));
    QCOMPARE(first.data(GateMeasurementModel::OutputRole).toString(), QStringLiteral("ok"));
    QCOMPARE(model.headerData(GateMeasurementModel::ReasonColumn, Qt::Horizontal).toString(),
        QStringLiteral("Reason"));
    QVERIFY(!model.index(0, 0, first).isValid());
    QVERIFY(model.measurement(first));
    QVERIFY(!model.measurement(model.index(0, 0)));
}

void TestGateMeasurementModel::groupsByRunAndStep()
{
    GateMeasurementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Run 1: step 1 at 1 %, two measurements, then rolled back (0 % names no step). Run 2: step 1 again,
    // then step 2 at 5 %.
    model.setMarks({ run(0), shift(1, 0, 1), shift(20, 0, 0), run(30), shift(31, 0, 1), shift(40, 1, 5) });
    using V = GateMeasurement::Verdict;
    model.setMeasurements({ measurement(QStringLiteral("health"), V::Pass, 0, 2),
        measurement(QStringLiteral("health"), V::Fail, 0, 12),
        measurement(QStringLiteral("health"), V::Pass, 0, 32) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Run 1 · step 1 (1 %)"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.index(0, GateMeasurementModel::ValueColumn).data().toString(),
        QStringLiteral("2 measurements"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Run 2 · step 1 (1 %)"));
    QVERIFY(model.index(1, 0).data(GateMeasurementModel::IsGroupRole).toBool());

    // Live: a measurement of the same group becomes its child, one of a new step a new group.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(measurement(QStringLiteral("booking"), V::Pass, 0, 35));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(model.rowCount(model.index(1, 0)), 2);
    model.append(measurement(QStringLiteral("health"), V::Inconclusive, 1, 45));
    QCOMPARE(inserted.size(), 2);
    QVERIFY(!inserted.at(1).at(0).toModelIndex().isValid());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Run 2 · step 2 (5 %)"));
    QCOMPARE(model.index(2, 0).data(GateMeasurementModel::PercentRole).toInt(), 5);
    QCOMPARE(model.index(0, 0, model.index(2, 0)).data(GateMeasurementModel::RunRole).toInt(), 2);
}

void TestGateMeasurementModel::marksAfterTheRowsRegroupOnlyWhenNeeded()
{
    GateMeasurementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using V = GateMeasurement::Verdict;
    model.setMarks({ run(0), shift(1, 0, 1) });
    model.setMeasurements({ measurement(QStringLiteral("health"), V::Pass, 0, 2) });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // A new run starts after the rows shown: nothing shown changes, so no reset.
    model.setMarks({ run(0), shift(1, 0, 1), run(10) });
    QCOMPARE(reset.size(), 0);
    model.append(measurement(QStringLiteral("health"), V::Pass, 0, 12));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Run 2 · step 1 (1 %)"));
    // Marks that change the shown groups (e.g. read from another process) regroup with a reset.
    model.setMarks({ run(0) });
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Run 1 · step 1"));
}

QTEST_GUILESS_MAIN(TestGateMeasurementModel)
#include "tst_gatemeasurementmodel.moc"
