// SPDX-License-Identifier: GPL-3.0-or-later
// SessionChangeSignal for a session file: changed() for another connection's commit and only then; lost()
// once when the path no longer names the file that was opened (removed, or replaced by another file),
// although the open connection could go on reading the old one.
#include "store/SessionChangeSignal.h"
#include "store/SessionStore.h"
#include "support/RawSqliteConnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSessionChangeSignal : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SessionStore> m_reader;

    bool commitElsewhere(const QString &value)
    {
        RawSqliteConnection raw(m_path);
        QString error;
        if (raw.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('test.key', '%1')")
                         .arg(value),
                &error))
            return true;
        qWarning("commit failed: %s", qPrintable(error));
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("s.cutover"));
        QString error;
        QVERIFY2(SessionStore::create(m_path, &error), qPrintable(error));
        m_reader = SessionStore::open(m_path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(m_reader, qPrintable(error));
    }

    void cleanup()
    {
        m_reader.reset();
        m_dir.reset();
    }

    void changedOnlyForCommits()
    {
        const auto signal = SessionChangeSignal::create(*m_reader);
        signal->setInterval(20);
        QSignalSpy changed(signal.get(), &SessionChangeSignal::changed);
        QSignalSpy lost(signal.get(), &SessionChangeSignal::lost);
        signal->start();
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);
        QVERIFY(commitElsewhere(QStringLiteral("a")));
        QVERIFY(changed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);
        signal->stop();
        QVERIFY(commitElsewhere(QStringLiteral("b")));
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(lost.size(), 0);
    }

    void lostWhenTheFileGoes_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::addColumn<QString>("says");
        QTest::newRow("removed") << false << QStringLiteral("removed");
        QTest::newRow("replaced") << true << QStringLiteral("replaced");
    }

    void lostWhenTheFileGoes()
    {
        QFETCH(bool, replace);
        QFETCH(QString, says);
        const auto signal = SessionChangeSignal::create(*m_reader);
        signal->setInterval(20);
        QSignalSpy lost(signal.get(), &SessionChangeSignal::lost);
        signal->start();
        QTest::qWait(100);
        QCOMPARE(lost.size(), 0);
        if (replace) {
            const QString other = m_dir->filePath(QStringLiteral("other.cutover"));
            QString error;
            QVERIFY2(SessionStore::create(other, &error), qPrintable(error));
            QVERIFY(
                ::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_path).constData()) == 0);
        } else {
            QVERIFY(QFile::remove(m_path));
        }
        QVERIFY(lost.wait(5000));
        const QString message = lost.at(0).at(0).toString();
        QVERIFY2(message.contains(m_path) && message.contains(says), qPrintable(message));
        QTest::qWait(200);
        QCOMPARE(lost.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionChangeSignal)
#include "tst_sessionchangesignal.moc"
