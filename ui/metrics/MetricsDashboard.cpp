// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsDashboard.h"

#include "metrics/DashboardFrame.h"
#include "metrics/Decimator.h"
#include "metrics/MetricHub.h"
#include "metrics/MetricSample.h"
#include "metrics/sources/MetricSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMinRefreshIntervalMs = 100; // at most 10 repaints a second

struct ChartJob {
    SeriesSnapshot oldSeries;
    SeriesSnapshot newSeries;
    double scale = 1;
    int width = 600;
};

void scalePoints(QList<QPointF> &points, double scale)
{
    if (scale == 1)
        return;
    for (QPointF &p : points)
        p.setY(p.y() * scale);
}

DashboardFrame computeFrame(const QList<ChartJob> &jobs, qint64 from, qint64 to, bool decimate)
{
    QElapsedTimer clock;
    clock.start();
    DashboardFrame frame;
    frame.from = from;
    frame.to = to;
    for (const ChartJob &job : jobs) {
        DashboardFrame::Chart chart;
        const Decimator::Result o = decimate ? Decimator::decimate(job.oldSeries, from, to, job.width)
                                             : Decimator::all(job.oldSeries, from, to);
        const Decimator::Result n = decimate ? Decimator::decimate(job.newSeries, from, to, job.width)
                                             : Decimator::all(job.newSeries, from, to);
        chart.oldPoints = o.points;
        chart.newPoints = n.points;
        scalePoints(chart.oldPoints, job.scale);
        scalePoints(chart.newPoints, job.scale);
        const bool hasO = o.minY <= o.maxY;
        const bool hasN = n.minY <= n.maxY;
        if (hasO || hasN) {
            chart.minY = std::min(hasO ? o.minY : n.minY, hasN ? n.minY : o.minY) * job.scale;
            chart.maxY = std::max(hasO ? o.maxY : n.maxY, hasN ? n.maxY : o.maxY) * job.scale;
        }
        frame.charts.append(chart);
    }
    frame.elapsedMs = clock.nsecsElapsed() / 1e6;
    return frame;
}

QColor markerColor(MetricsDashboard::MarkerKind kind)
{
    switch (kind) {
    case MetricsDashboard::MarkerKind::Step:
        return QColor(0x4a, 0x3a, 0xa8);
    case MetricsDashboard::MarkerKind::GatePass:
        return QColor(0x2e, 0x7d, 0x32);
    case MetricsDashboard::MarkerKind::GateFail:
        return QColor(0xc6, 0x28, 0x28);
    case MetricsDashboard::MarkerKind::GateInconclusive:
        return QColor(0xb2, 0x6a, 0x00);
    case MetricsDashboard::MarkerKind::Note:
        return QColor(0x55, 0x55, 0x55);
    }
    return Qt::black;
}

}

MetricsDashboard::MetricsDashboard(MetricHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_simulated = new QLabel(tr("SIMULATED DATA (demo)"), this);
    m_simulated->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #7a5200; font-weight: bold; "
                       "padding: 2px 8px; border: 1px solid #e0b84d; }"));
    m_simulated->setVisible(false);
    bar->addWidget(m_simulated);
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    m_windowBox = new QComboBox(this);
    m_windowBox->addItem(tr("Last 15 minutes"));
    m_windowBox->addItem(tr("Last hour"));
    m_windowBox->addItem(tr("Whole session"));
    m_windowBox->setToolTip(tr("Time window of all charts (Home: whole session)"));
    windowLabel->setBuddy(m_windowBox);
    bar->addWidget(windowLabel);
    bar->addWidget(m_windowBox);
    m_liveBox = new QCheckBox(tr("Fo&llow live"), this);
    m_liveBox->setChecked(true);
    m_liveBox->setToolTip(tr("Keep the newest samples in view (End). Zooming or panning stops following."));
    bar->addWidget(m_liveBox);
    auto *legend = new QLabel(this);
    legend->setText(
        tr("<span style='color:%1'>&#9632; old path</span> &nbsp; <span style='color:%2'>&#9632; new "
           "path</span> &nbsp; <span style='color:#c62828'>- - SLO</span>")
            .arg(MetricChartView::oldColor().name(), MetricChartView::newColor().name()));
    bar->addWidget(legend);
    bar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status);
    layout->addLayout(bar);
    m_grid = new QWidget(this);
    layout->addWidget(m_grid, 1);
    auto *hint = new QLabel(
        tr("Wheel or + / − zooms, drag or ← / → pans, Home shows the whole session, End follows live."),
        this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);

    connect(m_windowBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { setTimeWindow(static_cast<Window>(index)); });
    connect(m_liveBox, &QCheckBox::toggled, this, &MetricsDashboard::setLiveFollow);

    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MetricsDashboard::startRefresh);
    connect(&m_watcher, &QFutureWatcher<DashboardFrame>::finished, this, &MetricsDashboard::applyFrame);
    if (m_hub) {
        connect(m_hub, &MetricHub::samplesAppended, this, &MetricsDashboard::scheduleRefresh);
        connect(m_hub, &MetricHub::sourceError, this, &MetricsDashboard::updateStatus);
        connect(m_hub, &MetricHub::sourceRecovered, this, &MetricsDashboard::updateStatus);
        connect(m_hub, &MetricHub::storeError, this,
            [this](const QString &message) { m_status->setText(tr("Saving samples: %1").arg(message)); });
    }
    setCharts(defaultCharts());
    m_sinceRefresh.start();
    updateStatus();
}

MetricsDashboard::~MetricsDashboard()
{
    m_watcher.waitForFinished();
}

QList<MetricsDashboard::ChartSpec> MetricsDashboard::defaultCharts()
{
    return {
        { QStringLiteral("error_ratio"), tr("Error ratio"), QStringLiteral("%"), 100 },
        { QStringLiteral("request_rate"), tr("Throughput"), tr("req/s"), 1 },
        { QStringLiteral("p50_seconds"), tr("Latency p50"), QStringLiteral("ms"), 1000 },
        { QStringLiteral("p95_seconds"), tr("Latency p95"), QStringLiteral("ms"), 1000 },
        { QStringLiteral("p99_seconds"), tr("Latency p99"), QStringLiteral("ms"), 1000 },
    };
}

void MetricsDashboard::setCharts(const QList<ChartSpec> &charts)
{
    m_watcher.waitForFinished();
    m_applying = false; // a frame being applied belongs to the old charts
    m_frame = DashboardFrame();
    qDeleteAll(m_views);
    m_views.clear();
    delete m_grid->layout();
    m_specs = charts;
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int i = 0; i < charts.size(); ++i) {
        auto *view = new MetricChartView(charts.at(i).title, charts.at(i).unit, m_grid);
        view->setMarkers(&m_markers);
        view->setMinimumHeight(170);
        connect(view, &MetricChartView::zoomRequested, this, &MetricsDashboard::zoom);
        connect(view, &MetricChartView::panRequested, this, &MetricsDashboard::pan);
        connect(view, &MetricChartView::hovered, this, &MetricsDashboard::hover);
        // Error ratio and throughput side by side on top, the latency percentiles in a row below.
        if (charts.size() == 5)
            grid->addWidget(view, i < 2 ? 0 : 1, i < 2 ? i * 3 : (i - 2) * 2, 1, i < 2 ? 3 : 2);
        else
            grid->addWidget(view, i / 2, i % 2);
        m_views.append(view);
        const auto slo = m_slo.constFind(charts.at(i).metric);
        if (slo != m_slo.constEnd())
            setSloThreshold(charts.at(i).metric, *slo);
    }
    scheduleRefresh();
}

void MetricsDashboard::addMarker(const QDateTime &time, const QString &label, MarkerKind kind)
{
    m_markers.append({ time.toMSecsSinceEpoch(), label, markerColor(kind) });
    std::sort(m_markers.begin(), m_markers.end(),
        [](const MetricChartView::Marker &a, const MetricChartView::Marker &b) { return a.t < b.t; });
    for (MetricChartView *v : std::as_const(m_views))
        v->setMarkers(&m_markers);
}

void MetricsDashboard::setSloThreshold(const QString &metric, double value)
{
    m_slo.insert(metric, value);
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).metric != metric)
            continue;
        const double shown = value * m_specs.at(i).scale;
        m_views.at(i)->setSlo(
            shown, tr("SLO %1 %2").arg(QLocale().toString(shown, 'g', 4), m_specs.at(i).unit));
    }
    scheduleRefresh();
}

qint64 MetricsDashboard::windowSpan() const
{
    switch (m_window) {
    case Window::Last15Minutes:
        return 15 * 60 * 1000LL;
    case Window::LastHour:
        return 60 * 60 * 1000LL;
    case Window::WholeSession:
        break;
    }
    const qint64 span = m_hub ? m_hub->lastTime() - m_hub->firstTime() : 0;
    return std::max<qint64>(span, 60 * 1000LL);
}

void MetricsDashboard::setTimeWindow(Window window)
{
    m_window = window;
    if (m_windowBox->currentIndex() != int(window)) {
        const QSignalBlocker block(m_windowBox);
        m_windowBox->setCurrentIndex(int(window));
    }
    setLiveFollow(true);
}

void MetricsDashboard::setLiveFollow(bool follow)
{
    m_live = follow;
    if (m_liveBox->isChecked() != follow) {
        const QSignalBlocker block(m_liveBox);
        m_liveBox->setChecked(follow);
    }
    scheduleRefresh();
}

void MetricsDashboard::setVisibleRange(qint64 from, qint64 to)
{
    m_from = from;
    m_to = std::max(from + 1000, to);
    setLiveFollow(false);
}

void MetricsDashboard::setDecimationEnabled(bool enabled)
{
    m_decimate = enabled;
    scheduleRefresh();
}

void MetricsDashboard::updateRange()
{
    if (!m_live)
        return;
    const qint64 span = windowSpan();
    qint64 end = m_hub && m_hub->sampleCount() ? m_hub->lastTime() : QDateTime::currentMSecsSinceEpoch();
    if (m_window == Window::WholeSession && m_hub && m_hub->sampleCount()) {
        m_from = m_hub->firstTime();
        m_to = std::max(end, m_from + span);
        return;
    }
    m_to = end;
    m_from = end - span;
}

void MetricsDashboard::scheduleRefresh()
{
    m_dirty = true;
    if (isRefreshing() || m_refreshTimer.isActive())
        return; // the running refresh or the pending timer picks this up
    const qint64 since = m_sinceRefresh.elapsed();
    m_refreshTimer.start(int(std::max<qint64>(0, kMinRefreshIntervalMs - since)));
}

void MetricsDashboard::refreshNow()
{
    m_dirty = true;
    m_refreshTimer.stop();
    if (!isRefreshing())
        startRefresh();
}

void MetricsDashboard::startRefresh()
{
    if (isRefreshing())
        return;
    m_dirty = false;
    m_sinceRefresh.restart();
    updateRange();
    QList<ChartJob> jobs;
    for (int i = 0; i < m_specs.size(); ++i) {
        ChartJob job;
        if (m_hub) {
            job.oldSeries
                = m_hub->snapshot(MetricSeries::name(m_specs.at(i).metric, MetricSeries::oldPath()));
            job.newSeries
                = m_hub->snapshot(MetricSeries::name(m_specs.at(i).metric, MetricSeries::newPath()));
        }
        job.scale = m_specs.at(i).scale;
        job.width = m_views.at(i)->plotWidth();
        jobs.append(job);
    }
    m_watcher.setFuture(QtConcurrent::run(computeFrame, jobs, m_from, m_to, m_decimate));
}

void MetricsDashboard::applyFrame()
{
    m_frame = m_watcher.result();
    m_lastDecimationMs = m_frame.elapsedMs;
    m_applyIndex = 0;
    m_lastApplyMs = 0;
    m_applying = true;
    applyNextChart();
}

// One chart per event-loop turn: handing points to QtCharts costs a few milliseconds per chart, and
// the GUI thread stays responsive in between.
void MetricsDashboard::applyNextChart()
{
    if (!m_applying)
        return;
    QElapsedTimer clock;
    clock.start();
    if (m_applyIndex < m_views.size() && m_applyIndex < m_frame.charts.size()) {
        const DashboardFrame::Chart &c = m_frame.charts.at(m_applyIndex);
        MetricChartView *view = m_views.at(m_applyIndex);
        view->setData(c.oldPoints, c.newPoints);
        view->setRanges(m_frame.from, m_frame.to, c.minY, c.maxY);
        view->setPlaceholder(
            c.oldPoints.isEmpty() && c.newPoints.isEmpty() ? tr("No samples in this time range") : QString());
        ++m_applyIndex;
        m_lastApplyMs += clock.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(this, &MetricsDashboard::applyNextChart, Qt::QueuedConnection);
        return;
    }
    m_applying = false;
    m_frame = DashboardFrame();
    updateStatus();
    m_lastApplyMs += clock.nsecsElapsed() / 1e6;
    Q_EMIT refreshed();
    if (m_dirty)
        scheduleRefresh();
}

void MetricsDashboard::updateStatus()
{
    if (!m_hub)
        return;
    m_simulated->setVisible(m_hub->hasSimulatedSource());
    QStringList parts;
    const auto sources = m_hub->sources();
    for (MetricSource *s : sources) {
        if (!s->lastError().isEmpty())
            parts.append(tr("<span style='color:#c62828'>%1: %2</span>")
                             .arg(s->displayName().toHtmlEscaped(), s->lastError().toHtmlEscaped()));
        else
            parts.append(s->displayName().toHtmlEscaped());
    }
    parts.append(tr("%n sample(s)", nullptr, int(std::min<qint64>(m_hub->sampleCount(), INT_MAX))));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void MetricsDashboard::zoom(double factor, qint64 anchor)
{
    const qint64 span = std::max<qint64>(10000, qint64(double(m_to - m_from) * factor));
    const double f = m_to > m_from ? double(anchor - m_from) / double(m_to - m_from) : 0.5;
    const qint64 from = anchor - qint64(f * double(span));
    setVisibleRange(from, from + span);
}

void MetricsDashboard::pan(qint64 deltaMs)
{
    setVisibleRange(m_from + deltaMs, m_to + deltaMs);
}

QString MetricsDashboard::tooltipText(qint64 t) const
{
    if (!m_hub)
        return {};
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>")
                     .arg(QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    for (const ChartSpec &spec : m_specs) {
        QStringList values;
        for (const QString &path : { MetricSeries::oldPath(), MetricSeries::newPath() }) {
            const SeriesBuffer *b = m_hub->buffer(MetricSeries::name(spec.metric, path));
            qint64 at = 0;
            double v = 0;
            QString text = tr("–");
            if (b && b->nearest(t, &at, &v)
                && std::llabs(at - t) <= std::max<qint64>(5000, (m_to - m_from) / 200))
                text = std::isnan(v)
                    ? tr("no data")
                    : QLocale().toString(v * spec.scale, 'g', 5) + QLatin1Char(' ') + spec.unit;
            values.append(
                QStringLiteral("<span style='color:%1'>%2 %3</span>")
                    .arg((path == MetricSeries::oldPath() ? MetricChartView::oldColor()
                                                          : MetricChartView::newColor())
                             .name(),
                        path == MetricSeries::oldPath() ? tr("old") : tr("new"), text.toHtmlEscaped()));
        }
        lines.append(tr("%1: %2").arg(spec.title.toHtmlEscaped(), values.join(QStringLiteral(" · "))));
    }
    for (const MetricChartView::Marker &m : m_markers) {
        if (std::llabs(m.t - t) <= (m_to - m_from) / 100)
            lines.append(tr("marker: %1").arg(m.label.toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

void MetricsDashboard::hover(qint64 t, const QPoint &globalPos)
{
    for (MetricChartView *v : std::as_const(m_views))
        v->setHoverTime(t);
    if (t == 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, tooltipText(t), this);
}

void MetricsDashboard::keyPressEvent(QKeyEvent *event)
{
    const qint64 span = m_to - m_from;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8, m_from + span / 2);
        break;
    case Qt::Key_Minus:
        zoom(1.25, m_from + span / 2);
        break;
    case Qt::Key_Left:
        pan(-span / 10);
        break;
    case Qt::Key_Right:
        pan(span / 10);
        break;
    case Qt::Key_Home:
        setTimeWindow(Window::WholeSession);
        break;
    case Qt::Key_End:
        setLiveFollow(true);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MetricsDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshNow();
}

void MetricsDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRefresh(); // the pixel width changed
}
