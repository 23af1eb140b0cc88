// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real PostgreSQL server for a test: a fresh cluster in a temporary directory, reachable through its Unix
// socket in that directory with trust authentication for the superuser "cockpit"; with Network::Loopback
// also on 127.0.0.1, where every role logs in with scram-sha-256 (as a team's server would ask).
// Run as the postgres user when the test runs as root (PostgreSQL refuses root).
class PostgresProcess {
public:
    enum class Network { SocketOnly, Loopback };
    explicit PostgresProcess(Network network = Network::SocketOnly);
    ~PostgresProcess();

    // The newest installed server binaries, empty when PostgreSQL is not installed (the test skips).
    static QString binDir();
    // initdb + postgres; false with *error set when it does not come up.
    bool start(QString *error);
    // SIGKILL to the postmaster, as a crash would (its backends notice and end on their own); waits until
    // the postmaster is gone.
    bool kill(QString *error);
    // The server again on the same data directory and port after kill() (crash recovery included).
    bool restart(QString *error);
    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    static QString user() { return QStringLiteral("cockpit"); }

private:
    QStringList asServerUser(const QString &program, const QStringList &args) const;
    bool run(const QString &program, const QStringList &args, QString *error) const;
    // Starts postgres on the existing data directory and waits for it to accept connections.
    bool launch(QString *error);
    QString dataDir() const;
    bool isReady() const;

    QString m_binDir;
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    Network m_network;
};
