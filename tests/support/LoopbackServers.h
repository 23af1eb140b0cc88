// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <memory>

// Small TCP servers on 127.0.0.1 ephemeral ports, served from their own thread so that a test or the
// benchmark may block on its client side: HTTP servers that answer every request with a fixed body (the
// old and new paths), a server that accepts and never answers, and one that sends a fixed raw reply.
class LoopbackServers {
public:
    LoopbackServers();
    ~LoopbackServers();
    quint16 addHttp(const QByteArray &body);
    quint16 addSilent();
    quint16 addRaw(const QByteArray &reply);
    // An unused port at this moment (for haproxy/nginx listeners).
    static quint16 freePort();

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};
