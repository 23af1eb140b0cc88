// SPDX-License-Identifier: GPL-3.0-or-later
// CommandBackend with real shell scripts: success, failures with their output, bad read-back, timeout.
#include "support/BackendCall.h"
#include "traffic/TrafficBackendRegistry.h"

#include <QFile>
#include <QtTest>

class TestCommandBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void applyAndReadBack();
    void failuresAreExplained_data();
    void failuresAreExplained();
    void configProblemsAreNamed();

private:
    QString script(const QString &name, const QString &body);
    std::unique_ptr<TrafficBackend> backend(const QString &apply, const QString &read, int timeoutMs = 10000);
    QTemporaryDir m_dir;
};

QString TestCommandBackend::script(const QString &name, const QString &body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("#!/bin/sh\n" + body.toUtf8() + "\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

std::unique_ptr<TrafficBackend> TestCommandBackend::backend(
    const QString &apply, const QString &read, int timeoutMs)
{
    QString error;
    auto b = TrafficBackendRegistry::instance().create(QStringLiteral("command"), &error);
    if (b) {
        const QStringList problems = b->configure({ { QStringLiteral("apply_command"), apply },
            { QStringLiteral("read_command"), read }, { QStringLiteral("old"), QStringLiteral("legacy-esb") },
            { QStringLiteral("new"), QStringLiteral("new-broker") },
            { QStringLiteral("timeout_ms"), timeoutMs } });
        if (!problems.isEmpty())
            qWarning() << problems;
    }
    return b;
}

void TestCommandBackend::applyAndReadBack()
{
    const QString state = m_dir.filePath(QStringLiteral("state"));
    const QString args = m_dir.filePath(QStringLiteral("args"));
    auto b = backend(
        script(QStringLiteral("apply.sh"),
            QStringLiteral("echo \"$@\" > '%1'; echo \"$1\" > '%2'; echo weights set").arg(args, state)),
        script(QStringLiteral("read.sh"), QStringLiteral("echo reading; cat '%1'").arg(state)));
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(25, d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 25);
    QVERIFY(r.detail.contains(QLatin1String("weights set")));
    QFile f(args);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed(), QByteArray("25 legacy-esb new-broker"));
    const TrafficResult back = waitForBackend([&](TrafficBackend::Done d) { b->rollback(d); });
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.percentNew, 0);
}

void TestCommandBackend::failuresAreExplained_data()
{
    QTest::addColumn<QString>("apply");
    QTest::addColumn<QString>("read");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("message");
    QTest::newRow("apply fails") << "echo 'terraform: state locked' >&2; exit 1"
                                 << "echo 0" << 10000 << "state locked";
    QTest::newRow("read prints garbage") << "exit 0"
                                         << "echo weights unknown" << 10000 << "not a percentage";
    QTest::newRow("read disagrees") << "exit 0"
                                    << "echo 7" << 10000 << "shows 7 % instead of 40 %";
    QTest::newRow("apply hangs") << "sleep 20"
                                 << "echo 0" << 300 << "did not finish within 300 ms";
}

void TestCommandBackend::failuresAreExplained()
{
    QFETCH(QString, apply);
    QFETCH(QString, read);
    QFETCH(int, timeoutMs);
    QFETCH(QString, message);
    auto b = backend(script(QStringLiteral("a.sh"), apply), script(QStringLiteral("r.sh"), read), timeoutMs);
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(40, d); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestCommandBackend::configProblemsAreNamed()
{
    QString error;
    auto b = TrafficBackendRegistry::instance().create(QStringLiteral("command"), &error);
    const QStringList problems
        = b->configure({ { QStringLiteral("apply_command"), m_dir.filePath(QStringLiteral("missing.sh")) } });
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("read_command")));
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("missing.sh")));
}

QTEST_GUILESS_MAIN(TestCommandBackend)
#include "tst_commandbackend.moc"
