// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Decimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Walks the samples of a snapshot from the last sample before `from` to the first after `to`.
template <typename Visit> qint64 walk(const SeriesSnapshot &series, qint64 from, qint64 to, Visit visit)
{
    // Find the chunk and index of the first sample >= from, then step back one sample.
    int ci
        = int(std::lower_bound(series.begin(), series.end(), from,
                  [](const std::shared_ptr<const SeriesChunk> &c, qint64 t) { return c->t.constLast() < t; })
            - series.begin());
    qsizetype i = 0;
    if (ci < series.size())
        i = std::lower_bound(series.at(ci)->t.begin(), series.at(ci)->t.end(), from)
            - series.at(ci)->t.begin();
    else if (!series.isEmpty()) {
        ci = int(series.size()) - 1;
        i = series.at(ci)->t.size();
    }
    if (i > 0) {
        --i;
    } else if (ci > 0) {
        --ci;
        i = series.at(ci)->t.size() - 1;
    }
    qint64 visited = 0;
    for (; ci < series.size(); ++ci, i = 0) {
        const SeriesChunk &c = *series.at(ci);
        const qsizetype n = c.t.size();
        for (; i < n; ++i) {
            const qint64 t = c.t.at(i);
            visit(t, c.v.at(i));
            ++visited;
            if (t > to)
                return visited;
        }
    }
    return visited;
}

void track(Decimator::Result &r, double v)
{
    if (std::isnan(v))
        return;
    if (r.minY > r.maxY) {
        r.minY = r.maxY = v;
    } else {
        r.minY = std::min(r.minY, v);
        r.maxY = std::max(r.maxY, v);
    }
}

}

Decimator::Result Decimator::all(const SeriesSnapshot &series, qint64 from, qint64 to)
{
    Result r;
    r.inputPoints = walk(series, from, to, [&r, from, to](qint64 t, double v) {
        r.points.append(QPointF(double(t), v));
        if (t >= from && t <= to)
            track(r, v);
    });
    return r;
}

Decimator::Result Decimator::decimate(const SeriesSnapshot &series, qint64 from, qint64 to, int pixelWidth)
{
    Result r;
    const int width = std::max(1, pixelWidth);
    const double span = double(std::max<qint64>(1, to - from));
    r.points.reserve(width * 4 + 4);

    // The current run: consecutive finite samples of one column.
    struct Sample {
        qint64 t;
        double v;
        qint64 index;
    };
    bool inRun = false;
    Sample first {}, lo {}, hi {}, last {};
    long long runColumn = std::numeric_limits<long long>::min();
    qint64 index = 0;
    bool lastEmittedGap = true; // no leading NaN

    auto flush = [&] {
        if (!inRun)
            return;
        Sample picks[4] = { first, lo, hi, last };
        std::sort(std::begin(picks), std::end(picks),
            [](const Sample &a, const Sample &b) { return a.index < b.index; });
        qint64 previousIndex = -1;
        for (const Sample &s : picks) {
            if (s.index == previousIndex)
                continue;
            previousIndex = s.index;
            r.points.append(QPointF(double(s.t), s.v));
        }
        lastEmittedGap = false;
        inRun = false;
    };

    r.inputPoints = walk(series, from, to, [&](qint64 t, double v) {
        const qint64 myIndex = index++;
        if (std::isnan(v)) {
            flush();
            if (!lastEmittedGap) {
                r.points.append(QPointF(double(t), kNaN));
                lastEmittedGap = true;
            }
            return;
        }
        if (t >= from && t <= to)
            track(r, v);
        // Samples outside the window get their own pseudo-columns so they are kept exactly.
        long long column;
        if (t < from)
            column = -1;
        else if (t > to)
            column = width;
        else
            column = std::min<long long>(width - 1, static_cast<long long>(double(t - from) * width / span));
        if (inRun && column != runColumn)
            flush();
        const Sample s { t, v, myIndex };
        if (!inRun) {
            inRun = true;
            runColumn = column;
            first = lo = hi = last = s;
            return;
        }
        if (v < lo.v)
            lo = s;
        if (v > hi.v)
            hi = s;
        last = s;
    });
    flush();
    return r;
}
