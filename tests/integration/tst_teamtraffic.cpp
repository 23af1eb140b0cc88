// SPDX-License-Identifier: GPL-3.0-or-later
// One controller of the traffic in a team session: alice (lead) runs the plan against a real HAProxy from
// her desk; bob (member) at his desk only looks until he takes over, with a reason, and rolls back; carol
// (viewer) cannot take it at all. Everything through cutoverctl, each as their own PostgreSQL role.
#include "core/Timestamps.h"
#include "store/SessionStore.h"
#include "support/CtlProcess.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "support/TeamServer.h"
#include "traffic/TrafficLease.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestTeamTraffic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneDeskDrivesAndATakeOverIsAudited();
    void aDeskWhoseClockRunsAheadStillSeesTheHolderAlive();

private:
    CtlResult ctl(const QStringList &args) const { return runCtl(args, 60000, m_team->environment()); }
    QString address(const QString &user) const { return m_team->address(user, QStringLiteral("traffic")); }

    std::unique_ptr<TeamServer> m_team;
    LoopbackServers m_servers;
    HaproxyProcess m_haproxy;
};

void TestTeamTraffic::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    m_team = std::make_unique<TeamServer>();
    QString error;
    QVERIFY2(m_team->start(&error), qPrintable(error));
    const quint16 oldPort = m_servers.addHttp("old");
    const quint16 newPort = m_servers.addHttp("new");
    QVERIFY2(m_haproxy.start(oldPort, newPort, &error), qPrintable(error));
    QList<QStringList> setup = m_team->setupCommands({ { QStringLiteral("alice"), QStringLiteral("lead") },
        { QStringLiteral("bob"), QStringLiteral("member") },
        { QStringLiteral("carol"), QStringLiteral("viewer") } });
    setup.append({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Payments cutover"),
        QStringLiteral("--out"), address(QStringLiteral("alice")) });
    for (const QStringList &args : std::as_const(setup)) {
        const CtlResult r = ctl(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err + r.out));
    }
}

void TestTeamTraffic::oneDeskDrivesAndATakeOverIsAudited()
{
    const QString config = m_team->homePath(QStringLiteral("haproxy.json"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(m_haproxy.backendConfig()).toJson());
    }
    const QString alice = address(QStringLiteral("alice"));
    const QString bob = address(QStringLiteral("bob"));
    CtlResult r = ctl({ QStringLiteral("backend"), alice, QStringLiteral("--use"), QStringLiteral("haproxy"),
        QStringLiteral("--config"), config });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = ctl({ QStringLiteral("plan"), alice, QStringLiteral("--steps"), QStringLiteral("1,5,25,100"),
        QStringLiteral("--hold"), QStringLiteral("60s") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

    // Alice drives from her desk: the first step holds for a minute.
    QProcess run;
    run.setProcessEnvironment(m_team->environment());
    run.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), { QStringLiteral("run"), alice });
    QVERIFY(run.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(run.peek(1 << 20)).contains(QLatin1String("holding")), 30000);

    // Bob's desk sees the hold and who drives, and may not drive while alice's cockpit is alive.
    r = ctl({ QStringLiteral("traffic"), bob, QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    const QJsonObject seen = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(seen.value(QStringLiteral("backend_percent")).toInt(), 1);
    QVERIFY(seen.value(QStringLiteral("agrees")).toBool());
    const QJsonObject controller = seen.value(QStringLiteral("controller")).toObject();
    QCOMPARE(controller.value(QStringLiteral("holder")).toString(), QStringLiteral("alice"));
    QVERIFY(controller.value(QStringLiteral("alive")).toBool());
    QCOMPARE(controller.value(QStringLiteral("expiry_s")).toInt(), 30);
    QVERIFY(controller.value(QStringLiteral("heartbeat_age_s")).toInt() >= 0);
    r = ctl({ QStringLiteral("rollback"), bob, QStringLiteral("--reason"), QStringLiteral("errors") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("controlled by alice")), qPrintable(r.err + r.out));

    // A viewer cannot take the traffic over: the server refuses the lease.
    r = ctl({ QStringLiteral("rollback"), address(QStringLiteral("carol")), QStringLiteral("--reason"),
        QStringLiteral("mine now"), QStringLiteral("--take-over") });
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("carol")), qPrintable(r.err + r.out));

    // Bob takes over, with a reason, and rolls back; alice's cockpit stops and only looks.
    r = ctl({ QStringLiteral("rollback"), bob, QStringLiteral("--reason"),
        QStringLiteral("alice's desk froze"), QStringLiteral("--take-over") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QLatin1String("rolled back")), qPrintable(r.out));
    QVERIFY(run.waitForFinished(30000));
    const QString out = QString::fromUtf8(run.readAllStandardOutput() + run.readAllStandardError());
    QVERIFY2(out.contains(QLatin1String("took over")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("old 100 % | new 0 %")), qPrintable(out));

    // The trail names bob, as the server logged him in, with his reason and whom he took it from.
    const TeamServer::Result trail = m_team->psql(QStringLiteral("carol"),
        QStringLiteral("SELECT actor || '|' || reason || '|' || old_value FROM cutover_traffic.audit "
                       "WHERE action = 'traffic.takeover'"));
    QVERIFY2(trail.code == 0, qPrintable(trail.err));
    QVERIFY2(trail.out.contains(QLatin1String("bob|alice's desk froze|"))
            && trail.out.contains(QLatin1String("alice on")),
        qPrintable(trail.out));
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), bob });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
}

// The lease is kept by the server's clock: bob's desk, two minutes ahead, must not take alice's live lease
// for an expired one (by its own clock her heartbeat is 120 s old), nor stamp its own in its future.
void TestTeamTraffic::aDeskWhoseClockRunsAheadStillSeesTheHolderAlive()
{
    qputenv("PGPASSFILE", m_team->environment().value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    QString error;
    auto aliceStore
        = SessionStore::open(address(QStringLiteral("alice")), SessionStore::Mode::ReadWrite, &error);
    QVERIFY2(aliceStore, qPrintable(error));
    auto bobStore = SessionStore::open(address(QStringLiteral("bob")), SessionStore::Mode::ReadWrite, &error);
    QVERIFY2(bobStore, qPrintable(error));
    TrafficLease alices(aliceStore.get(), QStringLiteral("alice-desk"));
    TrafficLease::Holder other;
    QCOMPARE(
        alices.take(QStringLiteral("alice"), false, QString(), &other, &error), TrafficLease::Outcome::Taken);

    const Timestamps::ScopedOffset ahead(120 * 1000);
    TrafficLease bobs(bobStore.get(), QStringLiteral("bob-desk"));
    const TrafficLease::Holder seen = bobs.current();
    QCOMPARE(seen.holder, QStringLiteral("alice"));
    QVERIFY2(!seen.isDead(),
        qPrintable(Timestamps::toText(seen.heartbeat) + QLatin1Char(' ') + Timestamps::toText(seen.readAt)));
    QCOMPARE(
        bobs.take(QStringLiteral("bob"), false, QString(), &other, &error), TrafficLease::Outcome::Refused);
    QCOMPARE(other.holder, QStringLiteral("alice"));
    QVERIFY(bobs.take(QStringLiteral("bob"), true, QStringLiteral("clock test"), &other, &error)
        == TrafficLease::Outcome::Taken);
    // Bob's heartbeat is the server's time, not his desk's: alice sees it fresh, not two minutes ahead.
    const TrafficLease::Holder now = alices.current();
    QCOMPARE(now.holder, QStringLiteral("bob"));
    QVERIFY(qAbs(now.heartbeat.secsTo(now.readAt)) < 10);
    bobs.release();
}

QTEST_GUILESS_MAIN(TestTeamTraffic)
#include "tst_teamtraffic.moc"
