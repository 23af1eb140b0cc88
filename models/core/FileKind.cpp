// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FileKind.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileKind", text);
}

}

FileKind::Kind FileKind::of(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISREG(st.st_mode))
        return Kind::Regular;
    if (S_ISDIR(st.st_mode))
        return Kind::Directory;
    if (S_ISFIFO(st.st_mode))
        return Kind::Fifo;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Kind::Device;
    if (S_ISSOCK(st.st_mode))
        return Kind::Socket;
    return Kind::Other;
}

QString FileKind::notAFile(const QString &path, const QString &what)
{
    switch (of(path)) {
    case Kind::Missing:
    case Kind::Regular:
        return QString();
    case Kind::Directory:
        return tr("%1 is a directory, not a %2 file.").arg(path, what);
    case Kind::Fifo:
        return tr("%1 is a named pipe (FIFO), not a %2 file; it was not read.").arg(path, what);
    case Kind::Device:
        return tr("%1 is a device, not a %2 file; it was not read.").arg(path, what);
    case Kind::Socket:
        return tr("%1 is a socket, not a %2 file.").arg(path, what);
    case Kind::Other:
        break;
    }
    return tr("%1 is not a regular file, so it is not a %2 file.").arg(path, what);
}

bool FileKind::readCapped(
    const QString &path, qint64 maxBytes, const QString &what, QByteArray *data, QString *error)
{
    if (of(path) == Kind::Missing) {
        *error = tr("There is no %1 file named %2.").arg(what, path);
        return false;
    }
    if (const QString notFile = notAFile(path, what); !notFile.isEmpty()) {
        *error = notFile;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.read(maxBytes + 1);
    if (data->size() > maxBytes) {
        data->clear();
        *error = tr("%1 is larger than %2 MiB; a %3 file that large is refused.")
                     .arg(path)
                     .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 1)
                     .arg(what);
        return false;
    }
    return true;
}
