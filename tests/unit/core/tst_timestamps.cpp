// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps::fromText reads the stored form directly; it must agree with QDateTime's own ISO parser on
// every input, valid or not.
#include "core/Timestamps.h"

#include <QTest>

class TestTimestamps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithQDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("stored form") << "2026-12-02T10:15:30.123Z";
        QTest::newRow("midnight") << "2026-01-01T00:00:00.000Z";
        QTest::newRow("leap day") << "2024-02-29T23:59:59.999Z";
        QTest::newRow("no leap day") << "2025-02-29T12:00:00.000Z";
        QTest::newRow("month 13") << "2026-13-01T12:00:00.000Z";
        QTest::newRow("hour 24") << "2026-12-01T24:00:00.000Z";
        QTest::newRow("letters") << "2026-12-0xT12:00:00.000Z";
        QTest::newRow("offset") << "2026-12-01T12:00:00.000+02:00";
        QTest::newRow("no millis") << "2026-12-01T12:00:00Z";
        QTest::newRow("local") << "2026-12-01T12:00:00.000";
        QTest::newRow("garbage") << "yesterday";
    }

    void agreesWithQDateTime()
    {
        QFETCH(QString, text);
        QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!expected.isValid())
            expected = QDateTime::fromString(text, Qt::ISODate);
        expected = expected.toUTC();
        const QDateTime got = Timestamps::fromText(text);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(got, expected);
            QCOMPARE(got.timeSpec(), Qt::UTC);
            QCOMPARE(Timestamps::toText(got), Timestamps::toText(expected));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
