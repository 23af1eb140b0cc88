// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TcpRelay.h"

#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>

// Lives on the relay's thread: the listening socket and every relayed pair.
class TcpRelayWorker : public QObject {
public:
    explicit TcpRelayWorker(quint16 target)
        : m_target(target)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &TcpRelayWorker::accept);
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    void cut()
    {
        m_cut = true;
        const auto pairs = m_pairs;
        m_pairs.clear();
        for (const auto &p : pairs) {
            p.first->abort();
            p.second->abort();
            p.first->deleteLater();
            p.second->deleteLater();
        }
    }

    void restore() { m_cut = false; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_cut) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            m_pairs.append(qMakePair(client, upstream));
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::connected, client,
                [client, upstream] { upstream->write(client->readAll()); }); // sent before it was up
            connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
            auto close = [this, client] {
                for (qsizetype i = 0; i < m_pairs.size(); ++i) {
                    if (m_pairs[i].first != client)
                        continue;
                    const auto pair = m_pairs.takeAt(i);
                    pair.first->disconnectFromHost();
                    pair.second->disconnectFromHost();
                    pair.first->deleteLater();
                    pair.second->deleteLater();
                    return;
                }
            };
            connect(client, &QTcpSocket::disconnected, this, close);
            connect(upstream, &QTcpSocket::disconnected, this, close);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    quint16 m_target;
    QTcpServer *m_server = nullptr;
    bool m_cut = false;
    QList<QPair<QTcpSocket *, QTcpSocket *>> m_pairs;
};

TcpRelay::TcpRelay(quint16 targetPort)
    : m_worker(new TcpRelayWorker(targetPort))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

TcpRelay::~TcpRelay()
{
    m_thread.quit();
    m_thread.wait();
}

void TcpRelay::cut()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->cut(); }, Qt::BlockingQueuedConnection);
}

void TcpRelay::restore()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->restore(); }, Qt::BlockingQueuedConnection);
}
