// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Writing a whole file at once: it appears complete or not at all (QSaveFile), so an export that fails
// half-way never leaves a truncated file where the old one was.
class AtomicFile {
public:
    // False with the system's reason in *error (callers name the file in their own message).
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};
