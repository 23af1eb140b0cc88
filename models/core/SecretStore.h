// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

// Where webhook URLs (secrets: whoever has one can post to the channel) are kept: an environment
// variable (COCKPIT_SLACK_WEBHOOK, COCKPIT_TEAMS_WEBHOOK, COCKPIT_MATTERMOST_WEBHOOK) wins; otherwise
// the system keychain through QtKeychain. The keychain is asked asynchronously with a timeout, so a
// machine without one (CI, a headless box) answers "not found" quickly instead of hanging;
// COCKPIT_NO_KEYCHAIN=1 skips it altogether. A URL is never written to the session, a report or a log.
class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    static QString environmentVariable(const QString &channel);
    static bool keychainAvailable(); // built with QtKeychain and not switched off

    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Answers with webhookFound or webhookMissing exactly once per call.
    void lookupWebhook(const QString &channel);
    // Saves to the keychain; answers with saved(channel, ok, message).
    void saveWebhook(const QString &channel, const QUrl &url);

    // For the command line: waits (with the timeout) in a local event loop. Not for the GUI thread.
    QUrl lookupWebhookBlocking(const QString &channel, QString *source);

Q_SIGNALS:
    // source says where it came from ("environment" or "keychain"), never the value.
    void webhookFound(const QString &channel, const QUrl &url, const QString &source);
    void webhookMissing(const QString &channel, const QString &reason);
    void saved(const QString &channel, bool ok, const QString &message);

private:
    int m_timeoutMs = 3000;
};
