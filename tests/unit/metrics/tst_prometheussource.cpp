// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusSource's error handling against a loopback HTTP server that answers like Prometheus does in
// error cases (bodies as in the spec). The real Prometheus is in tst_prometheus_integration.
#include "metrics/MetricHub.h"
#include "metrics/sources/PrometheusSource.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

struct Answer {
    int status = 200;
    QByteArray body;
    int delayMs = 0;
};

class ScriptedServer : public QTcpServer {
public:
    std::function<Answer(const QByteArray &request)> answer;
    QList<QByteArray> requests;

    ScriptedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray req = s->readAll();
                    if (!req.contains("\r\n\r\n"))
                        return;
                    requests.append(req);
                    const Answer a = answer(req);
                    QTimer::singleShot(a.delayMs, s, [s, a] {
                        s->write("HTTP/1.1 " + QByteArray::number(a.status)
                            + " X\r\nContent-Type: application/json\r\n"
                              "Content-Length: "
                            + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n" + a.body);
                        s->disconnectFromHost();
                    });
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
};

PrometheusSource::Config oneQuery(const QUrl &url)
{
    PrometheusSource::Config c;
    c.baseUrl = url;
    c.queries = { { QStringLiteral("error_ratio"), QStringLiteral("my_ratio") } };
    c.pollIntervalMs = 100;
    c.historySeconds = 0;
    c.timeoutMs = 500;
    return c;
}

const QByteArray kOk
    = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"version":"old"},"value":[1795688186,"0.01"]},{"metric":{"version":"new"},"value":[1795688186,"NaN"]}]}})";

}

class TestPrometheusSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorBodyIsReportedThenRecovers()
    {
        ScriptedServer server;
        int calls = 0;
        server.answer = [&calls](const QByteArray &) {
            ++calls;
            if (calls <= 2)
                return Answer {
                    422,
                    R"({"status":"error","errorType":"execution","error":"many-to-many matching not allowed"})"
                };
            return Answer { 200, kOk };
        };
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        PrometheusSource source(oneQuery(server.url()));
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        QSignalSpy recovered(&source, &MetricSource::recovered);
        QSignalSpy samples(&source, &MetricSource::samplesReady);
        source.start();
        QVERIFY(errors.wait(20000));
        const QString e = errors.first().first().toString();
        QVERIFY2(e.contains(QStringLiteral("execution")) && e.contains(QStringLiteral("many-to-many"))
                && e.contains(QStringLiteral("422")) && e.contains(QStringLiteral("retrying")),
            qPrintable(e));
        QVERIFY(!source.lastError().isEmpty());
        QVERIFY(recovered.wait(20000)); // backoff 1 s, then 2 s
        QVERIFY(source.lastError().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 10000);
        const auto batch = samples.first().first().value<QList<MetricSample>>();
        QCOMPARE(batch.size(), 2);
        for (const MetricSample &s : batch) {
            if (s.series == QLatin1String("error_ratio/old"))
                QCOMPARE(s.value, 0.01);
            else
                QVERIFY(s.isGap()); // NaN stays a gap
        }
        source.stop();
        QVERIFY(server.requests.first().startsWith("GET /api/v1/query?query=my_ratio"));
    }

    // An answer past 1 MiB is aborted (not buffered) and reported as cut off; Prometheus answers are small.
    void oversizedAnswerIsCutOff()
    {
        ScriptedServer server;
        server.answer = [](const QByteArray &) {
            return Answer { 200,
                R"({"status":"success","data":{"resultType":"vector","result":[)"
                    + QByteArray(2 * 1024 * 1024, ' ') + "]}}" };
        };
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        PrometheusSource::Config config = oneQuery(server.url());
        config.timeoutMs = 10000;
        PrometheusSource source(config);
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        source.start();
        QVERIFY(errors.wait(20000));
        const QString e = errors.first().first().toString();
        QVERIFY2(
            e.contains(QLatin1String("response larger than 1 MiB")) && e.contains(QLatin1String("cut off")),
            qPrintable(e));
        source.stop();
    }

    void refusedAndTimeout()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        {
            PrometheusSource source(oneQuery(url));
            QSignalSpy errors(&source, &MetricSource::errorOccurred);
            source.start();
            QVERIFY(errors.wait(20000));
            QVERIFY2(errors.first().first().toString().contains(QStringLiteral("connection refused")),
                qPrintable(errors.first().first().toString()));
        }
        ScriptedServer slow;
        slow.answer = [](const QByteArray &) { return Answer { 200, kOk, 3000 }; };
        QVERIFY(slow.listen(QHostAddress::LocalHost, 0));
        PrometheusSource source(oneQuery(slow.url()));
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        source.start();
        QVERIFY(errors.wait(20000));
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("timeout")),
            qPrintable(errors.first().first().toString()));
    }

    void hubReportsSourceErrorsToGates()
    {
        ScriptedServer server;
        server.answer = [](const QByteArray &) {
            return Answer { 503, R"({"status":"error","errorType":"timeout","error":"query timed out"})" };
        };
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        MetricHub hub;
        auto *source = new PrometheusSource(oneQuery(server.url()));
        hub.addSource(source);
        QSignalSpy errors(&hub, &MetricHub::sourceError);
        source->start();
        QVERIFY(errors.wait(20000));
        std::optional<MetricValueProvider::Reading> r;
        hub.latest(QStringLiteral("error_ratio/new"), [&r](const MetricValueProvider::Reading &x) { r = x; });
        QTRY_VERIFY(r.has_value());
        QCOMPARE(r->kind, MetricValueProvider::Reading::Kind::Error);
        QVERIFY(r->error.contains(QStringLiteral("query timed out")));
    }

    void historyIsFilledWithQueryRangeAndAuthComesFromTheEnvironment()
    {
        ScriptedServer server;
        server.answer = [](const QByteArray &req) {
            if (req.startsWith("GET /api/v1/query_range"))
                return Answer {
                    200,
                    R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"version":"new"},"values":[[1795688186,"0.5"],[1795688191,"0.25"]]}]}})"
                };
            return Answer { 200, kOk };
        };
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        qputenv("COCKPIT_TEST_PROM_AUTH", "Bearer s3cret-token");
        PrometheusSource::Config c = oneQuery(server.url());
        c.historySeconds = 600;
        c.credentials.environmentVariable = QStringLiteral("COCKPIT_TEST_PROM_AUTH");
        PrometheusSource source(c);
        QSignalSpy samples(&source, &MetricSource::samplesReady);
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 20000);
        source.stop();
        QVERIFY(errors.isEmpty());
        const QByteArray first = server.requests.first();
        QVERIFY2(first.startsWith("GET /api/v1/query_range?query=my_ratio&start="), first.constData());
        QVERIFY(first.contains("&step=1&") || first.contains("&step=1 ")); // 600 s fits 11,000 points at 1 s
        QVERIFY(first.contains("Authorization: Bearer s3cret-token"));
        QVERIFY(server.requests.at(1).startsWith("GET /api/v1/query?query=my_ratio"));
        const auto history = samples.first().first().value<QList<MetricSample>>();
        bool found = false;
        for (const MetricSample &s : history)
            found = found
                || (s.series == QLatin1String("error_ratio/new") && s.t == 1795688191000 && s.value == 0.25);
        QVERIFY(found);
        // The secret is nowhere in what the source shows.
        QVERIFY(!source.displayName().contains(QStringLiteral("s3cret")));
    }

    void invalidAddress()
    {
        PrometheusSource::Config c;
        c.baseUrl = QUrl(QStringLiteral("localhost9090"));
        PrometheusSource source(c);
        QSignalSpy errors(&source, &MetricSource::errorOccurred);
        source.start();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("localhost9090")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheussource.moc"
