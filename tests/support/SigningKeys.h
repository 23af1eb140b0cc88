// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

// Real ed25519 keys made with ssh-keygen in a temporary folder, an allowed signers file mapping them to
// principals, and (on demand) a real ssh-agent on a socket of its own holding a key.
class SigningKeys {
public:
    SigningKeys() = default;
    ~SigningKeys() { stopAgent(); }
    SigningKeys(const SigningKeys &) = delete;
    SigningKeys &operator=(const SigningKeys &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Makes NAME (private) and NAME.pub; empty passphrase = unprotected. Returns the private key's path.
    QString make(const QString &name, const QString &passphrase = {})
    {
        const QString key = path(name);
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                passphrase, QStringLiteral("-C"), name, QStringLiteral("-f"), key });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return key;
    }
    QString publicLine(const QString &name) const
    {
        QFile f(path(name) + QStringLiteral(".pub"));
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        const QStringList parts = QString::fromUtf8(f.readAll()).split(QLatin1Char(' '));
        return parts.value(0) + QLatin1Char(' ') + parts.value(1);
    }
    // An allowed signers file FILE with one "principal key" line per (principal, key name).
    QString allowedSigners(const QString &file, const QList<QPair<QString, QString>> &entries) const
    {
        QFile f(path(file));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        for (const auto &e : entries)
            f.write((e.first + QLatin1Char(' ') + publicLine(e.second) + QLatin1Char('\n')).toUtf8());
        return f.fileName();
    }

    // Starts ssh-agent on a socket in the folder and adds the (unprotected) key; returns the socket.
    QString startAgent(const QString &keyName)
    {
        m_socket = path(QStringLiteral("agent.sock"));
        m_agent.start(QStringLiteral("ssh-agent"), { QStringLiteral("-D"), QStringLiteral("-a"), m_socket });
        if (!m_agent.waitForStarted(10000))
            return QString();
        for (int i = 0; i < 100 && !QFile::exists(m_socket); ++i)
            QThread::msleep(20);
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), { QStringLiteral("-q"), path(keyName) });
        if (!add.waitForFinished(10000) || add.exitCode() != 0)
            return QString();
        return m_socket;
    }
    void stopAgent()
    {
        if (m_agent.state() != QProcess::NotRunning) {
            m_agent.terminate();
            m_agent.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_agent;
    QString m_socket;
};
