// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AtomicFile.h"

#include <QSaveFile>

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
