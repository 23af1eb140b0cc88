// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

// The status page's listening socket, with the limits QHttpServer 6.4 lacks: at most maxConnections open
// at once (503 beyond), a connection idle for idleTimeoutMs is closed, a header block over maxHeaderBytes
// is answered 431 and a body over maxBodyBytes 413, and the connection is closed.
class LimitedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 32;
        int idleTimeoutMs = 30000;
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 8 * 1024;
    };

    explicit LimitedTcpServer(const Limits &limits, QObject *parent = nullptr);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Limits m_limits;
    int m_open = 0;
};
