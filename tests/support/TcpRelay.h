// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

class TcpRelayWorker;

// A loopback TCP relay in front of a real server (e.g. PostgreSQL), to take the network away from a client
// and give it back: cut() drops every relayed connection and refuses new ones; restore() relays again. The
// server itself stays up, as when a link or a VPN goes down. The relay runs on a thread of its own, so that a
// client blocked in a call on the test's thread still gets its bytes (or its connection reset).
class TcpRelay {
public:
    explicit TcpRelay(quint16 targetPort);
    ~TcpRelay();
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    // The loopback port clients connect to; 0 when it could not listen.
    quint16 port() const { return m_port; }
    void cut();
    void restore();

private:
    QThread m_thread;
    TcpRelayWorker *m_worker;
    quint16 m_port = 0;
};
