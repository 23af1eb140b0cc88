// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/OsAccount.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

OsAccount::OsAccount(const QString &base)
    : m_name(QStringLiteral("cc%1%2").arg(base.left(12)).arg(QCoreApplication::applicationPid()))
{
}

OsAccount::~OsAccount()
{
    if (m_created)
        QProcess::execute(QStringLiteral("userdel"), { QStringLiteral("-r"), m_name });
}

bool OsAccount::canCreate(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("creating OS accounts needs root (CI runs as root)");
        return false;
    }
    for (const char *tool : { "useradd", "userdel", "runuser", "ssh-keygen" }) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()
            && QStandardPaths::findExecutable(
                QLatin1String(tool), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") })
                   .isEmpty()) {
            *why = QStringLiteral("%1 is not installed").arg(QLatin1String(tool));
            return false;
        }
    }
    return true;
}

bool OsAccount::create(QString *error)
{
    QProcess::execute(QStringLiteral("userdel"), { QStringLiteral("-r"), m_name }); // a leftover of a crash
    QProcess p;
    p.start(QStringLiteral("useradd"),
        { QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), m_name });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("useradd %1 failed: %2")
                     .arg(m_name, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    m_created = true;
    m_home = QStringLiteral("/home/") + m_name;
    return true;
}

QStringList OsAccount::runuserArguments(
    const QString &program, const QStringList &args, const QProcessEnvironment &env) const
{
    QStringList command { QStringLiteral("-u"), m_name, QStringLiteral("--"), QStringLiteral("env"),
        QStringLiteral("-i"), QStringLiteral("HOME=") + m_home,
        QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin") };
    for (const QString &key : env.keys())
        command << key + QLatin1Char('=') + env.value(key);
    command << program << args;
    return command;
}

OsAccount::Result OsAccount::run(const QString &program, const QStringList &args,
    const QProcessEnvironment &env, const QByteArray &input, int timeoutMs) const
{
    QProcess p;
    p.start(QStringLiteral("runuser"), runuserArguments(program, args, env));
    Result r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("runuser did not start");
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString OsAccount::makeKey(const QString &fileName, const QString &passphrase, QString *error) const
{
    const QString dir = m_home + QStringLiteral("/.ssh");
    run(QStringLiteral("mkdir"), { QStringLiteral("-p"), QStringLiteral("-m"), QStringLiteral("700"), dir });
    const QString path = dir + QLatin1Char('/') + fileName;
    const Result r = run(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            passphrase, QStringLiteral("-C"), m_name, QStringLiteral("-f"), path });
    if (r.code != 0 || !QFile::exists(path)) {
        if (error)
            *error = QStringLiteral("ssh-keygen as %1 failed: %2").arg(m_name, r.err);
        return {};
    }
    return path;
}
