// SPDX-License-Identifier: GPL-3.0-or-later
// Report export of a day-long session: 200 checklist items, 8 metric series x 86,400 samples, 300 log
// entries. The metrics and incident-log contributors are not on this branch yet, so the bench registers
// two stand-ins of its own (below): one draws the 8 charts from 8 x 86,400 generated samples at print
// resolution with the report's ReportChart (decimated per pixel column, step markers), one gives 300
// verified log entries as a
// timeline and a table. They show the cost of that much content; they are not the real features.
#include "BenchFigure.h"

#include "checklist/CutoverSession.h"
#include "lessons/LessonsLearned.h"
#include "report/ReportChart.h"
#include "report/ReportContributorRegistry.h"
#include "report/ReportExporter.h"
#include "runbook/RunbookTemplates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>

namespace {

constexpr int seriesCount = 8;
constexpr int samplesPerSeries = 86400;

struct DayData {
    QDateTime start;
    QList<QString> names;
    QList<QList<QPointF>> series; // seriesCount x samplesPerSeries, one per second
    QList<int> stepSeconds; // traffic step markers
};

std::shared_ptr<const DayData> makeDay(const QDateTime &start)
{
    auto d = std::make_shared<DayData>();
    d->start = start;
    const char *names[seriesCount] = { "error_ratio/old", "error_ratio/new", "p50_seconds/old",
        "p50_seconds/new", "p99_seconds/old", "p99_seconds/new", "throughput/old", "throughput/new" };
    quint32 seed = 12345;
    auto noise = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return double(seed >> 8) / double(1u << 24) - 0.5;
    };
    d->stepSeconds = { 3600 * 6, 3600 * 8, 3600 * 11, 3600 * 15 };
    const double t0 = double(start.toMSecsSinceEpoch());
    for (int s = 0; s < seriesCount; ++s) {
        d->names << QLatin1String(names[s]);
        QList<QPointF> v;
        v.reserve(samplesPerSeries);
        for (int i = 0; i < samplesPerSeries; ++i) {
            const double daily = 1.0 + 0.4 * std::sin(i * 2 * M_PI / samplesPerSeries);
            v.append(QPointF(t0 + i * 1000.0, (1.0 + 0.1 * s) * daily + 0.15 * noise()));
        }
        d->series << v;
    }
    return d;
}

// Stand-in for the metrics contributor (see the file comment): four charts, old and new path each, drawn
// by the report's own ReportChart from all 8 x 86,400 samples.
class BenchMetricsContributor : public ReportContributor {
public:
    explicit BenchMetricsContributor(std::shared_ptr<const DayData> data)
        : m_data(std::move(data))
    {
    }
    QString id() const override { return QStringLiteral("metrics"); }
    bool contribute(const ReportContext &ctx, ReportContribution *out, QString *error) const override
    {
        ReportSection section;
        section.id = QStringLiteral("metrics");
        section.title = ctx.strings.pick(QStringLiteral("Metrics"), QStringLiteral("Metriken"));
        section.order = 50;
        for (int s = 0; s + 1 < seriesCount; s += 2) {
            if (ctx.isCanceled()) {
                *error = QStringLiteral("cancelled");
                return false;
            }
            ReportChart chart;
            chart.title = m_data->names.at(s).section(QLatin1Char('/'), 0, 0);
            chart.series = { { QStringLiteral("old path"), QColor(0x6b, 0x72, 0x80), m_data->series.at(s) },
                { QStringLiteral("new path"), QColor(0x1d, 0x5f, 0xb3), m_data->series.at(s + 1) } };
            for (int i = 0; i < m_data->stepSeconds.size(); ++i)
                chart.markers.append({ m_data->start.addSecs(m_data->stepSeconds.at(i)),
                    QStringLiteral("step %1").arg(i + 1) });
            chart.limits.append({ 1.6 + 0.2 * s, QStringLiteral("SLO") });
            section.blocks.append(ReportBlock::figure(chart.render(ctx.figureSize),
                QStringLiteral("%1, old and new path (2 x 86,400 samples, steps dashed)").arg(chart.title)));
        }
        out->sections.append(section);
        return true;
    }

private:
    std::shared_ptr<const DayData> m_data;
};

// Stand-in for the incident-log contributor: 300 verified entries (and 20 drafts it must not give).
class BenchLogContributor : public ReportContributor {
public:
    explicit BenchLogContributor(const QDateTime &start)
        : m_start(start)
    {
    }
    QString id() const override { return QStringLiteral("incident-log"); }
    bool contribute(const ReportContext &ctx, ReportContribution *out, QString *) const override
    {
        ReportSection section;
        section.id = QStringLiteral("incident-log");
        section.title = ctx.strings.pick(QStringLiteral("Incident log"), QStringLiteral("Vorfallsprotokoll"));
        section.order = 60;
        QList<QStringList> rows;
        for (int i = 0; i < 320; ++i) {
            const bool verified = i % 16 != 15;
            if (!verified)
                continue; // the contract: drafts never leave the contributor
            const QDateTime at = m_start.addSecs(i * 270);
            const QString text
                = QStringLiteral("Entry %1: latency on the new path within limits; checked by the on-call "
                                 "engineer against the dashboard and the payment test run.")
                      .arg(i + 1);
            rows.append({ at.toUTC().toString(QStringLiteral("HH:mm:ss")), QStringLiteral("bob"),
                QStringLiteral("carol"), text });
            out->timeline.append(
                { at, QStringLiteral("incident.entry"), text, QStringLiteral("bob"), id(), true });
        }
        section.blocks.append(ReportBlock::table({ QStringLiteral("Time"), QStringLiteral("By"),
                                                     QStringLiteral("Verified by"), QStringLiteral("Entry") },
            rows));
        out->sections.append(section);
        return true;
    }

private:
    QDateTime m_start;
};

struct DaySession {
    QTemporaryDir dir;
    QString path;
    bool ok = false;
    QString error;
};

DaySession &daySession()
{
    static DaySession s;
    if (s.ok || !s.error.isEmpty())
        return s;
    s.path = s.dir.filePath(QStringLiteral("day.cutover"));
    Runbook rb;
    rb.name = QStringLiteral("Day-long bench");
    rb.language = QStringLiteral("en");
    for (int p = 0; p < 4; ++p) {
        RunbookPhase phase { QStringLiteral("Phase %1").arg(p + 1), {} };
        for (int t = 0; t < 50; ++t)
            phase.tasks.append(
                { QStringLiteral("Task %1.%2: check the adapter's queue depth and the reconciliation report")
                        .arg(p + 1)
                        .arg(t + 1),
                    QStringLiteral("Queue below 100, report balanced"), QStringLiteral("alice"), t % 5 == 0,
                    10 });
        rb.phases.append(phase);
    }
    SessionInfo info;
    info.name = QStringLiteral("Core banking adapter (bench)");
    info.goal = QStringLiteral("Move the payment adapter to the new platform without downtime");
    info.templateName = QStringLiteral("bench");
    info.rehearsal = true;
    auto session = CutoverSession::create(s.path, info, rb, QStringLiteral("alice"), &s.error);
    if (!session)
        return s;
    for (const ChecklistItem &it : session->allItems()) {
        session->setStatus(it.id, ItemStatus::Done, QStringLiteral("bob"));
        if (it.signOffRequired)
            session->signOff(it.id, QStringLiteral("carol"));
    }
    LessonsLearned notes(session.get());
    notes.setResultStatement({ QStringLiteral("Move the payment adapter without downtime"),
                                 QStringLiteral("Gates caught the latency regression at 5 %"),
                                 QStringLiteral("Reconciliation report still manual"), {}, {} },
        QStringLiteral("alice"));
    for (int i = 0; i < 5; ++i) {
        Lesson l;
        l.text = QStringLiteral("Lesson %1: the queue check needs a clearer threshold").arg(i + 1);
        l.action = QStringLiteral("Action %1: document the threshold in the runbook").arg(i + 1);
        l.owner = QStringLiteral("alice");
        l.change.kind = RunbookChange::Kind::Change;
        l.change.target = RunbookChange::Target::Expected;
        l.change.phase = QStringLiteral("Phase %1").arg(i % 4 + 1);
        l.change.task = QString::number(i + 1);
        l.change.expected = QStringLiteral("Queue below 50 for five minutes");
        notes.addLesson(l, QStringLiteral("alice"));
    }
    const QDateTime start = session->info().createdAt;
    ReportContributorRegistry::add(std::make_shared<BenchMetricsContributor>(makeDay(start)));
    ReportContributorRegistry::add(std::make_shared<BenchLogContributor>(start));
    s.ok = true;
    return s;
}

std::optional<double> exportMs(ReportExporter::Format format, QString *error)
{
    DaySession &s = daySession();
    if (!s.ok) {
        *error = s.error;
        return std::nullopt;
    }
    ReportExporter::Request r;
    r.sessionPath = s.path;
    r.format = format;
    r.outputPath = s.dir.filePath(QStringLiteral("report.") + ReportExporter::suffix(format));
    QElapsedTimer timer;
    timer.start();
    ReportProgress trace;
    if (qEnvironmentVariableIsSet("COCKPIT_BENCH_TRACE"))
        trace.report = [&timer](int percent, const QString &step) {
            fprintf(
                stderr, "%8.1f ms %3d%% %s\n", double(timer.nsecsElapsed()) / 1e6, percent, qPrintable(step));
        };
    const ActionResult result = ReportExporter::run(r, trace);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!result) {
        *error = result.error;
        return std::nullopt;
    }
    // Keep the output for a look: COCKPIT_BENCH_OUT=/some/folder.
    const QString keep = qEnvironmentVariable("COCKPIT_BENCH_OUT");
    if (!keep.isEmpty())
        QFile::copy(r.outputPath, QDir(keep).filePath(QFileInfo(r.outputPath).fileName()));
    return ms;
}

}

QList<BenchFigure> reportFigures()
{
    return {
        { QStringLiteral("report_pdf_day_ms"), QStringLiteral("ms"),
            [](QString *error) { return exportMs(ReportExporter::Format::Pdf, error); } },
        { QStringLiteral("report_html_day_ms"), QStringLiteral("ms"),
            [](QString *error) { return exportMs(ReportExporter::Format::Html, error); } },
    };
}
