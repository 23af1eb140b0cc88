// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Starts a GUI process once and measures the time from QProcess::start until the process prints the
// line "first-paint" on its standard output (cutover-cockpit --exit-after-first-paint does so after its
// main window was painted for the first time, then exits).
class FirstPaintProbe {
public:
    enum class Outcome { Painted, TimedOut, Failed };
    struct Sample {
        Outcome outcome = Outcome::Failed;
        double milliseconds = 0;
        QString message; // why there is no sample, or a warning about the process's exit
    };

    FirstPaintProbe(QString program, QStringList arguments, QProcessEnvironment environment);
    Sample run(int timeoutMs) const;

private:
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
};
