// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

// What one dashboard refresh computes off the GUI thread: per chart the points of the old and the new
// path (display units, NaN = gap) and the value range, for the time range from..to.
struct DashboardFrame {
    struct Chart {
        QList<QPointF> oldPoints;
        QList<QPointF> newPoints;
        double minY = 0;
        double maxY = -1;
    };
    qint64 from = 0;
    qint64 to = 0;
    QList<Chart> charts;
    double elapsedMs = 0;
};
