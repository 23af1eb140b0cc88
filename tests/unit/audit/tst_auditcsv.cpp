// SPDX-License-Identifier: GPL-3.0-or-later
// AuditCsv: the audit trail as RFC 4180 CSV. Every value must come back exactly when the file is read by a
// CSV reader, whatever it contains.
#include "audit/AuditCsv.h"
#include "core/Csv.h"
#include "core/Timestamps.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A strict RFC 4180 reader for checking the output (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QList<AuditRecord> sampleRecords()
{
    AuditRecord a;
    a.seq = 1;
    a.at = Timestamps::fromText(QStringLiteral("2026-03-01T10:00:00.125Z"));
    a.actor = QStringLiteral("alice");
    a.action = QStringLiteral("session.create");
    a.entity = QStringLiteral("session");
    a.entityId = 1;
    a.newValue = QStringLiteral("{\"name\":\"Payments, phase 2\"}");
    a.hash = QString(64, QLatin1Char('a'));
    AuditRecord b;
    b.seq = 2;
    b.at = Timestamps::fromText(QStringLiteral("2026-03-01T10:05:00.000Z"));
    b.actor = QStringLiteral("Jörg Müller");
    b.action = QStringLiteral("item.notes");
    b.entity = QStringLiteral("item");
    b.entityId = 42;
    b.field = QStringLiteral("notes");
    b.oldValue = QStringLiteral("line one\r\nline two");
    b.newValue = QStringLiteral("said \"ok\"\nthen left");
    b.reason = QStringLiteral("=cmd|' /C calc'!A0");
    b.hash = QString(64, QLatin1Char('b'));
    return { a, b };
}

}

class TestAuditCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerOnlyForAnEmptyTrail()
    {
        QCOMPARE(AuditCsv::write({}),
            QByteArray("seq,at,actor,action,entity,entity_id,field,old,new,reason,hash\r\n"));
    }

    void everyValueComesBack()
    {
        const QList<AuditRecord> records = sampleRecords();
        const QList<QStringList> rows = readCsv(QString::fromUtf8(AuditCsv::write(records)));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).join(QLatin1Char(',')),
            QStringLiteral("seq,at,actor,action,entity,entity_id,field,old,new,reason,hash"));
        // Text comes back as written, except that a cell a spreadsheet would run as a formula starts with
        // an apostrophe (formulaCellsAreWrittenAsText).
        for (int i = 0; i < records.size(); ++i) {
            AuditRecord r = records.at(i);
            for (QString *text :
                { &r.actor, &r.action, &r.entity, &r.field, &r.oldValue, &r.newValue, &r.reason })
                *text = Csv::formulaEscaped(*text);
            const QStringList row = rows.at(i + 1);
            QCOMPARE(row.size(), 11);
            QCOMPARE(row.at(0), QString::number(r.seq));
            QCOMPARE(row.at(1), Timestamps::toText(r.at));
            QCOMPARE(row.at(2), r.actor);
            QCOMPARE(row.at(3), r.action);
            QCOMPARE(row.at(4), r.entity);
            QCOMPARE(row.at(5), QString::number(r.entityId));
            QCOMPARE(row.at(6), r.field);
            QCOMPARE(row.at(7), r.oldValue);
            QCOMPARE(row.at(8), r.newValue);
            QCOMPARE(row.at(9), r.reason);
            QCOMPARE(row.at(10), r.hash);
        }
    }

    void plainValuesAreNotQuoted()
    {
        const QByteArray csv = AuditCsv::write(sampleRecords());
        QVERIFY(csv.contains("\r\n1,2026-03-01T10:00:00.125Z,alice,session.create,session,1,,,"));
        QVERIFY(csv.contains(",\"{\"\"name\"\":\"\"Payments, phase 2\"\"}\","));
    }

    void formulaCellsAreWrittenAsText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                           << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("+") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("apostrophe then =") << QStringLiteral("'=1") << QStringLiteral("''=1");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("plain") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void formulaCellsAreWrittenAsText()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QList<AuditRecord> records = sampleRecords();
        records.first().reason = value;
        records.first().actor = value;
        const QList<QStringList> rows = readCsv(QString::fromUtf8(AuditCsv::write(records)));
        QCOMPARE(rows.at(1).at(2), written);
        QCOMPARE(rows.at(1).at(9), written);
    }

    void writesAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("trail.csv"));
        QString error;
        QVERIFY2(AuditCsv::writeFile(sampleRecords(), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), AuditCsv::write(sampleRecords()));

        const QString bad = dir.filePath(QStringLiteral("no/such/folder/trail.csv"));
        QVERIFY(!AuditCsv::writeFile(sampleRecords(), bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "tst_auditcsv.moc"
