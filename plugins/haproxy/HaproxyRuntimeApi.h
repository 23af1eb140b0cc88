// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// One-shot client of the HAProxy runtime API: connects (TCP "HOST:PORT" or a unix socket path), sends one
// line, reads until HAProxy closes the connection, and reports the reply, or an error when the socket
// refuses, closes early or says nothing within the timeout.
class HaproxyRuntimeApi : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &reply, const QString &error)>;
    explicit HaproxyRuntimeApi(QObject *parent = nullptr);
    void setAddress(const QString &socket) { m_socket = socket; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void send(const QString &line, Done done);

private:
    QString m_socket;
    int m_timeoutMs = 3000;
};
