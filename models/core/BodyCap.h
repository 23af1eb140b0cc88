// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QNetworkReply;

// Caps how much of a response is taken in: a reply whose body grows past the cap (by Content-Length or
// as it arrives) is aborted instead of buffered, and cutOff() then says so. Output of a command is kept up
// to its own cap and the rest read and dropped, so the child never blocks on a full pipe.
class BodyCap {
public:
    static constexpr qint64 httpBytes = 1024 * 1024; // HTTP gates and Prometheus answers
    static constexpr qint64 commandOutputBytes = 64 * 1024; // kept of a command's output

    // Watches reply; call right after sending it.
    static void limit(QNetworkReply *reply, qint64 maxBytes = httpBytes);
    // True once limit() aborted the reply for its size.
    static bool cutOff(const QNetworkReply *reply);
    // "response larger than 1 MiB — cut off"
    static QString cutOffMessage(qint64 maxBytes = httpBytes);
    // "… (output larger than 64 KiB — cut off)" appended to kept command output.
    static QString outputCutOffNote(qint64 maxBytes = commandOutputBytes);
};
