// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/DashboardFrame.h"
#include "metrics/MetricChartView.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class MetricHub;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// The live metrics panel: one chart per metric (error ratio, p50/p95/p99 latency, throughput), old and
// new path side by side, SLO lines, step and gate markers on the shared time axis, hover tooltips,
// live-follow, time windows and zoom/pan (mouse wheel and drag; keys + - ← → Home End).
// It shows what the MetricHub holds: data is decimated to each chart's pixel width on a worker thread
// and the charts are refreshed at most ten times a second, so a day or a week of samples stays smooth.
class MetricsDashboard : public QWidget {
    Q_OBJECT
public:
    enum class Window { Last15Minutes, LastHour, WholeSession };
    enum class MarkerKind { Step, GatePass, GateFail, GateInconclusive, Note };
    struct ChartSpec {
        QString metric; // e.g. "error_ratio"; series metric/old and metric/new
        QString title;
        QString unit;
        double scale = 1; // display = value × scale (100 for %, 1000 for ms)
    };

    explicit MetricsDashboard(MetricHub *hub, QWidget *parent = nullptr);
    ~MetricsDashboard() override;

    static QList<ChartSpec> defaultCharts();
    void setCharts(const QList<ChartSpec> &charts);

    // A marker on the time axis of every chart, e.g. addMarker(t, "25 %", MarkerKind::Step) or
    // addMarker(t, "gate: pass", MarkerKind::GatePass).
    void addMarker(const QDateTime &time, const QString &label, MarkerKind kind);
    // The SLO line of a metric, in the metric's own unit (e.g. 0.005 for an error ratio of 0.5 %).
    void setSloThreshold(const QString &metric, double value);

    void setTimeWindow(Window window);
    Window timeWindow() const { return m_window; }
    void setLiveFollow(bool follow);
    bool liveFollow() const { return m_live; }
    // Shows a fixed time range (zoom/pan); ends live-follow.
    void setVisibleRange(qint64 from, qint64 to);
    qint64 visibleFrom() const { return m_from; }
    qint64 visibleTo() const { return m_to; }

    // For the benchmark: draw every sample instead of the decimated series.
    void setDecimationEnabled(bool enabled);
    // Starts a refresh now (still off the GUI thread); refreshed() follows.
    void refreshNow();
    bool isRefreshing() const { return m_watcher.isRunning() || m_applying; }
    // Milliseconds the last refresh spent on the worker thread (decimation).
    double lastDecimationMs() const { return m_lastDecimationMs; }
    // Milliseconds the last refresh spent on the GUI thread handing the points to the charts.
    double lastApplyMs() const { return m_lastApplyMs; }
    // The tooltip text for time t (exact sample values nearest to t).
    QString tooltipText(qint64 t) const;

Q_SIGNALS:
    void refreshed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // However the dashboard comes into view (a tab clicked, Ctrl+3), it draws what came in while hidden.
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void startRefresh();
    void applyFrame();
    void applyNextChart();
    void updateRange();
    void zoom(double factor, qint64 anchor);
    void pan(qint64 deltaMs);
    void hover(qint64 t, const QPoint &globalPos);
    void updateStatus();
    qint64 windowSpan() const;

    MetricHub *m_hub;
    QList<ChartSpec> m_specs;
    QList<MetricChartView *> m_views;
    QHash<QString, double> m_slo;
    QList<MetricChartView::Marker> m_markers;
    QComboBox *m_windowBox;
    QCheckBox *m_liveBox;
    QLabel *m_status;
    QLabel *m_simulated;
    QWidget *m_grid;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    QFutureWatcher<DashboardFrame> m_watcher;
    bool m_dirty = false;
    bool m_decimate = true;
    Window m_window = Window::Last15Minutes;
    bool m_live = true;
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_lastDecimationMs = 0;
    double m_lastApplyMs = 0;
    DashboardFrame m_frame; // being applied, one chart per event-loop turn
    int m_applyIndex = 0;
    bool m_applying = false;
};
