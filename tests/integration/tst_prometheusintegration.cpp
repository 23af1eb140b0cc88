// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real Prometheus (Debian's /usr/bin/prometheus) on loopback, scraping an exporter served by
// this test every second, and checks that PrometheusSource delivers exactly what the exporter exposed.
#include "metrics/sources/PrometheusSource.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Serves /metrics in the Prometheus text format. Every scrape advances the counters by fixed amounts,
// so rates and ratios computed by Prometheus are known exactly.
class Exporter : public QTcpServer {
public:
    QByteArray gaugeOld = "0.25";
    QByteArray gaugeNew = "0.75";
    int scrapes = 0;

    Exporter()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++scrapes;
                    const QByteArray body = metrics();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray metrics() const
    {
        const QByteArray n = QByteArray::number(scrapes);
        const QByteArray n10 = QByteArray::number(scrapes * 10);
        const QByteArray n9 = QByteArray::number(scrapes * 9);
        QByteArray b;
        b += "# TYPE cockpit_test_gauge gauge\n";
        b += "cockpit_test_gauge{version=\"old\"} " + gaugeOld + "\n";
        b += "cockpit_test_gauge{version=\"new\"} " + gaugeNew + "\n";
        b += "# TYPE http_requests_total counter\n";
        b += "http_requests_total{version=\"old\",code=\"200\"} " + n10 + "\n";
        b += "http_requests_total{version=\"new\",code=\"200\"} " + n9 + "\n";
        b += "http_requests_total{version=\"new\",code=\"500\"} " + n + "\n";
        b += "# TYPE http_request_duration_seconds histogram\n";
        for (const char *v : { "old", "new" }) {
            const QByteArray labels = QByteArray("version=\"") + v + "\"";
            b += "http_request_duration_seconds_bucket{" + labels + ",le=\"0.05\"} 0\n";
            b += "http_request_duration_seconds_bucket{" + labels + ",le=\"0.1\"} " + n10 + "\n";
            b += "http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + n10 + "\n";
            b += "http_request_duration_seconds_sum{" + labels + "} " + QByteArray::number(scrapes * 0.75)
                + "\n";
            b += "http_request_duration_seconds_count{" + labels + "} " + n10 + "\n";
        }
        return b;
    }
};

QList<MetricSample> collect(const QSignalSpy &spy, const QString &series, int from = 0)
{
    QList<MetricSample> out;
    for (int i = from; i < spy.size(); ++i) {
        const auto batch = spy.at(i).first().value<QList<MetricSample>>();
        for (const MetricSample &s : batch) {
            if (s.series == series)
                out.append(s);
        }
    }
    return out;
}

}

class TestPrometheusIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_binary = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (m_binary.isEmpty())
            m_binary = QStringLiteral("/usr/bin/prometheus");
        QVERIFY2(QFile::exists(m_binary), "prometheus is not installed (apt install prometheus)");
        QVERIFY(m_exporter.listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
                     "scrape_configs: [{job_name: app, static_configs: [{targets: ['127.0.0.1:"
            + QByteArray::number(m_exporter.serverPort()) + "']}]}]\n");
        config.close();
        m_port = freePort();
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(m_binary,
            { QStringLiteral("--config.file=") + config.fileName(),
                QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port) });
        QVERIFY2(m_prometheus.waitForStarted(10000), qPrintable(m_prometheus.errorString()));

        // Ready when /-/ready answers 200.
        QNetworkAccessManager nam;
        bool ready = false;
        QElapsedTimer clock;
        clock.start();
        while (!ready && clock.elapsed() < 30000 && m_prometheus.state() == QProcess::Running) {
            QNetworkReply *reply
                = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/-/ready").arg(m_port))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            ready = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
            if (!ready)
                QTest::qWait(200);
        }
        QVERIFY2(ready, m_prometheus.readAll().right(2000).constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_exporter.scrapes >= 4, 20000);
    }

    void cleanupTestCase()
    {
        if (m_prometheus.state() != QProcess::NotRunning) {
            m_prometheus.terminate();
            if (!m_prometheus.waitForFinished(10000)) {
                m_prometheus.kill();
                m_prometheus.waitForFinished(5000);
            }
        }
    }

    void seriesMatchTheExporter()
    {
        PrometheusSource::Config c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        c.queries = PrometheusSource::defaultQueries();
        c.queries.append({ QStringLiteral("test_gauge"), QStringLiteral("cockpit_test_gauge") });
        c.pollIntervalMs = 500;
        c.historySeconds = 60;
        PrometheusSource source(c);
        QSignalSpy samples(&source, &MetricSource::samplesReady);
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 20000); // history + two polls
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));

        // The raw gauge: every non-gap value, in the history and the polls, is exactly what was exposed.
        const auto oldGauge = collect(samples, QStringLiteral("test_gauge/old"));
        const auto newGauge = collect(samples, QStringLiteral("test_gauge/new"));
        int values = 0;
        for (const MetricSample &s : oldGauge) {
            if (!s.isGap()) {
                QCOMPARE(s.value, 0.25);
                ++values;
            }
        }
        for (const MetricSample &s : newGauge) {
            if (!s.isGap())
                QCOMPARE(s.value, 0.75);
        }
        QVERIFY2(values >= 3, qPrintable(QString::number(values)));
        QVERIFY(!oldGauge.last().isGap());

        // Counters advance 9×200 + 1×500 per scrape on the new path, 10×200 on the old: the error
        // ratio is exactly 10 % and 0 (zero-filled), the rate 10/s per path at a 1 s scrape interval.
        const auto ratioNew = collect(samples, QStringLiteral("error_ratio/new"));
        const auto ratioOld = collect(samples, QStringLiteral("error_ratio/old"));
        QVERIFY(!ratioNew.last().isGap());
        QVERIFY2(std::abs(ratioNew.last().value - 0.1) < 1e-9,
            qPrintable(QString::number(ratioNew.last().value, 'g', 17)));
        QCOMPARE(ratioOld.last().value, 0.0);
        // Both paths serve 10 requests per scrape. rate() divides by the whole 30 s range, so its level
        // depends on how much of the range is filled yet, but the two paths' rates are equal.
        const double rateNew = collect(samples, QStringLiteral("request_rate/new")).last().value;
        const double rateOld = collect(samples, QStringLiteral("request_rate/old")).last().value;
        QVERIFY2(rateNew > 0 && rateNew <= 15, qPrintable(QString::number(rateNew)));
        QVERIFY2(std::abs(rateNew - rateOld) < 1e-9,
            qPrintable(QStringLiteral("%1 vs %2").arg(rateNew).arg(rateOld)));
        // All observations in the bucket 0.05 < x ≤ 0.1: p99 interpolates to 0.05 + 0.05 × 0.99.
        const double p99 = collect(samples, QStringLiteral("p99_seconds/old")).last().value;
        QVERIFY2(std::abs(p99 - 0.0995) < 1e-9, qPrintable(QString::number(p99, 'g', 17)));

        // A new value and a NaN exposed by the exporter arrive as the value and a gap.
        m_exporter.gaugeOld = "1.5";
        m_exporter.gaugeNew = "NaN";
        const int mark = int(samples.size());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const auto o = collect(samples, QStringLiteral("test_gauge/old"), mark);
            const auto n = collect(samples, QStringLiteral("test_gauge/new"), mark);
            return !o.isEmpty() && o.last().value == 1.5 && !n.isEmpty() && n.last().isGap();
        }()),
            20000);
        source.stop();
    }

    void badQueryShowsPrometheusError()
    {
        PrometheusSource::Config c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        c.queries = { { QStringLiteral("broken"), QStringLiteral("sum by (version)(rate(") } };
        c.historySeconds = 0;
        PrometheusSource source(c);
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        source.start();
        QVERIFY(errors.wait(20000));
        const QString e = errors.first().first().toString();
        QVERIFY2(e.contains(QStringLiteral("bad_data")) && e.contains(QStringLiteral("400")), qPrintable(e));
        source.stop();
    }

private:
    QString m_binary;
    Exporter m_exporter;
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "tst_prometheusintegration.moc"
