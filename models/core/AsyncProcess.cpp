// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AsyncProcess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#include <memory>

void AsyncProcess::run(const QString &program, const QStringList &args, int timeoutMs, QObject *context,
    std::function<void(const Result &)> done)
{
    auto *process = new QProcess(context);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto reported = std::make_shared<bool>(false);
    auto report = [process, reported, done](Result r) {
        if (*reported)
            return;
        *reported = true;
        r.output += QString::fromLocal8Bit(process->readAllStandardOutput());
        r.errorOutput += QString::fromLocal8Bit(process->readAllStandardError());
        process->deleteLater();
        done(r);
    };
    QObject::connect(timer, &QTimer::timeout, process, [process, report, program, timeoutMs]() {
        Result r;
        r.error
            = QCoreApplication::translate("AsyncProcess", "%1 did not finish within %2 ms and was stopped.")
                  .arg(program)
                  .arg(timeoutMs);
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
        report(r);
    });
    QObject::connect(
        process, &QProcess::errorOccurred, process, [process, report, program](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            Result r;
            r.error = QCoreApplication::translate("AsyncProcess", "%1 could not be started: %2")
                          .arg(program, process->errorString());
            report(r);
        });
    QObject::connect(
        process, &QProcess::finished, process, [report, program](int code, QProcess::ExitStatus status) {
            Result r;
            if (status == QProcess::CrashExit) {
                r.error
                    = QCoreApplication::translate("AsyncProcess", "%1 crashed or was killed.").arg(program);
            } else {
                r.finished = true;
                r.exitCode = code;
            }
            report(r);
        });
    timer->start(timeoutMs);
    process->start(program, args);
}
