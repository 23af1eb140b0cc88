// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PostgresProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <unistd.h>

PostgresProcess::PostgresProcess(Network network)
    : m_binDir(binDir())
    , m_dir(QDir::tempPath() + QStringLiteral("/cockpit-pg-XXXXXX"))
    , m_network(network)
{
}

PostgresProcess::~PostgresProcess()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
    // The server ran as the postgres user: make sure everything it wrote can be removed.
    if (m_dir.isValid())
        QProcess::execute(
            QStringLiteral("chmod"), { QStringLiteral("-R"), QStringLiteral("a+rwX"), m_dir.path() });
}

void PostgresProcess::setSsl(const QString &certFile, const QString &keyFile, const QString &caFile)
{
    m_sslFiles = { certFile, keyFile, caFile };
}

QString PostgresProcess::binDir()
{
    const QStringList versions
        = QDir(QStringLiteral("/usr/lib/postgresql"))
              .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

QStringList PostgresProcess::asServerUser(const QString &program, const QStringList &args) const
{
    if (geteuid() == 0)
        return QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
        + args;
    return QStringList { program } + args;
}

bool PostgresProcess::run(const QString &program, const QStringList &args, QString *error) const
{
    QProcess p;
    const QStringList full = asServerUser(program, args);
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"), full);
    else
        p.start(full.first(), full.mid(1));
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        *error = program + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError());
    return ok;
}

bool PostgresProcess::start(QString *error)
{
    if (m_binDir.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("PostgreSQL is not installed, or no temporary directory");
        return false;
    }
    // The postgres user must reach the directory (the socket lives there).
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther
            | QFileDevice::WriteGroup);
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(m_binDir + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("--auth-local=trust"),
                QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-U"), user(),
                QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8") },
            error))
        return false;
    if (!configure(error))
        return false;
    {
        QTcpServer probe; // a free number for the socket name
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    return launch(error);
}

QString PostgresProcess::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

bool PostgresProcess::configure(QString *error) const
{
    const QString data = dataDir();
    // The server wants its key owned by its user, mode 0600.
    const auto install = [&](const QByteArray &content, const QString &name) {
        QFile f(data + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (geteuid() == 0
            && QProcess::execute(QStringLiteral("chown"), { QStringLiteral("postgres:"), f.fileName() })
                != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(f.fileName());
            return false;
        }
        return true;
    };
    static const char *const sslNames[] = { "server.crt", "server.key", "root.crt" };
    for (int i = 0; i < m_sslFiles.size(); ++i) {
        QFile source(m_sslFiles.at(i));
        if (!source.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(source.fileName(), source.errorString());
            return false;
        }
        if (!install(source.readAll(), QLatin1String(sslNames[i])))
            return false;
    }
    if (m_hbaLines.isEmpty())
        return true;
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    const QByteArray own = hba.readAll();
    hba.close();
    return install(m_hbaLines.join(QLatin1Char('\n')).toUtf8() + '\n' + own, QStringLiteral("pg_hba.conf"));
}

bool PostgresProcess::launch(QString *error)
{
    const QString data = dataDir();
    QStringList args { QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-p"),
        QString::number(m_port), QStringLiteral("-c"),
        m_network == Network::Loopback ? QStringLiteral("listen_addresses=127.0.0.1")
                                       : QStringLiteral("listen_addresses="),
        QStringLiteral("-c"), QStringLiteral("fsync=off") };
    if (!m_sslFiles.isEmpty())
        args << QStringLiteral("-c") << QStringLiteral("ssl=on") << QStringLiteral("-c")
             << QStringLiteral("ssl_cert_file=server.crt") << QStringLiteral("-c")
             << QStringLiteral("ssl_key_file=server.key") << QStringLiteral("-c")
             << QStringLiteral("ssl_ca_file=root.crt");
    const QStringList full = asServerUser(m_binDir + QStringLiteral("/postgres"), args);
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (geteuid() == 0)
        m_server.start(QStringLiteral("runuser"), full);
    else
        m_server.start(full.first(), full.mid(1));
    if (!m_server.waitForStarted(10000)) {
        *error = QStringLiteral("postgres did not start");
        return false;
    }
    // Ready when it accepts connections (after a crash the old socket file is still there, and the server
    // first replays its WAL).
    QDeadlineTimer deadline(60000);
    while (!isReady()) {
        if (deadline.hasExpired() || m_server.state() == QProcess::NotRunning) {
            *error = QStringLiteral("postgres on port %1 did not come up").arg(m_port);
            return false;
        }
        QThread::msleep(100);
    }
    return true;
}

bool PostgresProcess::isReady() const
{
    QProcess p;
    p.start(m_binDir + QStringLiteral("/pg_isready"),
        { QStringLiteral("-q"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-U"), user(), QStringLiteral("-d"),
            QStringLiteral("postgres") });
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresProcess::kill(QString *error)
{
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    bool ok = false;
    const pid_t pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toInt(&ok) : 0;
    if (!ok || pid <= 0 || ::kill(pid, SIGKILL) != 0) {
        *error = QStringLiteral("no postmaster to kill (%1)").arg(pidFile.fileName());
        return false;
    }
    if (!m_server.waitForFinished(15000)) {
        *error = QStringLiteral("the postmaster %1 did not end after SIGKILL").arg(pid);
        return false;
    }
    return true;
}

bool PostgresProcess::restart(QString *error)
{
    // The killed server's backends end when they notice; until then the new server refuses to start
    // ("pre-existing shared memory block is still in use") and is tried again.
    QDeadlineTimer deadline(60000);
    for (;;) {
        if (launch(error))
            return true;
        if (m_server.state() != QProcess::NotRunning || deadline.hasExpired())
            return false;
        QThread::msleep(200);
    }
}
