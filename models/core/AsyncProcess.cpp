// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AsyncProcess.h"

#include "core/BodyCap.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <memory>

void AsyncProcess::run(const QString &program, const QStringList &args, int timeoutMs, QObject *context,
    std::function<void(const Result &)> done)
{
    auto *process = new QProcess(context);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto reported = std::make_shared<bool>(false);
    // Output is kept up to BodyCap::commandOutputBytes per channel; the rest is read and dropped as it comes,
    // so a command that prints without end neither fills memory nor blocks on a full pipe.
    struct Kept {
        QByteArray out;
        QByteArray err;
        bool outCut = false;
        bool errCut = false;
    };
    auto kept = std::make_shared<Kept>();
    auto take = [](QByteArray *into, bool *cut, const QByteArray &chunk) {
        const qint64 room = BodyCap::commandOutputBytes - into->size();
        if (chunk.size() > room) {
            into->append(chunk.left(std::max<qint64>(room, 0)));
            *cut = true;
        } else {
            into->append(chunk);
        }
    };
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
        [process, kept, take]() { take(&kept->out, &kept->outCut, process->readAllStandardOutput()); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
        [process, kept, take]() { take(&kept->err, &kept->errCut, process->readAllStandardError()); });
    auto report = [process, reported, done, kept, take](Result r) {
        if (*reported)
            return;
        *reported = true;
        take(&kept->out, &kept->outCut, process->readAllStandardOutput());
        take(&kept->err, &kept->errCut, process->readAllStandardError());
        r.output += QString::fromLocal8Bit(kept->out);
        r.errorOutput += QString::fromLocal8Bit(kept->err);
        if (kept->outCut)
            r.output += QLatin1Char('\n') + BodyCap::outputCutOffNote();
        if (kept->errCut)
            r.errorOutput += QLatin1Char('\n') + BodyCap::outputCutOffNote();
        r.outputCutOff = kept->outCut || kept->errCut;
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
