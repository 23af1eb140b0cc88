// SPDX-License-Identifier: GPL-3.0-or-later
// A metric gate run from `cutoverctl run` against the real Prometheus (Debian's /usr/bin/prometheus on
// loopback, scraping an exporter served by this test) with a real HAProxy in front of two upstreams: the
// session's metric source is attached with `cutoverctl metrics --prometheus`; a healthy metric passes and
// the plan completes with all traffic on the new path; a bad one fails the gate at the first step and the
// plan rolls back, with all traffic on the old path again.
#include "support/CtlProcess.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "support/SplitCounter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

// Serves /metrics with one gauge per path, whose value the test sets.
class GaugeExporter : public QTcpServer {
public:
    QByteArray errorRatioNew = "0";
    int scrapes = 0;

    GaugeExporter()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++scrapes;
                    const QByteArray body = "# TYPE cockpit_error_ratio gauge\n"
                                            "cockpit_error_ratio{version=\"old\"} 0\n"
                                            "cockpit_error_ratio{version=\"new\"} "
                        + errorRatioNew + "\n";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }
};

}

class TestMetricGateCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void metricGatePassesThenFailsAndRollsBack();

private:
    using Out = CtlResult;
    Out ctl(const QStringList &args, int timeoutMs = 90000);
    QString writeFile(const QString &name, const QByteArray &content);
    // The value Prometheus has now for the query; NaN when it has none.
    double queryNow(const QString &promql);

    QTemporaryDir m_dir;
    GaugeExporter m_exporter;
    QProcess m_prometheus;
    quint16 m_port = 0;
    LoopbackServers m_servers;
    quint16 m_old = 0;
    quint16 m_new = 0;
};

TestMetricGateCtl::Out TestMetricGateCtl::ctl(const QStringList &args, int timeoutMs)
{
    // Waits in the event loop: the exporter lives in this process and must keep answering the scrapes.
    return runCtl(args, timeoutMs);
}

QString TestMetricGateCtl::writeFile(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return f.fileName();
}

double TestMetricGateCtl::queryNow(const QString &promql)
{
    QNetworkAccessManager nam;
    QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(m_port));
    url.setQuery(
        QUrlQuery { { QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)) } });
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    const QJsonArray result = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("result"))
                                  .toArray();
    reply->deleteLater();
    if (result.isEmpty())
        return qQNaN();
    return result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
}

void TestMetricGateCtl::initTestCase()
{
    QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (binary.isEmpty())
        binary = QStringLiteral("/usr/bin/prometheus");
    QVERIFY2(QFile::exists(binary), "prometheus is not installed (apt install prometheus)");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_exporter.listen(QHostAddress::LocalHost, 0));
    const QString config = writeFile(QStringLiteral("prometheus.yml"),
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
        "scrape_configs: [{job_name: app, static_configs: [{targets: ['127.0.0.1:"
            + QByteArray::number(m_exporter.serverPort()) + "']}]}]\n");
    m_port = LoopbackServers::freePort();
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(binary,
        { QStringLiteral("--config.file=") + config,
            QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port) });
    QVERIFY2(m_prometheus.waitForStarted(10000), qPrintable(m_prometheus.errorString()));
    // Ready when it has the exporter's healthy value.
    QTRY_VERIFY_WITH_TIMEOUT(queryNow(QStringLiteral("cockpit_error_ratio{version=\"new\"}")) == 0, 30000);
    m_old = m_servers.addHttp("old");
    m_new = m_servers.addHttp("new");
}

void TestMetricGateCtl::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(5000);
        }
    }
}

void TestMetricGateCtl::metricGatePassesThenFailsAndRollsBack()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    const QString session = m_dir.filePath(QStringLiteral("metric.cutover"));
    Out o = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Metric gate"),
        QStringLiteral("--out"), session, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    o = ctl({ QStringLiteral("backend"), session, QStringLiteral("--use"), QStringLiteral("haproxy"),
        QStringLiteral("--config"),
        writeFile(QStringLiteral("haproxy.json"), QJsonDocument(haproxy.backendConfig()).toJson()),
        QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));

    // The session's metric source, as the README shows it.
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    o = ctl(
        { QStringLiteral("metrics"), session, QStringLiteral("--prometheus"), url, QStringLiteral("--query"),
            QStringLiteral("error_ratio/new=max(cockpit_error_ratio{version=\"new\"})"),
            QStringLiteral("--interval"), QStringLiteral("1s"), QStringLiteral("--by"),
            QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    o = ctl({ QStringLiteral("metrics"), session, QStringLiteral("--list") });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(QStringLiteral("Prometheus at ") + url), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("series: error_ratio/new")), qPrintable(o.out));

    const QByteArray gates
        = R"([{"kind": "metric", "name": "error budget", "series": "error_ratio/new", "max": 0.01}])";
    o = ctl({ QStringLiteral("plan"), session, QStringLiteral("--steps"), QStringLiteral("5,100"),
        QStringLiteral("--hold"), QStringLiteral("0s"), QStringLiteral("--gates"),
        writeFile(QStringLiteral("gates.json"), gates), QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(o.err));

    // Healthy: the gate passes at every step, the plan completes, all traffic reaches the new path.
    o = ctl({ QStringLiteral("run"), session, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 0, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(o.code).arg(o.out, o.err)));
    QCOMPARE(o.out.count(QLatin1String("gate error budget: pass")), 2);
    QVERIFY2(!o.out.contains(QLatin1String("No metric source")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("split in force: old 0 % | new 100 %")), qPrintable(o.out));
    // Every split is printed once.
    const QStringList lines = o.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.filter(QLatin1String("split in force: old 100 % | new 0 %")).size(), 1);
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 40).fresh, 40);

    o = ctl({ QStringLiteral("rollback"), session, QStringLiteral("--by"), QStringLiteral("alice"),
        QStringLiteral("--reason"), QStringLiteral("rehearse again") });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 40).old, 40);

    // Bad: 20 % of the new path's requests fail. The gate fails at the first step and the plan rolls back.
    m_exporter.errorRatioNew = "0.2";
    QTRY_VERIFY_WITH_TIMEOUT(
        queryNow(QStringLiteral("max(cockpit_error_ratio{version=\"new\"})")) == 0.2, 30000);
    o = ctl({ QStringLiteral("run"), session, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY2(o.code == 3, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(o.code).arg(o.out, o.err)));
    QVERIFY2(o.out.contains(QStringLiteral("gate error budget: fail — value 0.2")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("split in force: old 100 % | new 0 %")), qPrintable(o.out));
    QVERIFY2(!o.out.contains(QLatin1String("new 100 %")), qPrintable(o.out));
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 40).old, 40);

    // The traffic record shows the reason, and the trail is intact with the source's settings in it.
    o = ctl({ QStringLiteral("traffic"), session });
    QVERIFY2(o.out.contains(QLatin1String("error budget: fail")), qPrintable(o.out));
    o = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), session });
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
}

QTEST_GUILESS_MAIN(TestMetricGateCtl)
#include "tst_metricgatectl.moc"
