// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PrometheusQueryModel.h"
#include "metrics/PrometheusSourceEditor.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTest>

class TestPrometheusQueryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndEditing()
    {
        PrometheusQueryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), PrometheusSource::defaultQueries().size());
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(
            model.index(0, PrometheusQueryModel::Metric).data().toString(), QStringLiteral("error_ratio"));
        QVERIFY(model.index(0, PrometheusQueryModel::Query)
                    .data()
                    .toString()
                    .contains(QStringLiteral("code=~\"5..\"")));

        QVERIFY(model.setData(model.index(1, PrometheusQueryModel::Query), QStringLiteral("  my_query  ")));
        QCOMPARE(model.queries().at(1).promql, QStringLiteral("my_query"));

        // A duplicate name and an empty query are named, row by row.
        QVERIFY(model.setData(model.index(1, PrometheusQueryModel::Metric), QStringLiteral("error_ratio")));
        QVERIFY(model.insertRows(model.rowCount(), 1));
        const QStringList problems = model.problems();
        QVERIFY2(problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Row 2: The metric name \"error_ratio\" is used twice.")),
            qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(
            problems.join(QLatin1Char('\n')).contains(QStringLiteral("Row 6: The metric name is empty.")));
        QVERIFY(!model.index(1, PrometheusQueryModel::Metric)
                     .data(PrometheusQueryModel::ProblemRole)
                     .toString()
                     .isEmpty());
        QVERIFY(model.setData(model.index(1, PrometheusQueryModel::OldValue), QStringLiteral("new")));
        QVERIFY(model.problems().join(QLatin1Char('\n')).contains(QStringLiteral("same label value")));

        QVERIFY(model.removeRows(0, 2));
        model.restoreDefaults();
        QVERIFY(model.problems().isEmpty());
    }

    void editorRoundTrip()
    {
        PrometheusSourceEditor editor;
        QVERIFY(editor.problems().join(QLatin1Char('\n')).contains(QStringLiteral("address is empty")));
        PrometheusSource::Config c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:19090"));
        c.pollIntervalMs = 15000;
        c.historySeconds = 7200;
        c.credentials.environmentVariable = QStringLiteral("PROM_AUTH");
        c.queries = { { QStringLiteral("error_ratio"), QStringLiteral("x") } };
        editor.setConfig(c);
        QVERIFY(editor.problems().isEmpty());
        const PrometheusSource::Config back = editor.config();
        QCOMPARE(back.baseUrl, c.baseUrl);
        QCOMPARE(back.pollIntervalMs, 15000);
        QCOMPARE(back.historySeconds, 7200);
        QCOMPARE(back.credentials.environmentVariable, QStringLiteral("PROM_AUTH"));
        QCOMPARE(back.queries.size(), 1);
        editor.findChild<QLineEdit *>()->setText(QStringLiteral("localhost:9090"));
        QVERIFY(editor.problems().join(QLatin1Char('\n')).contains(QStringLiteral("not an http(s) URL")));
    }
};

QTEST_MAIN(TestPrometheusQueryModel)
#include "tst_prometheusquerymodel.moc"
