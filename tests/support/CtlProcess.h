// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

// Runs the built cutoverctl as a user would, with this process's event loop going meanwhile (a loopback
// server, exporter or window in the test keeps answering). A command that does not finish in time is
// killed and reported as "timed out"; a crash gives code -1.
struct CtlResult {
    int code = -1;
    QString out;
    QString err;
};

inline CtlResult runCtl(const QStringList &args, int timeoutMs = 60000,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), args);
    CtlResult r;
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
