// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/Runbook.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

// What every measurement can use: a private temporary folder (removed at exit), the folder of the
// cockpit executables, and sessions with generated runbooks of a given size.
class BenchContext {
public:
    BenchContext();

    bool isValid() const { return m_dir.isValid(); }
    QString errorString() const { return m_dir.errorString(); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // The folder of cockpit-bench itself; cutover-cockpit and cutoverctl are built next to it.
    QString binDir() const;

    // A runbook of three phases with `items` generated tasks (every fifth needs a sign-off).
    static Runbook generatedRunbook(int items);
    // Creates a new session file with a generated runbook; returns its path, or empty and *error.
    QString createSession(const QString &fileName, int items, QString *error) const;

    static double median(QList<double> samples);

private:
    QTemporaryDir m_dir;
};
