// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/SeriesBuffer.h"

#include <QList>
#include <QPointF>

// Reduces a series to what a chart of a given pixel width can show, losing no spike: per pixel column it
// keeps the first, the minimum, the maximum and the last sample (in time order, each at most once).
// Gaps (NaN) are kept as one NaN point between runs. The sample just before and just after the window
// are kept too, so lines run to the edges. Pure; safe to run on any thread.
class Decimator {
public:
    struct Result {
        QList<QPointF> points; // x = time in ms since the epoch; y = value or NaN for a gap
        double minY = 0; // of the finite values in the window; minY > maxY when there are none
        double maxY = -1;
        qint64 inputPoints = 0; // samples looked at
    };

    static Result decimate(const SeriesSnapshot &series, qint64 from, qint64 to, int pixelWidth);
    // Every sample of the window (plus one each side), for comparison with plain charts.
    static Result all(const SeriesSnapshot &series, qint64 from, qint64 to);
};
