// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholder/LimitedTcpServer.h"
#include "stakeholder/StatusSnapshot.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

// The read-only stakeholder status page: "/" (HTML) and "/api/status" (JSON) from the latest snapshot
// held in memory, so a request never touches the database or waits for anything. Off until started;
// binds to 127.0.0.1 unless told otherwise; every request needs the access token, compared in constant
// time; 401 without it. The link a stakeholder gets carries ?token=…: the answer to it moves the token
// into a cookie (HttpOnly, SameSite=Strict, Path=/) and redirects to the address without it. Scripts send
// "Authorization: Bearer …". The listener caps open connections, idle time and request size.
class StatusPageServer : public QObject {
    Q_OBJECT
public:
    explicit StatusPageServer(QObject *parent = nullptr);
    ~StatusPageServer() override;

    // Returns the port really bound (useful with port 0), or 0 with *error set.
    quint16 start(const QString &token, quint16 port = 0,
        const QHostAddress &address = QHostAddress::LocalHost, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    void setRefreshSeconds(int seconds) { m_refreshSeconds = seconds; }
    // Takes effect at the next start().
    void setLimits(const LimitedTcpServer::Limits &limits) { m_limits = limits; }

    static bool tokensEqual(const QByteArray &a, const QByteArray &b);
    // A fresh random token (URL-safe) for the person who starts the page.
    static QString generateToken();

public Q_SLOTS:
    void setSnapshot(const StatusSnapshot &snapshot);

private:
    bool authorized(const QHttpServerRequest &request) const;
    static QByteArray tokenFromCookie(const QHttpServerRequest &request);

    std::unique_ptr<QHttpServer> m_server;
    QByteArray m_token;
    StatusSnapshot m_snapshot;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_refreshSeconds = 5;
    LimitedTcpServer::Limits m_limits;
};
