// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The audit chain's state when a report was generated, and how a reader can check it.
struct ReportIntegrity {
    QString headHash;
    qint64 recordCount = 0;
    bool intact = true;
    QString problem; // what is wrong when not intact
    QString verifyCommand; // cutoverctl audit verify SESSION --expect-head HASH
};
