// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Sends requests to 127.0.0.1:port one at a time, each on a fresh connection, and counts which path
// answered ("old", "new" or anything else, including failures). Blocking: use it where nothing else
// has to run on the same thread, or from a worker thread.
class SplitCounter {
public:
    struct Counts {
        int old = 0;
        int fresh = 0; // "new"
        int other = 0;
    };
    static Counts count(quint16 port, int requests, int timeoutMs = 5000);
    // One request; returns the trimmed body, or an empty array on failure.
    static QByteArray get(quint16 port, const QByteArray &path = "/", int timeoutMs = 5000);
};
