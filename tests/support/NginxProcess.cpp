// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/NginxProcess.h"

#include "support/LoopbackServers.h"
#include "support/SplitCounter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

NginxProcess::~NginxProcess()
{
    stop();
}

bool NginxProcess::start(quint16 oldPort, quint16 newPort, QString *error)
{
    m_oldPort = oldPort;
    m_newPort = newPort;
    const QString d = m_dir.path();
    QDir().mkpath(d + QStringLiteral("/logs"));
    QDir().mkpath(d + QStringLiteral("/tmp"));
    {
        QFile inc(includePath());
        if (!inc.open(QIODevice::WriteOnly))
            return false;
        inc.write(
            QStringLiteral("map \"\" $cutover_gen { default \"1\"; }\n"
                           "upstream app {\n    zone app 64k;\n    server 127.0.0.1:%1 weight=100;\n}\n")
                .arg(oldPort)
                .toUtf8());
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = LoopbackServers::freePort();
        const QString conf
            = QStringLiteral("worker_processes 2;\n"
                             "pid %1/nginx.pid;\n"
                             "error_log %1/logs/error.log warn;\n"
                             "daemon off;\n"
                             "worker_shutdown_timeout 2s;\n"
                             "events { worker_connections 256; }\n"
                             "http {\n"
                             "    access_log off;\n"
                             "    client_body_temp_path %1/tmp/body;\n"
                             "    proxy_temp_path %1/tmp/proxy;\n"
                             "    fastcgi_temp_path %1/tmp/fastcgi;\n"
                             "    uwsgi_temp_path %1/tmp/uwsgi;\n"
                             "    scgi_temp_path %1/tmp/scgi;\n"
                             "    include %2;\n"
                             "    server {\n"
                             "        listen 127.0.0.1:%3;\n"
                             "        location = /__cutover_gen { return 200 \"$cutover_gen\\n\"; }\n"
                             "        location / { proxy_pass http://app; }\n"
                             "    }\n"
                             "}\n")
                  .arg(d, includePath())
                  .arg(m_port);
        QFile f(confPath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(conf.toUtf8()) < 0) {
            *error = f.errorString();
            return false;
        }
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("nginx"),
            { QStringLiteral("-p"), d, QStringLiteral("-e"), d + QStringLiteral("/logs/error.log"),
                QStringLiteral("-c"), confPath() });
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("nginx does not start: ") + m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (SplitCounter::get(m_port, "/__cutover_gen", 1000) == "1")
                return true;
            m_process.waitForFinished(50); // also notices an exit
        }
        m_process.kill();
        m_process.waitForFinished(5000);
        QFile log(d + QStringLiteral("/logs/error.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("nginx did not come up: ")
            + QString::fromLocal8Bit(m_process.readAll() + log.readAll());
    }
    return false;
}

void NginxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QJsonObject NginxProcess::backendConfig() const
{
    return QJsonObject { { QStringLiteral("conf"), confPath() }, { QStringLiteral("include"), includePath() },
        { QStringLiteral("upstream"), QStringLiteral("app") },
        { QStringLiteral("old_server"), QStringLiteral("127.0.0.1:%1").arg(m_oldPort) },
        { QStringLiteral("new_server"), QStringLiteral("127.0.0.1:%1").arg(m_newPort) },
        { QStringLiteral("generation_url"), QStringLiteral("http://127.0.0.1:%1/__cutover_gen").arg(m_port) },
        { QStringLiteral("prefix"), m_dir.path() },
        { QStringLiteral("error_log"), m_dir.path() + QStringLiteral("/logs/error.log") },
        { QStringLiteral("timeout_ms"), 10000 } };
}
