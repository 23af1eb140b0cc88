// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/LoopbackServers.h"

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

class LoopbackServers::Worker : public QObject {
public:
    enum class Mode { Http, Silent, Raw };
    quint16 add(Mode mode, const QByteArray &data)
    {
        auto *server = new QTcpServer(this);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return 0;
        QObject::connect(server, &QTcpServer::newConnection, server, [server, mode, data]() {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (mode == Mode::Silent)
                    continue; // accept and never answer
                if (mode == Mode::Raw) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, data]() {
                        socket->readAll();
                        socket->write(data);
                        socket->disconnectFromHost();
                    });
                    continue;
                }
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, data, buffer]() {
                    buffer->append(socket->readAll());
                    // Answer each complete request head (keep-alive clients may send several).
                    while (true) {
                        const int end = int(buffer->indexOf("\r\n\r\n"));
                        if (end < 0)
                            return;
                        buffer->remove(0, end + 4);
                        const QByteArray body = data + '\n';
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
            }
        });
        return server->serverPort();
    }
};

LoopbackServers::LoopbackServers()
    : m_worker(new Worker)
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LoopbackServers::~LoopbackServers()
{
    m_thread.quit();
    m_thread.wait();
}

quint16 LoopbackServers::addHttp(const QByteArray &body)
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [&]() { port = m_worker->add(Worker::Mode::Http, body); }, Qt::BlockingQueuedConnection);
    return port;
}

quint16 LoopbackServers::addSilent()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [&]() { port = m_worker->add(Worker::Mode::Silent, {}); }, Qt::BlockingQueuedConnection);
    return port;
}

quint16 LoopbackServers::addRaw(const QByteArray &reply)
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [&]() { port = m_worker->add(Worker::Mode::Raw, reply); }, Qt::BlockingQueuedConnection);
    return port;
}

quint16 LoopbackServers::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
