// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A real operating-system account for a test: created with useradd (with a home directory), removed with
// userdel when the object goes; commands run as it through runuser, with an environment the test gives (so
// $USER may say anything: the account is what the OS says). Needs root; canCreate() says whether it can.
class OsAccount {
public:
    // `base` is a short name ("alice"); the account is "cc<base><pid>" (unique per test run, <= 32 chars).
    explicit OsAccount(const QString &base);
    ~OsAccount();
    OsAccount(const OsAccount &) = delete;
    OsAccount &operator=(const OsAccount &) = delete;

    static bool canCreate(QString *why);
    bool create(QString *error);
    QString name() const { return m_name; }
    QString home() const { return m_home; }

    struct Result {
        int code = -1;
        QString out;
        QString err;
    };
    // Runs program with args as this account (runuser -u NAME -- env -i KEY=VALUE... program args), stdin
    // from `input`. The environment is exactly `env` plus HOME; nothing of the test's own leaks in.
    Result run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
        const QByteArray &input = {}, int timeoutMs = 60000) const;
    // The runuser arguments run() uses, for a caller that runs the process itself (with its event loop
    // going, e.g. when a loopback server in the test must answer the command).
    QStringList runuserArguments(
        const QString &program, const QStringList &args, const QProcessEnvironment &env = {}) const;
    // An ed25519 key pair made by this account with ssh-keygen in its home (~/.ssh/NAME, no passphrase
    // unless given); returns the private key's path, empty on failure.
    QString makeKey(const QString &fileName, const QString &passphrase = {}, QString *error = nullptr) const;

private:
    QString m_name;
    QString m_home;
    bool m_created = false;
};
