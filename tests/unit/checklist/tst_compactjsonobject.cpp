// SPDX-License-Identifier: GPL-3.0-or-later
// CompactJsonObject writes exactly the text QJsonDocument's compact form gives, and the records a session's
// creation writes with it (phase.create, item.create) are that text and replay clean.
#include "audit/AuditChain.h"
#include "checklist/CompactJsonObject.h"
#include "checklist/CutoverSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString qtText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}

class TestCompactJsonObject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameTextAsQt_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("Switch DNS to the new path");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("null") << QString();
        QTest::newRow("quote and backslash") << QStringLiteral("say \"go\" C:\\cutover\\");
        QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\r\nc\td");
        QTest::newRow("control characters") << QStringLiteral("\x01\x08\x0c\x1b\x1f\x7f");
        QTest::newRow("umlauts") << QStringLiteral("Prüfung der Schnittstelle, Verantwortlich: Jörg");
        QTest::newRow("CJK and bidi") << QStringLiteral("切替 \u202eevil\u202c");
        QTest::newRow("surrogate pair") << QStringLiteral("rocket \U0001F680 launched");
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + QStringLiteral("x");
        QTest::newRow("lone low surrogate") << QStringLiteral("x") + QString(QChar(0xde80));
        QTest::newRow("reversed pair") << QString(QChar(0xde80)) + QString(QChar(0xd83d));
    }

    void sameTextAsQt()
    {
        QFETCH(QString, value);
        CompactJsonObject json;
        json.add(QLatin1String("a"), value);
        json.add(QLatin1String("b"), qint64(42));
        json.add(QLatin1String("c"), value);
        QCOMPARE(json.text(),
            qtText(QJsonObject { { QStringLiteral("c"), value }, { QStringLiteral("a"), value },
                { QStringLiteral("b"), 42 } }));
    }

    void everyUtf16CodeUnit()
    {
        for (uint u = 0; u <= 0xffff; ++u) {
            const QString value = QStringLiteral("<") + QChar(char16_t(u)) + QStringLiteral(">");
            CompactJsonObject json;
            json.add(QLatin1String("v"), value);
            const QString expected = qtText(QJsonObject { { QStringLiteral("v"), value } });
            if (json.text() != expected)
                QFAIL(qPrintable(
                    QStringLiteral("U+%1: %2 instead of %3").arg(u, 4, 16).arg(json.text(), expected)));
        }
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("minus one") << qint64(-1);
        QTest::newRow("largest exact") << qint64(9007199254740991);
        QTest::newRow("smallest exact") << qint64(-9007199254740991);
    }

    void integers()
    {
        QFETCH(qint64, value);
        CompactJsonObject json;
        json.add(QLatin1String("n"), value);
        QCOMPARE(json.text(), qtText(QJsonObject { { QStringLiteral("n"), value } }));
    }

    void emptyObject() { QCOMPARE(CompactJsonObject().text(), qtText(QJsonObject())); }

    // The creation records of a session are the text QJsonObject gives for their members, and the trail
    // replays clean, for texts that need escapes too.
    void creationRecordsAreQtsText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Runbook runbook;
        runbook.name = QStringLiteral("escapes");
        RunbookTask plain { QStringLiteral("Stop the \"old\" feed"), QStringLiteral("C:\\queue is empty"),
            QStringLiteral("Jörg"), true, 15 };
        RunbookTask second { QStringLiteral("Check \U0001F680 \u202eflag"), QString(), QString(), false, 0 };
        runbook.phases = { RunbookPhase { QStringLiteral("Vorbereitung \"A\""), { plain, second } },
            RunbookPhase { QStringLiteral("Cutover"), { plain } } };
        SessionInfo info;
        info.name = QStringLiteral("Escapes");
        QString error;
        const auto session = CutoverSession::create(
            dir.filePath(QStringLiteral("s.cutover")), info, runbook, QStringLiteral("alice"), &error);
        QVERIFY2(session, qPrintable(error));

        const QList<AuditRecord> records = AuditChain::readAll(session->store()->database(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int phases = 0;
        int items = 0;
        for (const AuditRecord &r : records) {
            if (r.action == QLatin1String("phase.create")) {
                const RunbookPhase &phase = runbook.phases.at(phases);
                QCOMPARE(r.newValue,
                    qtText(QJsonObject {
                        { QStringLiteral("position"), phases }, { QStringLiteral("name"), phase.name } }));
                ++phases;
            } else if (r.action == QLatin1String("item.create")) {
                const ChecklistItem item = session->item(r.entityId);
                const Phase &phase = session->phases().at(int(item.phaseId - 1));
                QCOMPARE(r.newValue,
                    qtText(QJsonObject { { QStringLiteral("task"), item.task },
                        { QStringLiteral("expected"), item.expected },
                        { QStringLiteral("owner"), item.owner },
                        { QStringLiteral("status"), QStringLiteral("open") },
                        { QStringLiteral("skip_reason"), QString() }, { QStringLiteral("notes"), QString() },
                        { QStringLiteral("evidence"), QString() },
                        { QStringLiteral("completed_by"), QString() },
                        { QStringLiteral("signed_off_by"), QString() },
                        { QStringLiteral("signoff_required"),
                            item.signOffRequired ? QStringLiteral("1") : QStringLiteral("0") },
                        { QStringLiteral("planned_minutes"), QString::number(item.plannedMinutes) },
                        { QStringLiteral("phase"), phase.name },
                        { QStringLiteral("phase_id"), QString::number(item.phaseId) },
                        { QStringLiteral("position"), QString::number(item.position) },
                        { QStringLiteral("planned_start"), QString() } }));
                ++items;
            }
        }
        QCOMPARE(phases, 2);
        QCOMPARE(items, 3);
        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCompactJsonObject)
#include "tst_compactjsonobject.moc"
