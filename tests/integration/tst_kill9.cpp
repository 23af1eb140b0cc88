// SPDX-License-Identifier: GPL-3.0-or-later
// The kill -9 proof of crash-safe traffic state (tests/support/Kill9Campaign): random mutating cutoverctl
// commands against a real haproxy, killed with SIGKILL right after a chosen commit or after a random
// delay, then the trail, the state, haproxy's real weights and the reconcile advice are checked. Any
// disagreement fails the test, naming the run's seed, command and kill point.
// KILL9_SEED (default: a fixed seed), KILL9_RUNS (default 40), KILL9_FIRST (replay from run i),
// KILL9_KEEP (a directory that gets a copy of each session that disagreed).
#include "support/Kill9Campaign.h"

#include <QStandardPaths>
#include <QtTest>

class TestKill9 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hookKillsRightAfterTheNthCommit();
    void campaignFindsNoDisagreement();
};

// The hook itself: `log add` commits; with COCKPIT_TEST_KILL_AT_COMMIT=1 it dies by SIGKILL, and the
// commit before the kill is in the file (the trail verifies and has one record more).
void TestKill9::hookKillsRightAfterTheNthCommit()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("s.cutover"));
    const QString ctl = QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl");
    QProcess p;
    p.start(ctl,
        { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("hook"), QStringLiteral("--out"),
            session, QStringLiteral("--by"), QStringLiteral("t") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const auto records = [&]() {
        QProcess v;
        v.start(ctl, { QStringLiteral("audit"), QStringLiteral("verify"), session });
        v.waitForFinished(30000);
        const QString out = QString::fromUtf8(v.readAllStandardOutput());
        return v.exitCode() == 0 ? out.section(QLatin1Char(' '), 0, 0).toInt() : -1;
    };
    const int before = records();
    QVERIFY(before > 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COCKPIT_TEST_KILL_AT_COMMIT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(ctl,
        { QStringLiteral("log"), QStringLiteral("add"), session, QStringLiteral("--text"),
            QStringLiteral("before the kill"), QStringLiteral("--by"), QStringLiteral("t") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY2(records() > before, "the commit before the kill is not in the file");
}

void TestKill9::campaignFindsNoDisagreement()
{
    if (QStandardPaths::findExecutable(QStringLiteral("haproxy")).isEmpty())
        QSKIP("haproxy is not installed");
    const quint64 seed = Kill9Campaign::seedFromEnvironment();
    const int runs = Kill9Campaign::runsFromEnvironment();
    const int first = qEnvironmentVariableIntValue("KILL9_FIRST");
    Kill9Campaign campaign(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), seed);
    campaign.setKeepDir(qEnvironmentVariable("KILL9_KEEP"));
    QString error;
    QVERIFY2(campaign.setUp(&error), qPrintable(error));
    const Kill9Campaign::Report report
        = campaign.run(runs, first, [](const QString &line) { qInfo().noquote() << line; });
    for (const QString &f : report.findings)
        qWarning().noquote() << "DISAGREEMENT" << f;
    qInfo().noquote() << QStringLiteral("kill9: %1 runs, %2 with disagreements (seed %3)")
                             .arg(report.runs)
                             .arg(report.disagreements)
                             .arg(seed);
    for (auto it = report.byCheck.cbegin(); it != report.byCheck.cend(); ++it)
        qInfo().noquote() << QStringLiteral("kill9: check %1) found %2").arg(it.key()).arg(it.value());
    QCOMPARE(report.runs, runs);
    QCOMPARE(report.disagreements, 0);
}

QTEST_GUILESS_MAIN(TestKill9)
#include "tst_kill9.moc"
