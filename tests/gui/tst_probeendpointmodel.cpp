// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/HttpProberEditor.h"
#include "metrics/ProbeEndpointModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestProbeEndpointModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editingAndProblems()
    {
        ProbeEndpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(
            model.problems().join(QLatin1Char('\n')).contains(QStringLiteral("No endpoint of the old path")));
        QVERIFY(model.insertRows(0, 2));
        QVERIFY(model.setData(
            model.index(0, ProbeEndpointModel::Url), QStringLiteral("http://127.0.0.1:8081/health")));
        QVERIFY(model.setData(model.index(0, ProbeEndpointModel::Path), QStringLiteral("OLD")));
        QVERIFY(model.setData(model.index(1, ProbeEndpointModel::Url), QStringLiteral("ftp://x")));
        QStringList p = model.problems();
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().startsWith(QStringLiteral("Row 2: \"ftp://x\" is not an http(s) URL")),
            qPrintable(p.first()));
        QVERIFY(model.setData(
            model.index(1, ProbeEndpointModel::Url), QStringLiteral("http://127.0.0.1:8082/health")));
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(model.endpoints().at(0).path, QStringLiteral("old"));
        QVERIFY(model.setData(model.index(1, ProbeEndpointModel::Path), QStringLiteral("canary")));
        QVERIFY(model.index(1, ProbeEndpointModel::Path)
                    .data(ProbeEndpointModel::ProblemRole)
                    .toString()
                    .contains(QStringLiteral("canary")));
        QVERIFY(model.removeRows(1, 1));
        QVERIFY(
            model.problems().join(QLatin1Char('\n')).contains(QStringLiteral("No endpoint of the new path")));
    }

    void editorRoundTrip()
    {
        HttpProberEditor editor;
        HttpProberSource::Config c;
        c.endpoints = { { QUrl(QStringLiteral("http://127.0.0.1:8081/")), QStringLiteral("old") },
            { QUrl(QStringLiteral("http://127.0.0.1:8082/")), QStringLiteral("new") } };
        c.intervalMs = 2000;
        c.timeoutMs = 3000;
        c.windowProbes = 30;
        editor.setConfig(c);
        QVERIFY(editor.problems().isEmpty());
        const HttpProberSource::Config back = editor.config();
        QCOMPARE(back.endpoints.size(), 2);
        QCOMPARE(back.intervalMs, 2000);
        QCOMPARE(back.timeoutMs, 3000);
        QCOMPARE(back.windowProbes, 30);
    }
};

QTEST_MAIN(TestProbeEndpointModel)
#include "tst_probeendpointmodel.moc"
