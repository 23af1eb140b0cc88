// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the live metrics: dashboard repaint for a day and a week of samples (decimated vs. every
// point in QtCharts), GUI-thread stalls under sustained ingest, and the session's insert rate next to
// a bulk insert through the sqlite3 shell.
#include "BenchFigure.h"
#include "BenchSession.h"

#include "metrics/MetricHub.h"
#include "metrics/MetricSample.h"
#include "metrics/MetricsDashboard.h"
#include "metrics/SampleStore.h"
#include "session/SessionRuntime.h"
#include "store/SessionStore.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsView>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

const QList<MetricsDashboard::ChartSpec> &benchCharts()
{
    // 4 charts × old/new = 8 series.
    static const QList<MetricsDashboard::ChartSpec> charts = {
        { QStringLiteral("error_ratio"), QStringLiteral("Error ratio"), QStringLiteral("%"), 100 },
        { QStringLiteral("request_rate"), QStringLiteral("Throughput"), QStringLiteral("req/s"), 1 },
        { QStringLiteral("p50_seconds"), QStringLiteral("Latency p50"), QStringLiteral("ms"), 1000 },
        { QStringLiteral("p99_seconds"), QStringLiteral("Latency p99"), QStringLiteral("ms"), 1000 },
    };
    return charts;
}

// points samples per series at 1 s steps ending now, values with noise and spikes.
void fill(MetricHub &hub, qint64 points)
{
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = end - (points - 1) * 1000;
    quint32 state = 12345;
    auto rnd = [&state] {
        state = state * 1664525u + 1013904223u;
        return double(state >> 8) / double(1u << 24);
    };
    for (const auto &spec : benchCharts()) {
        for (const QString &path : { MetricSeries::oldPath(), MetricSeries::newPath() }) {
            const QString name = MetricSeries::name(spec.metric, path);
            QList<MetricSample> batch;
            batch.reserve(65536);
            for (qint64 i = 0; i < points; ++i) {
                const double base = 1.0 + 0.3 * std::sin(double(i) / 3000.0);
                double v = base + rnd() * 0.2;
                if (rnd() < 0.0005)
                    v *= 4; // spikes
                batch.append({ start + i * 1000, name, v });
                if (batch.size() == 65536) {
                    hub.ingest(batch);
                    batch.clear();
                }
            }
            hub.ingest(batch);
        }
    }
}

bool waitRefreshed(MetricsDashboard &dash, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    const auto connection = QObject::connect(&dash, &MetricsDashboard::refreshed, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    dash.refreshNow();
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    return done;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// The dashboard holding a series set, 1280 px wide: median time of one repaint (render of the whole
// dashboard, offscreen). For transparency the time of a full live frame (handing new points to the
// charts + layout + repaint) and the worker's decimation time are printed too.
std::optional<double> chartRepaint(qint64 points, bool decimate, int repeats, QString *error)
{
    MetricHub hub;
    fill(hub, points);
    MetricsDashboard dash(&hub);
    dash.setCharts(benchCharts());
    dash.setDecimationEnabled(decimate);
    dash.setTimeWindow(MetricsDashboard::Window::WholeSession);
    dash.resize(1280, 900);
    dash.show();
    QCoreApplication::processEvents();
    if (!waitRefreshed(dash, 600000) || !waitRefreshed(dash, 600000)) { // the second after the layout settled
        *error = QStringLiteral("the dashboard did not refresh");
        return std::nullopt;
    }
    QCoreApplication::processEvents();
    const bool noAntialiasing = qEnvironmentVariableIsSet("COCKPIT_BENCH_NO_AA"); // for experiments
    const auto views = dash.findChildren<QGraphicsView *>();
    for (QGraphicsView *v : views) {
        if (noAntialiasing)
            v->setRenderHint(QPainter::Antialiasing, false);
    }
    QList<double> repaints;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        const QPixmap shot = dash.grab();
        repaints.append(clock.nsecsElapsed() / 1e6);
        if (shot.isNull()) {
            *error = QStringLiteral("grab() returned nothing");
            return std::nullopt;
        }
    }
    QList<double> frames;
    QList<double> decimation;
    for (int i = 0; i < std::min(repeats, 5); ++i) {
        if (!waitRefreshed(dash, 600000)) {
            *error = QStringLiteral("the dashboard did not refresh");
            return std::nullopt;
        }
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        dash.grab();
        frames.append(dash.lastApplyMs() + clock.nsecsElapsed() / 1e6);
        decimation.append(dash.lastDecimationMs());
        QCoreApplication::processEvents();
    }
    qInfo("  %s, %lld points/series: repaint %.1f ms (median of %d); live frame incl. new points %.1f ms; "
          "worker %.1f ms",
        decimate ? "decimated" : "plain", points, median(repaints), repeats, median(frames),
        median(decimation));
    return median(repaints);
}

std::optional<double> ingestStall(QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cutover"));
    const std::unique_ptr<BenchSession> session = BenchSession::create(path, error);
    if (!session)
        return std::nullopt;
    SampleStore &store = *session->runtime()->samples();
    MetricHub &hub = *session->runtime()->hub();
    fill(hub, 3600); // an hour of history in the charts
    MetricsDashboard dash(&hub);
    dash.resize(1280, 900);
    dash.setTimeWindow(MetricsDashboard::Window::WholeSession);
    dash.show();
    QCoreApplication::processEvents();

    const QStringList names = { QStringLiteral("error_ratio/old"), QStringLiteral("error_ratio/new"),
        QStringLiteral("request_rate/old"), QStringLiteral("request_rate/new"),
        QStringLiteral("p50_seconds/old"), QStringLiteral("p50_seconds/new"),
        QStringLiteral("p95_seconds/old"), QStringLiteral("p95_seconds/new"),
        QStringLiteral("p99_seconds/old"), QStringLiteral("p99_seconds/new") };
    qint64 produced = 0;
    qint64 written = 0;
    QObject::connect(&store, &SampleStore::batchWritten, [&written](int rows, qint64) { written += rows; });
    QElapsedTimer run;
    run.start();
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(10);
    QObject::connect(&producer, &QTimer::timeout, [&] {
        // Keep 10,000 samples/s on average whatever the timer's jitter.
        const qint64 due = run.elapsed() * 10;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<MetricSample> batch;
        while (produced < due) {
            batch.append(
                { now, names.at(int(produced % names.size())), 1.0 + double(produced % 97) / 100.0 });
            ++produced;
        }
        hub.ingest(batch);
    });
    double maxStall = 0;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double late = tick.nsecsElapsed() / 1e6 - 1.0;
        if (run.elapsed() > 500) // ignore start-up
            maxStall = std::max(maxStall, late);
        tick.restart();
    });
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    producer.start();
    tick.start();
    probe.start();
    loop.exec();
    producer.stop();
    probe.stop();
    store.flush();
    if (written < produced + 3600 * 8) {
        QEventLoop drain;
        QObject::connect(&store, &SampleStore::batchWritten, &drain, [&] {
            if (written >= produced + 3600 * 8)
                drain.quit();
        });
        QTimer::singleShot(60000, &drain, &QEventLoop::quit);
        drain.exec();
    }
    qInfo("  ingest: %lld samples in %.1f s, %lld written to the session", produced, run.elapsed() / 1000.0,
        written);
    if (written < produced) {
        *error = QStringLiteral("only %1 of %2 samples were written").arg(written).arg(produced);
        return std::nullopt;
    }
    return maxStall;
}

constexpr qint64 kInsertRows = 500000;

QString seriesName(qint64 i)
{
    static const QStringList names = { QStringLiteral("error_ratio/old"), QStringLiteral("error_ratio/new"),
        QStringLiteral("p99_seconds/old"), QStringLiteral("p99_seconds/new"),
        QStringLiteral("request_rate/old"), QStringLiteral("request_rate/new"),
        QStringLiteral("p50_seconds/old"), QStringLiteral("p50_seconds/new") };
    return names.at(int(i % names.size()));
}

std::optional<double> storeInsert(QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("insert.cutover"));
    auto session = SessionStore::create(path, error);
    if (!session)
        return std::nullopt;
    SampleStore store(path);
    qint64 written = 0;
    QObject::connect(&store, &SampleStore::batchWritten, [&written](int rows, qint64) { written += rows; });
    QList<MetricSample> rows;
    rows.reserve(kInsertRows);
    const qint64 t0 = 1795688186000;
    for (qint64 i = 0; i < kInsertRows; ++i)
        rows.append({ t0 + (i / 8) * 1000, seriesName(i), 0.001 * double(i % 1000) });
    QEventLoop loop; // sleeps until the worker reports; a busy wait would steal its CPU
    QObject::connect(&store, &SampleStore::batchWritten, &loop, [&] {
        if (written >= kInsertRows)
            loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    store.append(rows);
    store.flush();
    loop.exec();
    if (written < kInsertRows) {
        *error = QStringLiteral("the store wrote only %1 rows").arg(written);
        return std::nullopt;
    }
    return double(kInsertRows) / (clock.nsecsElapsed() / 1e9);
}

std::optional<double> shellInsert(QString *error)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        *error = QStringLiteral("the sqlite3 shell is not installed");
        return std::nullopt;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shell.cutover"));
    {
        auto session = SessionStore::create(path, error); // same schema, same WAL file
        if (!session)
            return std::nullopt;
    }
    QByteArray sql = "PRAGMA synchronous=NORMAL;\nBEGIN;\n";
    const qint64 t0 = 1795688186000;
    for (qint64 i = 0; i < kInsertRows; i += 200) {
        sql += "INSERT INTO metric_samples (series, t, value) VALUES ";
        for (qint64 k = i; k < std::min(kInsertRows, i + 200); ++k) {
            if (k > i)
                sql += ',';
            sql += "('" + seriesName(k).toLatin1() + "'," + QByteArray::number(t0 + (k / 8) * 1000) + ','
                + QByteArray::number(0.001 * double(k % 1000)) + ')';
        }
        sql += ";\n";
    }
    sql += "COMMIT;\n";
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(shell, { path });
    p.write(sql);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return std::nullopt;
    }
    return double(kInsertRows) / (clock.nsecsElapsed() / 1e9);
}

}

QList<BenchFigure> metricsFigures()
{
    return {
        { QStringLiteral("chart_day_decimated_ms"), QStringLiteral("ms"),
            [](QString *e) { return chartRepaint(86400, true, 15, e); } },
        { QStringLiteral("chart_day_plain_ms"), QStringLiteral("ms"),
            [](QString *e) { return chartRepaint(86400, false, 5, e); } },
        { QStringLiteral("chart_week_decimated_ms"), QStringLiteral("ms"),
            [](QString *e) { return chartRepaint(604800, true, 15, e); } },
        { QStringLiteral("chart_week_plain_ms"), QStringLiteral("ms"),
            [](QString *e) { return chartRepaint(604800, false, 3, e); } },
        { QStringLiteral("ingest_max_stall_ms"), QStringLiteral("ms"), ingestStall },
        { QStringLiteral("store_insert_rows_per_s"), QStringLiteral("rows/s"), storeInsert },
        { QStringLiteral("sqlite_shell_insert_rows_per_s"), QStringLiteral("rows/s"), shellInsert },
    };
}
