// SPDX-License-Identifier: GPL-3.0-or-later
// NginxBackend against a real, unprivileged nginx on loopback (two workers, upstream with zone).
#include "support/BackendCall.h"
#include "support/LoopbackServers.h"
#include "support/NginxProcess.h"
#include "support/SplitCounter.h"
#include "traffic/TrafficBackendRegistry.h"

#include <QFile>
#include <QtTest>

class TestNginxBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void splitIsExactOverFourHundredRequests();
    void rollbackAndReadBack();
    void failingConfigTestKeepsOldConfig();
    void outOfBandEditIsSeen();
    void includeText_data();
    void includeText();

private:
    std::unique_ptr<TrafficBackend> backend(const QJsonObject &config);
    LoopbackServers m_servers;
    quint16 m_old = 0;
    quint16 m_new = 0;
};

void TestNginxBackend::initTestCase()
{
    m_old = m_servers.addHttp("old");
    m_new = m_servers.addHttp("new");
    QVERIFY(m_old && m_new);
}

std::unique_ptr<TrafficBackend> TestNginxBackend::backend(const QJsonObject &config)
{
    QString error;
    auto b = TrafficBackendRegistry::instance().create(QStringLiteral("nginx"), &error);
    if (!b)
        qWarning() << error;
    else if (const QStringList problems = b->configure(config); !problems.isEmpty())
        qWarning() << problems;
    return b;
}

void TestNginxBackend::splitIsExactOverFourHundredRequests()
{
    NginxProcess nginx;
    QString error;
    QVERIFY2(nginx.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(nginx.backendConfig());
    QVERIFY(b);
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(5, d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 5);
    const SplitCounter::Counts c = SplitCounter::count(nginx.port(), 400);
    QCOMPARE(c.other, 0);
    QCOMPARE(c.old, 380);
    QCOMPARE(c.fresh, 20);
    QVERIFY(QFile::exists(nginx.includePath() + QStringLiteral(".bak")));
}

void TestNginxBackend::rollbackAndReadBack()
{
    NginxProcess nginx;
    QString error;
    QVERIFY2(nginx.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(nginx.backendConfig());
    TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(100, d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(SplitCounter::count(nginx.port(), 20).fresh, 20);
    r = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 100);
    r = waitForBackend([&](TrafficBackend::Done d) { b->rollback(d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 0);
    QCOMPARE(SplitCounter::count(nginx.port(), 50).old, 50);
    r = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(d); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.percentNew, 0);
}

void TestNginxBackend::failingConfigTestKeepsOldConfig()
{
    NginxProcess nginx;
    QString error;
    QVERIFY2(nginx.start(m_old, m_new, &error), qPrintable(error));
    auto good = backend(nginx.backendConfig());
    QVERIFY(waitForBackend([&](TrafficBackend::Done d) { good->apply(25, d); }).ok);
    QFile inc(nginx.includePath());
    QVERIFY(inc.open(QIODevice::ReadOnly));
    const QByteArray before = inc.readAll();
    inc.close();

    // An upstream name the server block does not use: nginx -t fails ("host not found in upstream").
    QJsonObject config = nginx.backendConfig();
    config.insert(QStringLiteral("upstream"), QStringLiteral("misnamed"));
    auto bad = backend(config);
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { bad->apply(50, d); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("nginx -t")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("restored")), qPrintable(r.error));
    QVERIFY(inc.open(QIODevice::ReadOnly));
    QCOMPARE(inc.readAll(), before);
    inc.close();
    // The old configuration is still in force: 25 % new, and the read-back agrees.
    const SplitCounter::Counts c = SplitCounter::count(nginx.port(), 100);
    QCOMPARE(c.fresh, 25);
    QCOMPARE(c.old, 75);
    const TrafficResult read = waitForBackend([&](TrafficBackend::Done d) { good->readSplit(d); });
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.percentNew, 25);
}

void TestNginxBackend::outOfBandEditIsSeen()
{
    NginxProcess nginx;
    QString error;
    QVERIFY2(nginx.start(m_old, m_new, &error), qPrintable(error));
    auto b = backend(nginx.backendConfig());
    QVERIFY(waitForBackend([&](TrafficBackend::Done d) { b->apply(5, d); }).ok);
    // Someone edits the include without reloading: the served generation no longer matches the file.
    QFile inc(nginx.includePath());
    QVERIFY(inc.open(QIODevice::WriteOnly | QIODevice::Truncate));
    inc.write("map \"\" $cutover_gen { default \"999\"; }\nupstream app {\n    zone app 64k;\n"
              "    server 127.0.0.1:"
        + QByteArray::number(m_new) + " weight=100;\n}\n");
    inc.close();
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(d); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("generation")), qPrintable(r.error));
}

void TestNginxBackend::includeText_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<QStringList>("servers");
    QTest::newRow("0") << 0 << QStringList { QStringLiteral("a:1 weight=100") };
    QTest::newRow("5") << 5
                       << QStringList { QStringLiteral("a:1 weight=95"), QStringLiteral("b:2 weight=5") };
    QTest::newRow("100") << 100 << QStringList { QStringLiteral("b:2 weight=100") };
}

void TestNginxBackend::includeText()
{
    QFETCH(int, percent);
    QFETCH(QStringList, servers);
    // Written through the backend: apply against a config whose nginx program is `true` (no real reload),
    // so only the text is checked here; the real nginx tests above check it is accepted.
    QTemporaryDir dir;
    QFile conf(dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.close();
    const QString include = dir.filePath(QStringLiteral("up.conf"));
    auto b = backend(QJsonObject { { QStringLiteral("conf"), conf.fileName() },
        { QStringLiteral("include"), include }, { QStringLiteral("upstream"), QStringLiteral("app") },
        { QStringLiteral("old_server"), QStringLiteral("a:1") },
        { QStringLiteral("new_server"), QStringLiteral("b:2") },
        { QStringLiteral("generation_url"), QStringLiteral("http://127.0.0.1:1/") },
        { QStringLiteral("nginx"), QStringLiteral("true") }, { QStringLiteral("timeout_ms"), 300 } });
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->apply(percent, d); });
    QVERIFY(!r.ok); // nothing serves the generation marker
    QVERIFY2(r.error.contains(QLatin1String("generation")), qPrintable(r.error));
    QFile f(include);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const QString &s : servers)
        QVERIFY2(text.contains(QStringLiteral("server ") + s + QLatin1Char(';')), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("server ")), servers.size());
    QVERIFY(text.contains(QLatin1String("zone app 64k;")));
}

QTEST_GUILESS_MAIN(TestNginxBackend)
#include "tst_nginxbackend.moc"
