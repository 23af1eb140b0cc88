// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

// Where the cockpit's secrets are kept: named secrets (a team server's database password, under a key that
// names server, port, database and role, see ServerPasswords::keychainKey) in the system keychain through
// QtKeychain, and webhook URLs (whoever has one can post to the channel), for which an environment
// variable (COCKPIT_SLACK_WEBHOOK, COCKPIT_TEAMS_WEBHOOK, COCKPIT_MATTERMOST_WEBHOOK) wins over the
// keychain. The keychain is asked asynchronously with a timeout, so a machine without one (CI, a headless
// box) answers "not found" quickly instead of hanging; COCKPIT_NO_KEYCHAIN=1 skips it altogether. A secret
// is never written to the session, a report, the settings or a log.
class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    static QString environmentVariable(const QString &channel);
    static bool keychainAvailable(); // built with QtKeychain and not switched off

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // Named secrets. Each answers exactly once per call: secretFound or secretMissing (the reason in
    // words, never the value); saved(key, ok, message); removed(key, ok, message).
    void lookup(const QString &key);
    void save(const QString &key, const QString &secret);
    void remove(const QString &key);
    // The same, waiting in a local event loop that takes no user input, for at most the timeout (plus a
    // margin): for a dialog that must know before it asks, and for the command line.
    QString lookupBlocking(const QString &key, QString *reason);
    bool saveBlocking(const QString &key, const QString &secret, QString *message);
    bool removeBlocking(const QString &key, QString *message);

    // Webhooks: answers with webhookFound or webhookMissing exactly once per call.
    void lookupWebhook(const QString &channel);
    // Saves to the keychain; answers with saved(channel, ok, message).
    void saveWebhook(const QString &channel, const QUrl &url);

    // For the command line: waits (with the timeout) in a local event loop. Not for the GUI thread.
    QUrl lookupWebhookBlocking(const QString &channel, QString *source);

Q_SIGNALS:
    void secretFound(const QString &key, const QString &secret);
    void secretMissing(const QString &key, const QString &reason);
    void removed(const QString &key, bool ok, const QString &message);
    // source says where it came from ("environment" or "keychain"), never the value.
    void webhookFound(const QString &channel, const QUrl &url, const QString &source);
    void webhookMissing(const QString &channel, const QString &reason);
    void saved(const QString &channel, bool ok, const QString &message);

private:
    enum class Job { Read, Write, Delete };
    // Runs one keychain job for the keychain key `key`; `done(ok, text, error)` is called exactly once: with
    // the secret read (ok), or with the keychain's error or a timeout (!ok).
    void run(Job job, const QString &key, const QString &secret,
        const std::function<void(bool ok, const QString &text, const QString &error)> &done);
    struct Answer {
        bool ok = false;
        QString text;
        QString error;
    };
    // run(), waited for in a local event loop that takes no user input.
    Answer runBlocking(Job job, const QString &key, const QString &secret);

    int m_timeoutMs = 3000;
};
