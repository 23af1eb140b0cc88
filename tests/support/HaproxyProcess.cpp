// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/HaproxyProcess.h"

#include "support/LoopbackServers.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QLocalSocket>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

HaproxyProcess::~HaproxyProcess()
{
    kill();
}

bool HaproxyProcess::start(quint16 oldPort, quint16 newPort, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_frontend = LoopbackServers::freePort();
        m_stats = LoopbackServers::freePort();
        const QString cfg = QStringLiteral("global\n"
                                           "    stats socket ipv4@127.0.0.1:%1 level admin\n"
                                           "    stats socket %2 mode 600 level admin\n"
                                           "    stats timeout 30s\n"
                                           "defaults\n"
                                           "    mode http\n"
                                           "    timeout connect 2s\n"
                                           "    timeout client 30s\n"
                                           "    timeout server 30s\n"
                                           "frontend fe\n"
                                           "    bind 127.0.0.1:%3\n"
                                           "    default_backend be_app\n"
                                           "backend be_app\n"
                                           "    balance roundrobin\n"
                                           "    server old 127.0.0.1:%4 weight 100\n"
                                           "    server new 127.0.0.1:%5 weight 0\n")
                                .arg(m_stats)
                                .arg(unixSocket())
                                .arg(m_frontend)
                                .arg(oldPort)
                                .arg(newPort);
        QFile f(m_dir.filePath(QStringLiteral("haproxy.cfg")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(cfg.toUtf8()) < 0) {
            *error = f.errorString();
            return false;
        }
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            QStringLiteral("haproxy"), { QStringLiteral("-f"), f.fileName(), QStringLiteral("-db") });
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("haproxy does not start: ") + m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_frontend);
            QTcpSocket stats;
            stats.connectToHost(QHostAddress::LocalHost, m_stats);
            if (probe.waitForConnected(500) && stats.waitForConnected(500) && QFile::exists(unixSocket()))
                return true;
            m_process.waitForFinished(50); // also notices an exit
        }
        m_process.kill();
        m_process.waitForFinished(5000);
        *error = QStringLiteral("haproxy did not come up: ") + QString::fromLocal8Bit(m_process.readAll());
    }
    return false;
}

void HaproxyProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject HaproxyProcess::backendConfig(bool viaUnixSocket) const
{
    return QJsonObject { { QStringLiteral("socket"), viaUnixSocket ? unixSocket() : tcpSocket() },
        { QStringLiteral("backend"), QStringLiteral("be_app") },
        { QStringLiteral("old_server"), QStringLiteral("old") },
        { QStringLiteral("new_server"), QStringLiteral("new") }, { QStringLiteral("timeout_ms"), 3000 } };
}

QString HaproxyProcess::log() const
{
    return QString::fromLocal8Bit(const_cast<QProcess &>(m_process).readAll());
}

QString HaproxyProcess::runtimeCommand(const QString &command, QString *error) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_stats);
    if (!socket.waitForConnected(3000)) {
        *error = QStringLiteral("haproxy's runtime API does not answer: ") + socket.errorString();
        return {};
    }
    socket.write(command.toUtf8() + '\n');
    // Non-interactive mode: haproxy answers and closes the connection.
    QByteArray answer;
    QDeadlineTimer deadline(5000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        answer += socket.readAll();
    }
    answer += socket.readAll();
    if (answer.isEmpty())
        *error = QStringLiteral("haproxy gave no answer to \"%1\"").arg(command);
    return QString::fromUtf8(answer);
}
