// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real haproxy on 127.0.0.1: a generated config in a temporary directory (frontend on an ephemeral
// port, backend be_app with servers old (weight 100) and new (weight 0), runtime API on TCP and a unix
// socket, level admin), run in the foreground and stopped with the object.
class HaproxyProcess {
public:
    ~HaproxyProcess();
    // Starts haproxy in front of the two ports; false with *error when it does not come up.
    bool start(quint16 oldPort, quint16 newPort, QString *error);
    void kill();
    quint16 frontendPort() const { return m_frontend; }
    QString tcpSocket() const { return QStringLiteral("127.0.0.1:%1").arg(m_stats); }
    QString unixSocket() const { return m_dir.filePath(QStringLiteral("admin.sock")); }
    // The backend config for the cockpit ("socket", "backend", "old_server", "new_server").
    QJsonObject backendConfig(bool viaUnixSocket = false) const;
    QString log() const;
    // One command on the runtime API over TCP, as an operator would type it ("get weight be_app/new");
    // the answer, or an empty string with *error when haproxy does not answer. Independent of the
    // cockpit's own HaproxyRuntimeApi, so a test can check what the cockpit reads back.
    QString runtimeCommand(const QString &command, QString *error) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_frontend = 0;
    quint16 m_stats = 0;
};
