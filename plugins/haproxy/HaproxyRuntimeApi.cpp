// SPDX-License-Identifier: GPL-3.0-or-later
#include "HaproxyRuntimeApi.h"

#include <QLocalSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

HaproxyRuntimeApi::HaproxyRuntimeApi(QObject *parent)
    : QObject(parent)
{
}

void HaproxyRuntimeApi::send(const QString &line, Done done)
{
    const bool tcp = !m_socket.startsWith(QLatin1Char('/')) && m_socket.contains(QLatin1Char(':'));
    QIODevice *device = nullptr;
    QTcpSocket *tcpSocket = nullptr;
    QLocalSocket *localSocket = nullptr;
    if (tcp) {
        tcpSocket = new QTcpSocket(this);
        device = tcpSocket;
    } else {
        localSocket = new QLocalSocket(this);
        device = localSocket;
    }
    auto *timer = new QTimer(device);
    timer->setSingleShot(true);
    auto buffer = std::make_shared<QByteArray>();
    auto reported = std::make_shared<bool>(false);
    auto finish = [device, reported, done](bool ok, const QString &reply, const QString &error) {
        if (*reported)
            return;
        *reported = true;
        device->disconnect();
        device->deleteLater();
        done(ok, reply, error);
    };
    const QByteArray payload = line.toUtf8() + '\n';
    auto onConnected = [device, payload]() { device->write(payload); };
    auto onReadyRead = [device, buffer]() { buffer->append(device->readAll()); };
    auto onClosed = [device, buffer, finish]() {
        buffer->append(device->readAll());
        finish(true, QString::fromUtf8(*buffer), {});
    };
    const QString address = m_socket;
    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, device, [finish, address, timeoutMs, buffer]() {
        finish(false, {},
            tr("The HAProxy runtime API at %1 did not answer within %2 ms%3.")
                .arg(address)
                .arg(timeoutMs)
                .arg(buffer->isEmpty()
                        ? QString()
                        : tr(" (partial reply: %1)").arg(QString::fromUtf8(buffer->left(200)))));
    });
    connect(device, &QIODevice::readyRead, device, onReadyRead);
    if (tcpSocket) {
        connect(tcpSocket, &QTcpSocket::connected, tcpSocket, onConnected);
        connect(tcpSocket, &QTcpSocket::disconnected, tcpSocket, onClosed);
        connect(tcpSocket, &QTcpSocket::errorOccurred, tcpSocket,
            [tcpSocket, finish, onClosed, address](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError) {
                    onClosed();
                    return;
                }
                finish(false, {},
                    tr("The HAProxy runtime API at %1 cannot be reached: %2")
                        .arg(address, tcpSocket->errorString()));
            });
        const int colon = int(m_socket.lastIndexOf(QLatin1Char(':')));
        bool portOk = false;
        const quint16 port = m_socket.mid(colon + 1).toUShort(&portOk);
        timer->start(m_timeoutMs);
        if (!portOk) {
            QTimer::singleShot(0, device,
                [finish, address]() { finish(false, {}, tr("\"%1\" is not HOST:PORT.").arg(address)); });
            return;
        }
        tcpSocket->connectToHost(m_socket.left(colon), port);
    } else {
        connect(localSocket, &QLocalSocket::connected, localSocket, onConnected);
        connect(localSocket, &QLocalSocket::disconnected, localSocket, onClosed);
        connect(localSocket, &QLocalSocket::errorOccurred, localSocket,
            [localSocket, finish, onClosed, address](QLocalSocket::LocalSocketError e) {
                if (e == QLocalSocket::PeerClosedError) {
                    onClosed();
                    return;
                }
                finish(false, {},
                    tr("The HAProxy runtime API at %1 cannot be reached: %2")
                        .arg(address, localSocket->errorString()));
            });
        timer->start(m_timeoutMs);
        localSocket->connectToServer(m_socket);
    }
}
