// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// One metric of the dashboard: the old and the new path in two colours, an optional SLO line, the
// shared time markers and a hover line. It only draws what it is given (already decimated points, NaN
// = gap) and reports the user's zoom/pan/hover gestures; the dashboard owns time range and data.
class MetricChartView : public QChartView {
    Q_OBJECT
public:
    struct Marker {
        qint64 t = 0;
        QString label;
        QColor color;
    };

    MetricChartView(const QString &title, const QString &unit, QWidget *parent = nullptr);

    static QColor oldColor();
    static QColor newColor();

    // Replaces the drawn data: one list per path (0 = old, 1 = new), x in ms since the epoch.
    void setData(const QList<QPointF> &oldPoints, const QList<QPointF> &newPoints);
    void setRanges(qint64 from, qint64 to, double minY, double maxY);
    void setSlo(double value, const QString &label); // NaN: none
    void setMarkers(const QList<Marker> *markers)
    {
        m_markers = markers;
        viewport()->update();
    }
    void setHoverTime(qint64 t); // 0: none
    void setPlaceholder(const QString &text);
    // Width in pixels of the plot area (what decimation reduces to).
    int plotWidth() const;
    qint64 timeAt(const QPoint &viewPos) const;

Q_SIGNALS:
    void hovered(qint64 t, const QPoint &globalPos);
    void zoomRequested(double factor, qint64 anchor);
    void panRequested(qint64 deltaMs);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void applyPath(int path, const QList<QPointF> &points);
    double xPosition(qint64 t) const;

    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_segments[2];
    double m_slo;
    QString m_sloLabel;
    const QList<Marker> *m_markers = nullptr;
    qint64 m_hover = 0;
    QString m_placeholder;
    bool m_dragging = false;
    QPoint m_dragOrigin;
    qint64 m_from = 0;
    qint64 m_to = 1;
};
