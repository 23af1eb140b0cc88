// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A real loopback HTTP server for the notification tests: it answers POSTs as scripted (status and
// delay per request, 200 at once when the script is used up) and records every request it received.
class WebhookReceiver : public QObject {
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        int delayMs = 0;
    };
    struct Request {
        QByteArray path;
        QByteArray body;
        QByteArray messageId;
        int answeredStatus = 0;
    };

    QList<Answer> script;
    QList<Request> received;

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }

    QList<Request> accepted() const
    {
        QList<Request> out;
        for (const Request &r : received)
            if (r.answeredStatus >= 200 && r.answeredStatus < 300)
                out << r;
        return out;
    }

    WebhookReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        int length = 0;
        Request request;
        request.path = lines.value(0).split(' ').value(1);
        for (const QByteArray &line : lines) {
            const int colon = int(line.indexOf(':'));
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toInt();
            else if (name == "x-cockpit-message-id")
                request.messageId = line.mid(colon + 1).trimmed();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(s);
        const Answer answer = script.isEmpty() ? Answer() : script.takeFirst();
        request.answeredStatus = answer.status;
        const int index = int(received.size());
        received << request;
        Q_UNUSED(index);
        QPointer<QTcpSocket> socket(s);
        auto respond = [socket, answer] {
            if (!socket)
                return;
            const QByteArray body
                = answer.status == 200 ? QByteArrayLiteral("ok") : QByteArrayLiteral("error");
            socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
                + " X\r\nContent-Type: text/plain\r\n"
                  "Content-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, this, respond);
        else
            respond();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
