// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SplitCounter.h"

#include <QHostAddress>
#include <QTcpSocket>

QByteArray SplitCounter::get(quint16 port, const QByteArray &path, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    reply += socket.readAll();
    const int end = int(reply.indexOf("\r\n\r\n"));
    if (end < 0 || !reply.startsWith("HTTP/1.1 200"))
        return {};
    return reply.mid(end + 4).trimmed();
}

SplitCounter::Counts SplitCounter::count(quint16 port, int requests, int timeoutMs)
{
    Counts c;
    for (int i = 0; i < requests; ++i) {
        const QByteArray body = get(port, "/", timeoutMs);
        if (body == "old")
            ++c.old;
        else if (body == "new")
            ++c.fresh;
        else
            ++c.other;
    }
    return c;
}
