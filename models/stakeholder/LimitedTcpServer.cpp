// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/LimitedTcpServer.h"

#include "stakeholder/RequestSizeGuard.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// Answers and closes. The HTTP server no longer sees this socket's data; what the client still sends is
// read and dropped for a moment before the close, so that its late bytes do not make the kernel reset the
// connection before the client has read the answer.
void refuse(QTcpSocket *socket, const QByteArray &status)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->readAll();
    const QByteArray body = status + "\n";
    socket->write("HTTP/1.1 " + status
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
    auto *quiet = new QTimer(socket);
    quiet->setSingleShot(true);
    quiet->setInterval(300);
    QObject::connect(quiet, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    QObject::connect(socket, &QTcpSocket::readyRead, quiet, [socket, quiet] {
        socket->readAll();
        quiet->start();
    });
    quiet->start();
    QTimer::singleShot(3000, socket, [socket] { socket->abort(); }); // a client that never stops sending
}

}

LimitedTcpServer::LimitedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, QByteArrayLiteral("503 Service Unavailable"));
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();

    // Connected before the HTTP server connects its own slot, so this sees each chunk first.
    auto guard = std::make_shared<RequestSizeGuard>(m_limits.maxHeaderBytes, m_limits.maxBodyBytes);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, guard, idle] {
        idle->start();
        switch (guard->feed(socket->peek(socket->bytesAvailable()))) {
        case RequestSizeGuard::Verdict::Fine:
            return;
        case RequestSizeGuard::Verdict::HeaderTooLarge:
            refuse(socket, QByteArrayLiteral("431 Request Header Fields Too Large"));
            return;
        case RequestSizeGuard::Verdict::BodyTooLarge:
            refuse(socket, QByteArrayLiteral("413 Content Too Large"));
            return;
        }
    });
    addPendingConnection(socket);
}
