// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SecretServiceProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

SecretServiceProcess::~SecretServiceProcess()
{
    stop(m_keyring);
    stop(m_bus);
}

void SecretServiceProcess::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

bool SecretServiceProcess::isInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
}

bool SecretServiceProcess::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    m_bus.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
            QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus")) });
    if (!m_bus.waitForStarted(10000) || !m_bus.waitForReadyRead(10000)) {
        *error = QStringLiteral("dbus-daemon did not start: %1%2")
                     .arg(m_bus.errorString(), QString::fromLocal8Bit(m_bus.readAllStandardError()));
        return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    const QString runtime = m_dir.filePath(QStringLiteral("run"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
            QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(10000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    // --unlock reads the login keyring's password from stdin, up to its end (written now: no event loop
    // runs while this waits).
    m_keyring.write("test-keyring-password");
    m_keyring.waitForBytesWritten(5000);
    m_keyring.closeWriteChannel();
    QDeadlineTimer deadline(20000);
    while (!secretsOnTheBus()) {
        if (deadline.hasExpired() || m_keyring.state() == QProcess::NotRunning) {
            *error
                = QStringLiteral("gnome-keyring-daemon (%1) did not offer org.freedesktop.secrets on %2: %3")
                      .arg(m_keyring.state() == QProcess::NotRunning ? QStringLiteral("ended")
                                                                     : QStringLiteral("running"),
                          m_address, QString::fromLocal8Bit(m_keyring.readAll()));
            return false;
        }
        QThread::msleep(100);
    }
    return true;
}

bool SecretServiceProcess::secretsOnTheBus() const
{
    QProcess p;
    p.start(QStringLiteral("dbus-send"),
        { QStringLiteral("--bus=") + m_address, QStringLiteral("--print-reply"),
            QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
            QStringLiteral("string:org.freedesktop.secrets") });
    return p.waitForFinished(10000) && p.exitCode() == 0
        && p.readAllStandardOutput().contains("boolean true");
}
