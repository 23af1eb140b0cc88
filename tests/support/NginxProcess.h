// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real, unprivileged nginx on 127.0.0.1: a generated nginx.conf in a temporary directory (two workers,
// upstream "app" with zone in an include the cockpit rewrites, the generation marker at
// /__cutover_gen), run in the foreground with -p/-e/-c and stopped with the object.
class NginxProcess {
public:
    ~NginxProcess();
    bool start(quint16 oldPort, quint16 newPort, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QString confPath() const { return m_dir.filePath(QStringLiteral("nginx.conf")); }
    QString includePath() const { return m_dir.filePath(QStringLiteral("upstream.conf")); }
    QJsonObject backendConfig() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_oldPort = 0;
    quint16 m_newPort = 0;
};
