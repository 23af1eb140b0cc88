// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSample.h"

#include <QList>
#include <QMap>
#include <QString>

// What the trail records of one batch of metric samples (a metrics.batch record): how many rows, of how
// many series, over which time range, and the SHA-256 of the rows in a canonical serialisation:
// the rows sorted by (series as UTF-8 bytes, t, value text), one line per row "SERIES\tT\tVALUE\n" in UTF-8,
// T in decimal milliseconds, VALUE as the shortest text that reads back to the same double
// (QString::number(v, 'g', 17); a zero of either sign as "0") or empty for a gap (NULL). The SHA-256 is in
// lower-case hex.
struct SampleBatchDigest {
    qint64 count = 0;
    qint64 series = 0;
    qint64 tFrom = 0;
    qint64 tTo = 0;
    QString sha256;
    QMap<QString, QString> bySeries;

    static SampleBatchDigest of(QList<MetricSample> rows);
    static QString valueText(double value);
};
