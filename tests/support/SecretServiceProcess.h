// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real Secret Service for a test (what QtKeychain talks to on Linux): a private D-Bus session bus
// (dbus-daemon) and Debian's gnome-keyring-daemon on it, its login keyring unlocked with a password given
// on stdin and kept in a temporary folder. Set DBUS_SESSION_BUS_ADDRESS to busAddress() before the first
// keychain call.
class SecretServiceProcess {
public:
    SecretServiceProcess() = default;
    ~SecretServiceProcess();

    // Whether dbus-daemon and gnome-keyring-daemon are installed (the test skips otherwise).
    static bool isInstalled();
    // Starts both and waits until org.freedesktop.secrets is on the bus; false with *error set.
    bool start(QString *error);
    QString busAddress() const { return m_address; }

private:
    static void stop(QProcess &process);
    bool secretsOnTheBus() const;

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};
