// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// A "nice" step (1, 2 or 5 times a power of ten) for about `count` grid lines over `range`.
double niceStep(double range, int count)
{
    if (range <= 0)
        return 1;
    const double raw = range / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : { 1.0, 2.0, 5.0, 10.0 }) {
        if (raw <= f * magnitude)
            return f * magnitude;
    }
    return 10 * magnitude;
}

}

QImage ReportChart::render(const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double unitPx = size.height() / 40.0; // everything scales with the image
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(8, int(unitPx * 1.1)));
    QFont titleFont = font;
    titleFont.setPixelSize(qMax(10, int(unitPx * 1.5)));
    titleFont.setBold(true);
    const QFontMetricsF fm(font);

    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    bool any = false;
    for (const Series &s : series) {
        for (const QPointF &pt : s.points) {
            if (!std::isfinite(pt.y()))
                continue;
            if (!any) {
                x0 = x1 = pt.x();
                y0 = y1 = pt.y();
                any = true;
            }
            x0 = qMin(x0, pt.x());
            x1 = qMax(x1, pt.x());
            y0 = qMin(y0, pt.y());
            y1 = qMax(y1, pt.y());
        }
    }
    for (const Limit &l : limits) {
        y0 = qMin(y0, l.value);
        y1 = qMax(y1, l.value);
    }
    if (!any)
        x1 = x0 + 1;
    if (y1 <= y0)
        y1 = y0 + 1;
    const double yStep = niceStep(y1 - y0, 5);
    y0 = std::floor(y0 / yStep) * yStep;
    y1 = std::ceil(y1 / yStep) * yStep;

    const QRectF plot(fm.horizontalAdvance(QStringLiteral("00000.00")) + unitPx, unitPx * 4.5,
        size.width() - fm.horizontalAdvance(QStringLiteral("00000.00")) - unitPx * 2.5,
        size.height() - unitPx * 8);
    auto px = [&](double x) { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); };
    auto py = [&](double y) { return plot.bottom() - (y - y0) / (y1 - y0) * plot.height(); };

    // Title, unit and legend.
    p.setPen(QColor(0x1d, 0x24, 0x30));
    p.setFont(titleFont);
    p.drawText(QRectF(plot.left(), 0, plot.width(), unitPx * 2.6), Qt::AlignLeft | Qt::AlignVCenter,
        unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, unit));
    p.setFont(font);
    double legendX = plot.left();
    for (const Series &s : series) {
        p.fillRect(QRectF(legendX, unitPx * 2.9, unitPx * 1.6, unitPx * 0.6), s.color);
        legendX += unitPx * 2;
        p.setPen(QColor(0x1d, 0x24, 0x30));
        p.drawText(QPointF(legendX, unitPx * 3.5), s.name);
        legendX += fm.horizontalAdvance(s.name) + unitPx * 2;
    }

    // Grid and axes.
    const QColor grid(0xdd, 0xe2, 0xea);
    const QColor label(0x4a, 0x55, 0x68);
    for (double y = y0; y <= y1 + yStep / 2; y += yStep) {
        p.setPen(QPen(grid, qMax(1.0, unitPx / 10)));
        p.drawLine(QPointF(plot.left(), py(y)), QPointF(plot.right(), py(y)));
        p.setPen(label);
        p.drawText(QRectF(0, py(y) - unitPx, plot.left() - unitPx * 0.5, unitPx * 2),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(y, 'g', 4));
    }
    const double hourMs = 3600.0 * 1000;
    const double spanHours = (x1 - x0) / hourMs;
    const double xStep = spanHours > 1 ? niceStep(spanHours, 8) * hourMs : niceStep(x1 - x0, 8);
    for (double x = std::ceil(x0 / xStep) * xStep; x <= x1; x += xStep) {
        p.setPen(QPen(grid, qMax(1.0, unitPx / 10)));
        p.drawLine(QPointF(px(x), plot.top()), QPointF(px(x), plot.bottom()));
        p.setPen(label);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC);
        p.drawText(QRectF(px(x) - unitPx * 4, plot.bottom() + unitPx * 0.4, unitPx * 8, unitPx * 2),
            Qt::AlignCenter, t.toString(QStringLiteral("HH:mm")));
    }
    p.setPen(label);
    p.drawText(QRectF(plot.left(), plot.bottom() + unitPx * 2.2, plot.width(), unitPx * 1.8), Qt::AlignCenter,
        QStringLiteral("UTC, %1 – %2")
            .arg(QDateTime::fromMSecsSinceEpoch(qint64(x0), Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QDateTime::fromMSecsSinceEpoch(qint64(x1), Qt::UTC)
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    p.setPen(QPen(label, qMax(1.0, unitPx / 8)));
    p.drawRect(plot);

    // Series: per pixel column the min/max band (lighter) and the mean (line). Decimating first keeps a
    // day of one-second samples as cheap to draw as a few thousand points.
    const int columns = qMax(1, int(plot.width()));
    p.save();
    p.setClipRect(plot);
    for (const Series &s : series) {
        // Opaque, lighter band drawn pixel-aligned without antialiasing: crisp in print, and few distinct
        // colours, which keeps the image quick to compress (PNG for HTML, Flate/DCT inside the PDF).
        const QColor band = QColor::fromRgbF(
            0.72 + 0.28 * s.color.redF(), 0.72 + 0.28 * s.color.greenF(), 0.72 + 0.28 * s.color.blueF());
        QPainterPath mean;
        bool started = false;
        int i = 0;
        const int n = int(s.points.size());
        p.setPen(QPen(band, 1.0));
        p.setRenderHint(QPainter::Antialiasing, false);
        for (int c = 0; c < columns && i < n; ++c) {
            const double limit = x0 + (x1 - x0) * (c + 1) / columns;
            double lo = 0, hi = 0, sum = 0;
            int count = 0;
            for (; i < n && (s.points.at(i).x() <= limit || c == columns - 1); ++i) {
                const double y = s.points.at(i).y();
                if (!std::isfinite(y))
                    continue;
                lo = count == 0 ? y : qMin(lo, y);
                hi = count == 0 ? y : qMax(hi, y);
                sum += y;
                ++count;
            }
            if (count == 0)
                continue; // a gap stays a gap in the band; the mean line bridges it
            const double x = plot.left() + c + 0.5;
            if (hi > lo)
                p.drawLine(QLineF(std::floor(x), py(lo), std::floor(x), py(hi)));
            const QPointF m(x, py(sum / count));
            started ? mean.lineTo(m) : mean.moveTo(m);
            started = true;
        }
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(s.color, qMax(1.5, unitPx / 5)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(mean);
    }
    for (const Limit &l : limits) {
        p.setPen(QPen(QColor(0xb3, 0x6b, 0x00), qMax(1.0, unitPx / 6), Qt::DotLine));
        p.drawLine(QPointF(plot.left(), py(l.value)), QPointF(plot.right(), py(l.value)));
        p.drawText(QPointF(plot.left() + unitPx * 0.5, py(l.value) - unitPx * 0.3), l.label);
    }
    for (const Marker &m : markers) {
        const double x = px(double(m.at.toMSecsSinceEpoch()));
        p.setPen(QPen(QColor(0xb3, 0x26, 0x1e), qMax(1.0, unitPx / 6), Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        // The label right of the line, or left of it when it would run past the plot's right edge.
        const double width = p.fontMetrics().horizontalAdvance(m.label);
        const double labelX
            = x + unitPx * 0.4 + width > plot.right() ? x - unitPx * 0.4 - width : x + unitPx * 0.4;
        p.drawText(QPointF(labelX, plot.top() + unitPx * 1.4), m.label);
    }
    p.restore();
    return image;
}
