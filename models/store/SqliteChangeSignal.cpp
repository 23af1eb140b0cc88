// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteChangeSignal.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// A read can fail for a moment (another process is recovering the WAL): only this many failures in a row
// lose the session.
constexpr int kFailuresBeforeLost = 5;

}

SqliteChangeSignal::SqliteChangeSignal(const QString &connectionName, const QString &path, QObject *parent)
    : SessionChangeSignal(parent)
    , m_connectionName(connectionName)
    , m_path(path)
    , m_absolutePath(QFileInfo(path).absoluteFilePath()) // the file opened, whatever the working folder later
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &SqliteChangeSignal::poll);
}

void SqliteChangeSignal::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void SqliteChangeSignal::start()
{
    QString error;
    m_lastVersion = dataVersion(&error);
    m_opened = identity();
    m_failures = 0;
    m_timer->start();
}

void SqliteChangeSignal::stop()
{
    m_timer->stop();
}

qint64 SqliteChangeSignal::dataVersion(QString *error) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    *error = q.lastError().text();
    return -1;
}

SqliteChangeSignal::FileIdentity SqliteChangeSignal::identity() const
{
    FileIdentity id;
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(m_absolutePath).constData(), &st) == 0) {
        id.exists = true;
        id.device = quint64(st.st_dev);
        id.inode = quint64(st.st_ino);
    }
#else
    id.exists = QFileInfo::exists(m_absolutePath);
#endif
    return id;
}

QString SqliteChangeSignal::fileProblem() const
{
    const FileIdentity now = identity();
    if (!now.exists)
        return tr("The session file %1 was removed or renamed; it can no longer be followed.").arg(m_path);
    if (m_opened.exists && !(now == m_opened))
        return tr("The session file %1 was replaced by another file; the one that was opened can no longer "
                  "be followed.")
            .arg(m_path);
    if (!QFileInfo(m_absolutePath).isReadable())
        return tr("The session file %1 is no longer readable (its permissions changed).").arg(m_path);
    return QString();
}

void SqliteChangeSignal::lose(const QString &message)
{
    m_timer->stop();
    Q_EMIT lost(message);
}

void SqliteChangeSignal::poll()
{
    if (const QString problem = fileProblem(); !problem.isEmpty()) {
        lose(problem);
        return;
    }
    QString error;
    const qint64 version = dataVersion(&error);
    if (version < 0) {
        if (!error.isEmpty() && ++m_failures >= kFailuresBeforeLost)
            lose(tr("The session file %1 cannot be read: %2").arg(m_path, error));
        return;
    }
    m_failures = 0;
    if (version == m_lastVersion)
        return;
    m_lastVersion = version;
    Q_EMIT changed();
}
