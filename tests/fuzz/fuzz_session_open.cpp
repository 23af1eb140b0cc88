// SPDX-License-Identifier: GPL-3.0-or-later
// Opening arbitrary bytes as a session file, read-only (CutoverSession::open, through SessionStore): a
// file that is not a usable session is refused with a message, and a read-only open never changes it.
#include "checklist/CutoverSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.cutover"));
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            std::abort();
    }
    QString error;
    {
        std::unique_ptr<CutoverSession> session
            = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        if (!session) {
            if (error.isEmpty()) {
                std::fprintf(stderr, "refused without an error message\n");
                std::abort();
            }
        } else {
            // What a viewer reads after opening.
            session->allItems();
            session->headHash();
            session->auditRecordCount();
            session->toRunbook();
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != data) {
        std::fprintf(stderr, "a read-only open changed the file (%s)\n", qPrintable(error));
        std::abort();
    }
    return 0;
}
