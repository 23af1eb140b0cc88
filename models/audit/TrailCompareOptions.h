// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// How TrailReplayer::compareRows treats what older versions did not record.
struct TrailCompareOptions {
    // A column a replayed row lacks is not compared (its record was written by a version that did not
    // carry that column); without this a missing column means "empty".
    bool skipMissing = false;
    // Time columns the trail knows only from the record's own time, which older versions took apart from
    // the stored time: equal when within nearTimeMs of each other.
    QStringList nearTimes;
    // Columns the trail knows by the SHA-256 (hex) of their UTF-8 text, which is compared instead.
    QStringList hashed;
    static constexpr qint64 nearTimeMs = 5000;
};
