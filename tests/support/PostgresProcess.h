// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real PostgreSQL server for a test: a fresh cluster in a temporary directory, reachable through its Unix
// socket in that directory with trust authentication for the superuser "cockpit"; with Network::Loopback
// also on 127.0.0.1, where every role logs in with scram-sha-256 (as a team's server would ask).
// Run as the postgres user when the test runs as root (PostgreSQL refuses root). Optionally with SSL and
// extra pg_hba.conf lines (say, `hostssl cutover bob 127.0.0.1/32 cert`), set before start().
class PostgresProcess {
public:
    enum class Network { SocketOnly, Loopback };
    explicit PostgresProcess(Network network = Network::SocketOnly);
    ~PostgresProcess();

    // ssl=on with this certificate and key; client certificates are checked against `caFile` (the files
    // are copied into the data directory, readable by the server only).
    void setSsl(const QString &certFile, const QString &keyFile, const QString &caFile);
    // Lines put before the cluster's own in pg_hba.conf (the first matching line decides).
    void setHbaLines(const QStringList &lines) { m_hbaLines = lines; }

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
    // Writes the SSL files and the extra hba lines into the fresh data directory.
    bool configure(QString *error) const;

    QString m_binDir;
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    Network m_network;
    QStringList m_sslFiles; // certificate, key, CA
    QStringList m_hbaLines;
};
