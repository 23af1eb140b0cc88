// SPDX-License-Identifier: GPL-3.0-or-later
// ReportPhrasebook: texts the engine and the gates recorded in English are shown in a German report's
// language, nested messages included; a text it does not know stays as it was written.
#include "report/ReportPhrasebook.h"
#include "report/ReportStrings.h"

#include <QtTest>

class TestReportPhrasebook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromTsMatchesArgumentsAndNesting()
    {
        const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="de_DE">
<context><name>CutoverEngine</name>
  <message><source>gate failed: %1</source><translation>Gate nicht bestanden: %1</translation></message>
  <message><source>%1: %2</source><translation>%1: %2</translation></message>
  <message><source>ramp-down to %1 %: %2</source><translation>Rücknahme auf %1 %: %2</translation></message>
  <message><source>new</source><translation type="unfinished">neu</translation></message>
  <message numerus="yes"><source>%n gates</source><translation><numerusform>%n Gate</numerusform><numerusform>%n Gates</numerusform></translation></message>
</context>
<context><name>GateRunner</name>
  <message><source>%1 failed measurements (limit %2). Last: %3</source>
    <translation>%1 nicht bestandene Messungen (Grenze %2). Zuletzt: %3</translation></message>
</context>
<context><name>MetricConditionProbe</name>
  <message><source>condition met</source><translation>Bedingung erfüllt</translation></message>
  <message><source>%1 misses the condition %2</source><translation>%1 verfehlt die Bedingung %2</translation></message>
</context>
<context><name>MainWindow</name>
  <message><source>Quit</source><translation>Beenden</translation></message>
</context>
</TS>)";
        const ReportPhrasebook book = ReportPhrasebook::fromTs(ts);
        QCOMPARE(book.translate(QStringLiteral("condition met")), QStringLiteral("Bedingung erfüllt"));
        QCOMPARE(
            book.translate(QStringLiteral("(automatic) gate failed: 2 failed measurements (limit 2). Last: "
                                          "0.05 misses the condition ≤ 0.01")),
            QStringLiteral("(automatisch) Gate nicht bestanden: 2 nicht bestandene Messungen (Grenze 2). "
                           "Zuletzt: 0.05 verfehlt die Bedingung ≤ 0.01"));
        QCOMPARE(book.translate(QStringLiteral("ramp-down to 50 %: %1 is not an argument")),
            QStringLiteral("Rücknahme auf 50 %: %1 is not an argument"));
        // Unknown texts, unfinished translations, contexts of the UI and bare "%1: %2" change nothing.
        QCOMPARE(book.translate(QStringLiteral("payment round trip: HTTP 500")),
            QStringLiteral("payment round trip: HTTP 500"));
        QCOMPARE(book.translate(QStringLiteral("new")), QStringLiteral("new"));
        QCOMPARE(book.translate(QStringLiteral("Quit")), QStringLiteral("Quit"));
    }

    void germanMessagesAreBuiltIn()
    {
        const ReportStrings de(QStringLiteral("de"));
        QCOMPARE(de.recorded(QStringLiteral("condition met")), QStringLiteral("Bedingung erfüllt"));
        QVERIFY(de.recorded(QStringLiteral("(automatic) gate failed during the hold: x"))
                    .startsWith(QStringLiteral("(automatisch) Gate während der Haltezeit nicht bestanden")));
        QCOMPARE(ReportStrings(QStringLiteral("en")).recorded(QStringLiteral("condition met")),
            QStringLiteral("condition met"));
        QVERIFY(!ReportPhrasebook::forLanguage(QStringLiteral("de")).isEmpty());
    }

    void gateActorsAreNeverPeople()
    {
        const ReportStrings en(QStringLiteral("en")), de(QStringLiteral("de"));
        QCOMPARE(
            en.byActor(QStringLiteral("gate:settlement lag")), QStringLiteral("by the gate settlement lag"));
        QCOMPARE(de.byActor(QStringLiteral("gate:settlement lag")),
            QStringLiteral("durch das Gate settlement lag"));
        QCOMPARE(en.byActor(QStringLiteral("alice")), QStringLiteral("by alice"));
        QCOMPARE(de.actor(QStringLiteral("gate:errors")), QStringLiteral("das Gate errors"));
    }
};

QTEST_GUILESS_MAIN(TestReportPhrasebook)
#include "tst_reportphrasebook.moc"
