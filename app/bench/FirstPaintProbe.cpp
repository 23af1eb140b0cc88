// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <utility>

namespace {
const QByteArray marker = QByteArrayLiteral("first-paint");

// The end of what the process wrote to stderr, as ": <text>", or nothing if it wrote nothing.
QString tail(const QByteArray &text)
{
    const QString s = QString::fromLocal8Bit(text).trimmed();
    if (s.isEmpty())
        return {};
    return QStringLiteral(": ") + (s.size() > 600 ? QStringLiteral("…") + s.right(600) : s);
}
}

FirstPaintProbe::FirstPaintProbe(QString program, QStringList arguments, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_environment(std::move(environment))
{
}

FirstPaintProbe::Sample FirstPaintProbe::run(int timeoutMs) const
{
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(m_arguments);
    process.setProcessEnvironment(m_environment);
    process.setInputChannelMode(QProcess::ManagedInputChannel);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QElapsedTimer clock;
    QByteArray pending;
    qint64 paintedNs = -1;

    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        pending += process.readAllStandardOutput();
        qsizetype end;
        while (paintedNs < 0 && (end = pending.indexOf('\n')) >= 0) {
            if (pending.left(end).trimmed() == marker)
                paintedNs = clock.nsecsElapsed();
            pending.remove(0, end + 1);
        }
        if (paintedNs >= 0)
            loop.quit();
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);

    clock.start();
    process.start();
    deadline.start(timeoutMs);
    // A failure to start can be reported from within start(), before the loop runs.
    if (process.state() != QProcess::NotRunning)
        loop.exec();

    Sample sample;
    if (paintedNs >= 0) {
        sample.outcome = Outcome::Painted;
        sample.milliseconds = double(paintedNs) / 1e6;
        // --exit-after-first-paint exits by itself; give it time, then make sure it is gone.
        // (waitForFinished() is false for a process that has already finished, so ask the state first.)
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
            sample.message = QStringLiteral("%1 did not exit after first-paint; it was ended").arg(m_program);
            process.kill();
            process.waitForFinished(5000);
        } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            sample.message = QStringLiteral("%1 exited with code %2 after first-paint%3")
                                 .arg(m_program)
                                 .arg(process.exitCode())
                                 .arg(tail(process.readAllStandardError()));
        }
        return sample;
    }

    if (process.state() != QProcess::NotRunning) {
        sample.outcome = Outcome::TimedOut;
        sample.message = QStringLiteral("%1 did not print \"first-paint\" within %2 s")
                             .arg(m_program)
                             .arg(timeoutMs / 1000.0);
        process.kill();
        process.waitForFinished(5000);
    } else if (process.error() == QProcess::FailedToStart) {
        sample.message = QStringLiteral("%1 could not be started: %2").arg(m_program, process.errorString());
    } else {
        sample.message = QStringLiteral("%1 exited (code %2) without printing \"first-paint\"%3")
                             .arg(m_program)
                             .arg(process.exitCode())
                             .arg(tail(process.readAllStandardError()));
    }
    return sample;
}
