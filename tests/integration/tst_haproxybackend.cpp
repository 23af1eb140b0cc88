// SPDX-License-Identifier: GPL-3.0-or-later
// HAProxyBackend against a real haproxy on loopback, in front of two tiny HTTP servers.
#include "support/BackendCall.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "support/SplitCounter.h"
#include "traffic/TrafficBackendRegistry.h"

#include <QtTest>

class TestHaproxyBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void metadataIsReadBeforeUse();
    void splitIsExactOverFourHundredRequests();
    void unixSocketWorksToo();
    void rollbackSendsEverythingToOld();
    void unknownServerIsAnError();
    void garbageReplyIsAnError();
    void silentSocketTimesOut();
    void killedHaproxyIsAnError();
    void parseState_data();
    void parseState();

private:
    std::unique_ptr<TrafficBackend> backend(const QJsonObject &config);
    LoopbackServers m_servers;
    quint16 m_old = 0;
    quint16 m_new = 0;
};

void TestHaproxyBackend::initTestCase()
{
    m_old = m_servers.addHttp("old");
    m_new = m_servers.addHttp("new");
    QVERIFY(m_old && m_new);
}

std::unique_ptr<TrafficBackend> TestHaproxyBackend::backend(const QJsonObject &config)
{
    QString error;
    auto b = TrafficBackendRegistry::instance().create(QStringLiteral("haproxy"), &error);
    if (!b)
        qWarning() << error;
    else if (const QStringList problems = b->configure(config); !problems.isEmpty())
        qWarning() << problems;
    return b;
}

void TestHaproxyBackend::metadataIsReadBeforeUse()
{
    const BackendInfo info = TrafficBackendRegistry::instance().info(QStringLiteral("haproxy"));
    QCOMPARE(info.name, QStringLiteral("HAProxy"));
    QCOMPARE(info.fields.size(), 5);
    QCOMPARE(info.fields.first().key, QStringLiteral("socket"));
    QVERIFY(info.fields.first().required);
    QVERIFY(!info.validate(QJsonObject { { QStringLiteral("socket"), 5 } }).isEmpty());
    for (const QString &id :
        { QStringLiteral("simulated"), QStringLiteral("nginx"), QStringLiteral("command") })
        QVERIFY2(TrafficBackendRegistry::instance().contains(id), qPrintable(id));
    // A plugin directory with a file that is not a plugin: the error is collected for the UI, the
    // built-ins stay usable.
    QTemporaryDir dir;
    QFile fake(dir.filePath(QStringLiteral("libbroken_backend.so")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("not an ELF file");
    fake.close();
    TrafficBackendRegistry registry;
    registry.scan({ dir.path() });
    QVERIFY2(registry.loadErrors().size() == 1, qPrintable(registry.loadErrors().join(QLatin1Char('\n'))));
    QVERIFY2(registry.loadErrors().first().contains(QLatin1String("libbroken_backend.so")),
        qPrintable(registry.loadErrors().first()));
    QVERIFY(registry.contains(QStringLiteral("haproxy")));
    QString error;
    QVERIFY(!registry.create(QStringLiteral("alb"), &error));
    QVERIFY2(error.contains(QLatin1String("known: ")), qPrintable(error));
}

void TestHaproxyBackend::splitIsExactOverFourHundredRequests()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(haproxy.backendConfig());
    QVERIFY(b);
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(5, d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 5);
    // HAProxy's weighted round robin is exact per cycle of 100 once settled; the first cycle after a weight
    // change may be off by one request, so one cycle is sent first.
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 100).other, 0);
    const SplitCounter::Counts c = SplitCounter::count(haproxy.frontendPort(), 400);
    QCOMPARE(c.other, 0);
    QCOMPARE(c.old, 380);
    QCOMPARE(c.fresh, 20);
    const TrafficResult read = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(d); });
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.percentNew, 5);
    QVERIFY(read.detail.contains(QLatin1String("old 95, new 5")));
}

void TestHaproxyBackend::unixSocketWorksToo()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(haproxy.backendConfig(true));
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(25, d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    SplitCounter::count(haproxy.frontendPort(), 100); // settle the round robin (see above)
    const SplitCounter::Counts c = SplitCounter::count(haproxy.frontendPort(), 100);
    QCOMPARE(c.fresh, 25);
    QCOMPARE(c.old, 75);
}

void TestHaproxyBackend::rollbackSendsEverythingToOld()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(haproxy.backendConfig());
    QVERIFY(waitForBackend([&](TrafficBackend::Done d) { b->apply(100, d); }).ok);
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 20).fresh, 20);
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->rollback(d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 0);
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 50).old, 50);
    const TrafficResult health = waitForBackend([&](TrafficBackend::Done d) { b->checkOldPath(d); });
    QVERIFY2(health.ok, qPrintable(health.error));
}

void TestHaproxyBackend::unknownServerIsAnError()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    QJsonObject config = haproxy.backendConfig();
    config.insert(QStringLiteral("new_server"), QStringLiteral("nosuch"));
    auto b = backend(config);
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(5, d); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("nosuch")), qPrintable(r.error));
    // Nothing changed: all traffic still on old.
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 10).old, 10);
}

void TestHaproxyBackend::garbageReplyIsAnError()
{
    const quint16 port
        = m_servers.addRaw("Unknown command. Please enter one of the following commands only :\n");
    auto b = backend(QJsonObject { { QStringLiteral("socket"), QStringLiteral("127.0.0.1:%1").arg(port) },
        { QStringLiteral("backend"), QStringLiteral("be_app") },
        { QStringLiteral("old_server"), QStringLiteral("old") },
        { QStringLiteral("new_server"), QStringLiteral("new") } });
    const TrafficResult read = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(d); });
    QVERIFY(!read.ok);
    QVERIFY2(read.error.contains(QLatin1String("unexpected reply")), qPrintable(read.error));
    const TrafficResult rollback = waitForBackend([&](TrafficBackend::Done d) { b->rollback(d); });
    QVERIFY(!rollback.ok);
    QVERIFY2(rollback.error.contains(QLatin1String("refused")), qPrintable(rollback.error));
}

void TestHaproxyBackend::silentSocketTimesOut()
{
    const quint16 port = m_servers.addSilent();
    auto b = backend(QJsonObject { { QStringLiteral("socket"), QStringLiteral("127.0.0.1:%1").arg(port) },
        { QStringLiteral("backend"), QStringLiteral("be_app") },
        { QStringLiteral("old_server"), QStringLiteral("old") },
        { QStringLiteral("new_server"), QStringLiteral("new") }, { QStringLiteral("timeout_ms"), 500 } });
    qint64 elapsed = 0;
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(5, d); }, 20000, &elapsed);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("did not answer within 500 ms")), qPrintable(r.error));
    QVERIFY2(elapsed < 15000, "the timeout must end the call, not the test's own wait");
}

void TestHaproxyBackend::killedHaproxyIsAnError()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(haproxy.backendConfig());
    QVERIFY(waitForBackend([&](TrafficBackend::Done d) { b->apply(1, d); }).ok);
    haproxy.kill();
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(5, d); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("cannot be reached")), qPrintable(r.error));
}

void TestHaproxyBackend::parseState_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("oldWeight");
    QTest::addColumn<int>("newWeight");
    const QString header
        = QStringLiteral("1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state "
                         "srv_uweight srv_iweight\n");
    QTest::newRow("both") << header
            + QStringLiteral("3 be_app 1 old 127.0.0.1 2 0 95 100 2\n3 be_app 2 new 127.0.0.1 2 0 5 0 2\n\n")
                          << true << 95 << 5;
    QTest::newRow("missing new") << header + QStringLiteral("3 be_app 1 old 127.0.0.1 2 0 95 100 2\n\n")
                                 << false << 0 << 0;
    QTest::newRow("no such backend") << QStringLiteral("Can't find backend.\n") << false << 0 << 0;
    QTest::newRow("short line") << header + QStringLiteral("3 be_app 1 old\n") << false << 0 << 0;
    QTest::newRow("non-numeric weight")
        << header + QStringLiteral("3 be_app 1 old 127.0.0.1 2 0 x 100 2\n") << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void TestHaproxyBackend::parseState()
{
    QFETCH(QString, reply);
    QFETCH(bool, ok);
    QFETCH(int, oldWeight);
    QFETCH(int, newWeight);
    // The parser is the plugin's; reach it through a fresh backend's read of a raw server.
    const quint16 port = m_servers.addRaw(reply.toUtf8());
    auto b = backend(QJsonObject { { QStringLiteral("socket"), QStringLiteral("127.0.0.1:%1").arg(port) },
        { QStringLiteral("backend"), QStringLiteral("be_app") },
        { QStringLiteral("old_server"), QStringLiteral("old") },
        { QStringLiteral("new_server"), QStringLiteral("new") } });
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(d); });
    QCOMPARE(r.ok, ok);
    if (ok) {
        QCOMPARE(r.percentNew, newWeight * 100 / (oldWeight + newWeight));
        QVERIFY(r.detail.contains(QStringLiteral("old %1, new %2").arg(oldWeight).arg(newWeight)));
    } else {
        QVERIFY(!r.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHaproxyBackend)
#include "tst_haproxybackend.moc"
