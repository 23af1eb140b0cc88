// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

// Draws a time-series chart for a printed report (QtGui only, so it runs on the export worker): each
// series decimated to the pixel width as a min/max band with its mean line, time axis in UTC, value grid,
// a legend, dashed markers (traffic steps) and optional horizontal limits (SLOs). Meant for contributors
// that put metric charts into a report (ReportBlock::figure).
class ReportChart {
public:
    struct Series {
        QString name;
        QColor color;
        QList<QPointF> points; // x: milliseconds since the epoch (UTC), y: value; sorted by x
    };
    struct Marker {
        QDateTime at;
        QString label;
    };
    struct Limit {
        double value = 0;
        QString label;
    };

    QString title;
    QString unit;
    QList<Series> series;
    QList<Marker> markers;
    QList<Limit> limits;

    QImage render(const QSize &size) const;
};
