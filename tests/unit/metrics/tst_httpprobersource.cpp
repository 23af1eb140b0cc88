// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/HttpProberSource.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cmath>

namespace {

// A loopback HTTP server answering every request with a fixed status after a fixed delay.
class TinyHttpServer : public QTcpServer {
public:
    TinyHttpServer(int status, int delayMs)
        : m_status(status)
        , m_delayMs(delayMs)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    QTimer::singleShot(m_delayMs, s, [this, s] {
                        const QByteArray body = "ok\n";
                        s->write("HTTP/1.1 " + QByteArray::number(m_status) + " X\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                        s->disconnectFromHost();
                    });
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(serverPort())); }
    int requests = 0;

private:
    int m_status;
    int m_delayMs;
};

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

double lastValue(const QSignalSpy &spy, const QString &series)
{
    for (int i = int(spy.size()) - 1; i >= 0; --i) {
        const auto batch = spy.at(i).at(0).value<QList<MetricSample>>();
        for (const MetricSample &s : batch) {
            if (s.series == series)
                return s.value;
        }
    }
    return -1;
}

}

class TestHttpProberSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void healthyOldFailingNew()
    {
        TinyHttpServer ok(200, 0);
        TinyHttpServer failing(500, 0);
        QVERIFY(ok.listen(QHostAddress::LocalHost, 0));
        QVERIFY(failing.listen(QHostAddress::LocalHost, 0));
        HttpProberSource::Config c;
        c.endpoints = { { ok.url(), QStringLiteral("old") }, { failing.url(), QStringLiteral("new") } };
        c.intervalMs = 100;
        c.timeoutMs = 5000;
        HttpProberSource prober(c);
        QSignalSpy samples(&prober, &MetricSource::samplesReady);
        QSignalSpy probes(&prober, &HttpProberSource::probeFinished);
        prober.start();
        QVERIFY(prober.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(ok.requests >= 3 && failing.requests >= 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(probes.size() >= 6, 20000);
        prober.stop();
        QCOMPARE(lastValue(samples, QStringLiteral("error_ratio/old")), 0.0);
        QCOMPARE(lastValue(samples, QStringLiteral("error_ratio/new")), 1.0);
        const double p99 = lastValue(samples, QStringLiteral("p99_seconds/old"));
        QVERIFY2(p99 > 0 && p99 < 5, qPrintable(QString::number(p99)));
        // A 500 is answered: its latency is measured, it still counts as an error.
        QVERIFY(lastValue(samples, QStringLiteral("p50_seconds/new")) > 0);
        bool saw500 = false;
        for (const auto &args : probes) {
            const auto r = args.at(0).value<HttpProberSource::ProbeResult>();
            if (r.path == QLatin1String("new")) {
                QCOMPARE(r.httpStatus, 500);
                QVERIFY(r.error.contains(QStringLiteral("500")));
                saw500 = true;
            }
        }
        QVERIFY(saw500);
    }

    void slowEndpointTimesOut()
    {
        TinyHttpServer slow(200, 3000);
        QVERIFY(slow.listen(QHostAddress::LocalHost, 0));
        HttpProberSource::Config c;
        c.endpoints = { { slow.url(), QStringLiteral("new") } };
        c.intervalMs = 200;
        c.timeoutMs = 400;
        HttpProberSource prober(c);
        QSignalSpy samples(&prober, &MetricSource::samplesReady);
        QSignalSpy probes(&prober, &HttpProberSource::probeFinished);
        prober.start();
        QVERIFY(probes.wait(20000));
        prober.stop();
        const auto r = probes.first().at(0).value<HttpProberSource::ProbeResult>();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("timeout")), qPrintable(r.error));
        QVERIFY(std::isnan(r.latencySeconds));
        QCOMPARE(lastValue(samples, QStringLiteral("error_ratio/new")), 1.0);
        QVERIFY(std::isnan(
            lastValue(samples, QStringLiteral("p99_seconds/new")))); // no answer, no latency: a gap
    }

    void refusedPortCountsAsError()
    {
        HttpProberSource::Config c;
        c.endpoints
            = { { QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())), QStringLiteral("old") } };
        c.intervalMs = 100;
        HttpProberSource prober(c);
        QSignalSpy samples(&prober, &MetricSource::samplesReady);
        QSignalSpy probes(&prober, &HttpProberSource::probeFinished);
        prober.start();
        QVERIFY(probes.wait(20000));
        prober.stop();
        const auto r = probes.first().at(0).value<HttpProberSource::ProbeResult>();
        QVERIFY2(r.error.contains(QStringLiteral("refused")), qPrintable(r.error));
        QCOMPARE(lastValue(samples, QStringLiteral("error_ratio/old")), 1.0);
    }

    void slidingWindowRecovers()
    {
        // A window of 3 probes: after the server recovers, the error ratio falls back to 0.
        TinyHttpServer failing(503, 0);
        QVERIFY(failing.listen(QHostAddress::LocalHost, 0));
        const quint16 port = failing.serverPort();
        HttpProberSource::Config c;
        c.endpoints = { { failing.url(), QStringLiteral("new") } };
        c.intervalMs = 100;
        c.windowProbes = 3;
        HttpProberSource prober(c);
        QSignalSpy samples(&prober, &MetricSource::samplesReady);
        prober.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastValue(samples, QStringLiteral("error_ratio/new")), 1.0, 20000);
        failing.close();
        TinyHttpServer healthy(200, 0);
        QVERIFY(healthy.listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(lastValue(samples, QStringLiteral("error_ratio/new")), 0.0, 20000);
        prober.stop();
    }

    void badConfigurationIsReported()
    {
        HttpProberSource::Config c;
        c.endpoints = { { QUrl(QStringLiteral("ftp://x")), QStringLiteral("sideways") } };
        HttpProberSource prober(c);
        QSignalSpy errors(&prober, &MetricSource::errorOccurred);
        prober.start();
        QCOMPARE(errors.size(), 1);
        const QString e = errors.first().first().toString();
        QVERIFY2(
            e.contains(QStringLiteral("ftp://x")) && e.contains(QStringLiteral("sideways")), qPrintable(e));
        QVERIFY(!prober.isRunning());
    }

    void percentile()
    {
        QVERIFY(std::isnan(HttpProberSource::percentile({}, 0.5)));
        QCOMPARE(HttpProberSource::percentile({ 3, 1, 2 }, 0.5), 2.0);
        QList<double> v;
        for (int i = 1; i <= 100; ++i)
            v.append(i);
        QCOMPARE(HttpProberSource::percentile(v, 0.99), 99.0);
        QCOMPARE(HttpProberSource::percentile(v, 0.95), 95.0);
        QCOMPARE(HttpProberSource::percentile(v, 1.0), 100.0);
    }
};

QTEST_GUILESS_MAIN(TestHttpProberSource)
#include "tst_httpprobersource.moc"
