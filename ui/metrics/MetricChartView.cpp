// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricChartView.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>
#include <limits>

MetricChartView::MetricChartView(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(
        new QChart, parent) // not setChart() later: Qt 6.4 then lays out the time axis without labels
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_slo(std::numeric_limits<double>::quiet_NaN())
{
    QChart *chart = this->chart();
    chart->setTitle(unit.isEmpty() ? title : tr("%1 (%2)").arg(title, unit));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide(); // the dashboard shows one legend for all charts
    chart->setAnimationOptions(QChart::NoAnimation);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(7);
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    m_y->setTickCount(5);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing, true);
    setMouseTracking(true);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::NoFocus); // the dashboard takes the keys
    // The chart is repainted as a whole when data changes; caching buys nothing.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    applyPath(0, {});
    applyPath(1, {});
}

QColor MetricChartView::oldColor()
{
    return QColor(0x1f, 0x77, 0xb4); // blue
}

QColor MetricChartView::newColor()
{
    return QColor(0xe6, 0x6b, 0x00); // orange: tells apart from blue also for colour-blind eyes
}

void MetricChartView::applyPath(int path, const QList<QPointF> &points)
{
    // Split at NaN gaps: each run becomes one QLineSeries of the path, so gaps stay visible.
    QList<QList<QPointF>> runs;
    QList<QPointF> current;
    for (const QPointF &p : points) {
        if (std::isnan(p.y())) {
            if (!current.isEmpty())
                runs.append(current);
            current.clear();
        } else {
            current.append(p);
        }
    }
    if (!current.isEmpty())
        runs.append(current);
    QList<QLineSeries *> &segments = m_segments[path];
    const int needed = std::max<int>(1, int(runs.size()));
    while (segments.size() < needed) {
        auto *s = new QLineSeries;
        QPen pen(path == 0 ? oldColor() : newColor());
        pen.setWidthF(1.0); // width ≤ 1 takes the raster engine's fast cosmetic stroker: many times faster on
                            // dense series
        s->setPen(pen);
        s->setName(path == 0 ? tr("old path") : tr("new path"));
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        segments.append(s);
    }
    for (int i = 0; i < segments.size(); ++i) {
        QLineSeries *s = segments.at(i);
        if (i < runs.size())
            s->replace(runs.at(i));
        else if (s->count() > 0)
            s->clear();
    }
}

void MetricChartView::setData(const QList<QPointF> &oldPoints, const QList<QPointF> &newPoints)
{
    applyPath(0, oldPoints);
    applyPath(1, newPoints);
}

void MetricChartView::setRanges(qint64 from, qint64 to, double minY, double maxY)
{
    m_from = from;
    m_to = std::max(from + 1, to);
    const qint64 span = m_to - m_from;
    const QString format = span > 2 * 86400000LL ? QStringLiteral("dd.MM HH:mm")
        : span > 600000                          ? QStringLiteral("HH:mm")
                                                 : QStringLiteral("HH:mm:ss");
    if (m_x->format() != format)
        m_x->setFormat(format);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    if (std::isfinite(m_slo)) {
        minY = std::min(minY, m_slo);
        maxY = std::max(maxY, m_slo);
    }
    if (!(minY <= maxY)) {
        minY = 0;
        maxY = 1;
    }
    // A range on round numbers: 4 to 6 intervals of 1, 2 or 5 × 10^n.
    const double pad = (maxY - minY) * 0.05 + (maxY == minY ? std::max(std::abs(maxY) * 0.1, 1e-6) : 0);
    double lo = minY - pad;
    double hi = maxY + pad;
    if (minY >= 0 && lo < 0)
        lo = 0;
    const double raw = (hi - lo) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double f : { 1.0, 2.0, 5.0, 10.0 }) {
        step = f * magnitude;
        if (step >= raw)
            break;
    }
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    m_y->setRange(lo, hi);
    m_y->setTickCount(int(std::lround((hi - lo) / step)) + 1);
    viewport()->update();
}

void MetricChartView::setSlo(double value, const QString &label)
{
    m_slo = value;
    m_sloLabel = label;
    viewport()->update();
}

void MetricChartView::setHoverTime(qint64 t)
{
    if (m_hover == t)
        return;
    m_hover = t;
    viewport()->update();
}

void MetricChartView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

int MetricChartView::plotWidth() const
{
    const int w = int(chart()->plotArea().width());
    return w > 10 ? w : std::max(100, width() - 80);
}

double MetricChartView::xPosition(qint64 t) const
{
    const QRectF plot = chart()->plotArea();
    return plot.left() + plot.width() * double(t - m_from) / double(m_to - m_from);
}

qint64 MetricChartView::timeAt(const QPoint &viewPos) const
{
    const QPointF scenePos = mapToScene(viewPos);
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    const QRectF plot = chart()->plotArea();
    const double f = plot.width() > 0 ? (chartPos.x() - plot.left()) / plot.width() : 0;
    return m_from + qint64(f * double(m_to - m_from));
}

void MetricChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -60, 1, 1));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics fm(small);

    if (std::isfinite(m_slo)) {
        const QPointF p = chart()->mapToScene(chart()->mapToPosition(QPointF(double(m_from), m_slo)));
        if (p.y() >= plot.top() && p.y() <= plot.bottom()) {
            QPen pen(QColor(0xc6, 0x28, 0x28));
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.5);
            painter->setPen(pen);
            painter->drawLine(QPointF(plot.left(), p.y()), QPointF(plot.right(), p.y()));
            const QRectF box(
                plot.left() + 3, p.y() - fm.height() - 1, fm.horizontalAdvance(m_sloLabel) + 6, fm.height());
            painter->fillRect(box, QColor(255, 255, 255, 215));
            painter->drawText(box.adjusted(3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, m_sloLabel);
        }
    }
    if (m_markers) {
        int row = 0;
        for (const Marker &m : *m_markers) {
            if (m.t < m_from || m.t > m_to)
                continue;
            const double x = chart()->mapToScene(QPointF(xPosition(m.t), 0)).x();
            QPen pen(m.color);
            pen.setWidthF(1.5);
            pen.setStyle(Qt::DotLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            const QRectF box(x + 2, plot.top() + 2 + (row % 3) * (fm.height() + 2),
                fm.horizontalAdvance(m.label) + 6, fm.height());
            painter->fillRect(box, QColor(255, 255, 255, 215));
            painter->setPen(m.color.darker(130));
            painter->drawText(box.adjusted(3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, m.label);
            ++row;
        }
    }
    if (m_hover >= m_from && m_hover <= m_to && m_hover != 0) {
        const double x = chart()->mapToScene(QPointF(xPosition(m_hover), 0)).x();
        painter->setPen(QPen(QColor(90, 90, 90, 160), 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (!m_placeholder.isEmpty()) {
        painter->setPen(QColor(110, 110, 110));
        painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
    painter->restore();
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const int dx = event->position().toPoint().x() - m_dragOrigin.x();
        const double plotW = chart()->plotArea().width();
        if (plotW > 0 && dx != 0) {
            Q_EMIT panRequested(-qint64(double(dx) / plotW * double(m_to - m_from)));
            m_dragOrigin = event->position().toPoint();
        }
        event->accept();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QPointF chartPos = chart()->mapFromScene(mapToScene(pos));
    if (chart()->plotArea().contains(chartPos))
        Q_EMIT hovered(timeAt(pos), event->globalPosition().toPoint());
    else
        Q_EMIT hovered(0, QPoint());
    QChartView::mouseMoveEvent(event);
}

void MetricChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragOrigin = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricChartView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        Q_EMIT zoomRequested(std::pow(0.8, steps), timeAt(event->position().toPoint()));
    event->accept();
}

void MetricChartView::leaveEvent(QEvent *event)
{
    Q_EMIT hovered(0, QPoint());
    QChartView::leaveEvent(event);
}
