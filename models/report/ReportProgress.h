// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// How report building and writing tell their progress and learn that the person cancelled. Both
// callbacks are called on the thread that does the work; either may be empty.
struct ReportProgress {
    std::function<void(int percent, const QString &step)> report;
    std::function<bool()> canceled;

    void set(int percent, const QString &step = {}) const
    {
        if (report)
            report(percent, step);
    }
    bool isCanceled() const { return canceled && canceled(); }
};
