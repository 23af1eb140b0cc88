// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficBackend.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

// Waits (spinning the event loop) for one asynchronous backend call; a call that never answers gives
// an error result naming the wait, so a test fails instead of hanging.
inline TrafficResult waitForBackend(
    const std::function<void(TrafficBackend::Done)> &call, int timeoutMs = 20000, qint64 *elapsedMs = nullptr)
{
    QEventLoop loop;
    TrafficResult result
        = TrafficResult::failure(QStringLiteral("test: no answer within %1 ms").arg(timeoutMs));
    bool answered = false;
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call([&](const TrafficResult &r) {
        if (answered)
            return;
        answered = true;
        result = r;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return result;
}
