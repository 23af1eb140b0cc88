// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

// Runs a program without blocking the caller and reports once: finished with its exit code and output,
// or not (could not start, crashed, or killed after the timeout) with a message saying which. What it
// prints is capped: 64 KiB of each channel are kept, the rest dropped as it arrives.
class AsyncProcess {
public:
    struct Result {
        bool finished = false; // exited normally (any exit code)
        int exitCode = -1;
        QString output; // stdout, at most BodyCap::commandOutputBytes kept
        QString errorOutput; // stderr, likewise
        bool outputCutOff = false; // more was printed than kept (a note says so at the end of the text)
        QString error; // why it did not finish normally
    };
    static void run(const QString &program, const QStringList &args, int timeoutMs, QObject *context,
        std::function<void(const Result &)> done);
};
