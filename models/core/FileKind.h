// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// What a path names before anything opens it: a FIFO or a device must never be read (it blocks or never
// ends), and a directory is not "missing". Uses stat(), so a symlink is judged by what it points to.
class FileKind {
public:
    enum class Kind { Missing, Regular, Directory, Fifo, Device, Socket, Other };
    static Kind of(const QString &path);
    // Empty for a regular file; otherwise a sentence saying what the path is instead ("… is a directory,
    // not a file."), `what` naming the file expected ("runbook", "session"). Missing gives an empty string
    // too: callers word that case themselves.
    static QString notAFile(const QString &path, const QString &what);

    // Reads a regular file of at most maxBytes; false with *error saying what is wrong (not a file, too
    // large, unreadable). Never reads more than maxBytes + 1 bytes, so a file that grows is cut off too.
    static bool readCapped(
        const QString &path, qint64 maxBytes, const QString &what, QByteArray *data, QString *error);
};
