// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateMeasurementModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestGateMeasurementModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
};

static GateMeasurement measurement(const QString &gate, GateMeasurement::Verdict verdict, int step)
{
    GateMeasurement m;
    m.id = step * 10;
    m.at = QDateTime::currentDateTimeUtc();
    m.stepIndex = step;
    m.gate = gate;
    m.value = QStringLiteral("HTTP 200 in 3 ms");
    m.condition = QStringLiteral("status = 200");
    m.verdict = verdict;
    m.reason = QStringLiteral("all conditions met");
    m.output = QStringLiteral("ok");
    return m;
}

void TestGateMeasurementModel::rowsAndColumns()
{
    GateMeasurementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(GateMeasurementModel::ColumnCount));
    model.setMeasurements({ measurement(QStringLiteral("health"), GateMeasurement::Verdict::Pass, 0) });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(measurement(QStringLiteral("booking"), GateMeasurement::Verdict::NoData, 1));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, GateMeasurementModel::GateColumn).data().toString(), QStringLiteral("booking"));
    QCOMPARE(model.index(1, GateMeasurementModel::StepColumn).data().toInt(), 2);
    QCOMPARE(
        model.index(1, GateMeasurementModel::VerdictColumn).data().toString(), QStringLiteral("no data"));
    QCOMPARE(model.index(1, 0).data(GateMeasurementModel::VerdictRole).toString(), QStringLiteral("no_data"));
    QCOMPARE(model.index(0, GateMeasurementModel::ConditionColumn).data().toString(),
        QStringLiteral("status = 200"));
    QCOMPARE(model.index(0, 0).data(GateMeasurementModel::OutputRole).toString(), QStringLiteral("ok"));
    QCOMPARE(model.headerData(GateMeasurementModel::ReasonColumn, Qt::Horizontal).toString(),
        QStringLiteral("Reason"));
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
}

QTEST_GUILESS_MAIN(TestGateMeasurementModel)
#include "tst_gatemeasurementmodel.moc"
