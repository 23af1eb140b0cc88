// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

class SessionStore;

// Everything a session would run or connect to, read from its stored rows: every program with its
// arguments (the command backend, nginx, business-transaction commands), every SQL connection (driver,
// user, host, port, database: never a password), every URL and socket (health and business gates, the
// old path's health URL, the metric source, the backend's endpoints) and every file a backend or source
// reads or writes. Its text is what a person reviews; its hash is of exactly that text, so trusting it
// trusts what was shown. A manifest without entries runs nothing.
class SessionManifest {
    Q_DECLARE_TR_FUNCTIONS(SessionManifest)
public:
    enum class Kind { Program, Sql, Url, File };
    struct Entry {
        Kind kind = Kind::Program;
        QString what; // the command line (shell-quoted), the connection, the URL or the path
        QString origin; // where in the session it is configured: `backend "command" read_command`
    };

    // The session's manifest; *error names a part that could not be read (what was read is kept).
    static SessionManifest read(SessionStore *store, QString *error = nullptr);

    QString sessionId() const { return m_sessionId; }
    QList<Entry> entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QList<Entry> entries(Kind kind) const;
    // One line per entry, "program: /bin/sh -c 'touch x'  [backend \"command\" read_command]", in the
    // order the session stores them; not translated, so the hash is the same in every language.
    QString text() const;
    // SHA-256 of text(), hex.
    QString hash() const;
    QJsonArray toJson() const;
    // "would run /bin/sh -c '…', connect to QPSQL …" for a refusal: the programs first, at most three
    // entries, then how many more.
    QString wouldRun() const;

    static QString kindKey(Kind kind); // "program", "sql", "url", "file"
    // The program and its arguments as a POSIX shell would read them back.
    static QString commandLine(const QString &program, const QStringList &args);

    void add(Kind kind, const QString &what, const QString &origin);
    void setSessionId(const QString &id) { m_sessionId = id; }

private:
    QString m_sessionId;
    QList<Entry> m_entries;
};
