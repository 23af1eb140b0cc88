// SPDX-License-Identifier: GPL-3.0-or-later
// Rollback latency with real HAProxy and NGINX on loopback under a steady request stream: the time from
// the rollback command (CutoverEngine::rollback, including the old-path check and the records written
// before and after the backend call) until every following response comes from the old path.
#include "BenchFigure.h"
#include "BenchSession.h"

#include "session/SessionRuntime.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "support/NginxProcess.h"
#include "support/SplitCounter.h"
#include "traffic/CutoverEngine.h"

#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>

namespace {

using Clock = std::chrono::steady_clock;
constexpr int rollbacks = 60;

// Sends one request after the other from its own thread and keeps (sent, answered, body) of each.
class RequestStream : public QThread {
public:
    struct Sample {
        Clock::time_point sent;
        Clock::time_point answered;
        bool fromNew = false;
        bool failed = false;
    };
    explicit RequestStream(quint16 port)
        : m_port(port)
    {
    }
    void stop()
    {
        m_stop = true;
        wait();
    }
    QList<Sample> samples()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_samples;
    }
    void clear()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_samples.clear();
    }

protected:
    void run() override
    {
        while (!m_stop) {
            Sample s;
            s.sent = Clock::now();
            const QByteArray body = SplitCounter::get(m_port, "/", 5000);
            s.answered = Clock::now();
            s.fromNew = body == "new";
            s.failed = body != "new" && body != "old";
            std::lock_guard<std::mutex> lock(m_mutex);
            m_samples.append(s);
        }
    }

private:
    quint16 m_port;
    std::atomic<bool> m_stop { false };
    std::mutex m_mutex;
    QList<Sample> m_samples;
};

bool waitSettled(CutoverEngine &engine, CutoverEngine::State state, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    bool reached = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (engine.state() == state && !engine.isBusy()) {
            reached = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(1);
    loop.exec();
    return reached;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Result {
    QList<double> ms;
    QString error;
};

// Runs the rollbacks once per backend kind and keeps the latencies for the p50 and p99 figures.
Result measureRollbacks(const QString &kind)
{
    static QHash<QString, Result> cache;
    if (cache.contains(kind))
        return cache.value(kind);
    Result result;
    LoopbackServers servers;
    const quint16 oldPort = servers.addHttp("old");
    const quint16 newPort = servers.addHttp("new");
    HaproxyProcess haproxy;
    NginxProcess nginx;
    QString error;
    QJsonObject config;
    quint16 front = 0;
    if (kind == QLatin1String("haproxy")) {
        if (!haproxy.start(oldPort, newPort, &error)) {
            result.error = error;
            return cache[kind] = result;
        }
        config = haproxy.backendConfig();
        front = haproxy.frontendPort();
    } else {
        if (!nginx.start(oldPort, newPort, &error)) {
            result.error = error;
            return cache[kind] = result;
        }
        config = nginx.backendConfig();
        front = nginx.port();
    }
    QTemporaryDir dir;
    const std::unique_ptr<BenchSession> session
        = BenchSession::create(dir.filePath(QStringLiteral("bench.cutover")), &error);
    if (!session) {
        result.error = error;
        return cache[kind] = result;
    }
    CutoverEngine &engine = *session->runtime()->engine();
    if (const ActionResult r
        = engine.configureBackend(kind, config, QStringLiteral("bench"), QStringLiteral("benchmark"));
        !r) {
        result.error = r.error;
        return cache[kind] = result;
    }
    RequestStream stream(front);
    stream.start();
    for (int i = 0; i < rollbacks; ++i) {
        engine.shiftTo(50, QStringLiteral("bench"), QStringLiteral("benchmark: half on new"));
        if (!waitSettled(engine, CutoverEngine::State::Paused, 20000) || engine.percentInForce() != 50) {
            result.error = QStringLiteral("shift to 50 % failed: %1").arg(engine.lastBackendError());
            break;
        }
        pause(40); // the stream reaches both paths
        stream.clear();
        const Clock::time_point t0 = Clock::now();
        engine.rollback(QStringLiteral("bench"), QStringLiteral("benchmark rollback"));
        if (!waitSettled(engine, CutoverEngine::State::RolledBack, 20000)) {
            result.error = QStringLiteral("rollback did not finish: %1").arg(engine.lastBackendError());
            break;
        }
        pause(kind == QLatin1String("haproxy") ? 100 : 300); // enough following responses to judge
        const QList<RequestStream::Sample> samples = stream.samples();
        // The moment after which every response came from the old path: the answer to the last request
        // sent after t0 that still reached the new path, or the first old answer when there was none.
        Clock::time_point settled = t0;
        bool sawOldAfter = false;
        for (const RequestStream::Sample &s : samples) {
            if (s.sent < t0)
                continue;
            if (s.fromNew || s.failed)
                settled = std::max(settled, s.answered);
        }
        for (const RequestStream::Sample &s : samples) {
            if (s.sent >= settled && !s.fromNew && !s.failed) {
                sawOldAfter = true;
                settled = std::max(settled, s.sent);
                break;
            }
        }
        if (!sawOldAfter) {
            result.error = QStringLiteral("no response from the old path after the rollback");
            break;
        }
        result.ms << std::chrono::duration<double, std::milli>(settled - t0).count();
    }
    stream.stop();
    return cache[kind] = result;
}

std::optional<double> percentile(const QString &kind, double p, QString *error)
{
    Result r = measureRollbacks(kind);
    if (!r.error.isEmpty()) {
        *error = r.error;
        return std::nullopt;
    }
    if (r.ms.size() < 50) {
        *error = QStringLiteral("only %1 rollbacks measured").arg(r.ms.size());
        return std::nullopt;
    }
    std::sort(r.ms.begin(), r.ms.end());
    const int index = std::min<int>(int(r.ms.size()) - 1, int(std::ceil(p * r.ms.size())) - 1);
    return r.ms.at(std::max(0, index));
}

}

QList<BenchFigure> trafficFigures()
{
    return {
        { QStringLiteral("rollback_haproxy_p50_ms"), QStringLiteral("ms"),
            [](QString *e) { return percentile(QStringLiteral("haproxy"), 0.50, e); } },
        { QStringLiteral("rollback_haproxy_p99_ms"), QStringLiteral("ms"),
            [](QString *e) { return percentile(QStringLiteral("haproxy"), 0.99, e); } },
        { QStringLiteral("rollback_nginx_p50_ms"), QStringLiteral("ms"),
            [](QString *e) { return percentile(QStringLiteral("nginx"), 0.50, e); } },
        { QStringLiteral("rollback_nginx_p99_ms"), QStringLiteral("ms"),
            [](QString *e) { return percentile(QStringLiteral("nginx"), 0.99, e); } },
    };
}
