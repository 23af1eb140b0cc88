// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SharedFolder.h"

#include <QDirIterator>
#include <QFile>

bool SharedFolder::open(const QString &dir)
{
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    const QFileDevice::Permissions search
        = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    bool ok = QFile::setPermissions(dir, all | search);
    QDirIterator it(
        dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ok = QFile::setPermissions(path, it.fileInfo().isDir() ? all | search : all) && ok;
    }
    return ok;
}
