// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/NotificationChannelSettings.h"

#include "core/ActionResult.h"
#include "notify/OutboxMessage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class SessionStore;

// The session's notification outbox. A message is written to the session (with its audit record) in the
// same transaction as the change it announces, then delivered to its channel's webhook: one at a time
// and in order per channel, retried with exponential backoff until the receiver accepts it (2xx), and
// marked sent. Pending messages survive a restart and are delivered when the outbox is started again.
// Webhook URLs are held in memory only (setEndpoint); they never reach the session file or a log.
// Several deliverers (the cockpit and a `cutoverctl log verify`) may share a session: a message is
// claimed in a write transaction before it is posted, so only one of them sends it. Delivery is
// at-least-once: a crash after the receiver accepted a message but before it was marked sent re-sends it
// when the claim lapses (each request carries X-Cockpit-Message-Id for receivers that deduplicate).
// A message the receiver keeps refusing does not block its channel: after parkAfterAttempts() attempts,
// or at once on a 4xx answer other than 408/429 (a refusal no retry cures), it is parked (recorded and
// audited, parked() emitted) and the next message goes out. A person then retries or drops it.
// Messages are written for every channel the session posts to, also before its webhook URL is known
// (the keychain answers later); they go out when setEndpoint() names the URL.
class Outbox : public QObject {
    Q_OBJECT
public:
    explicit Outbox(SessionStore *store, QObject *parent = nullptr);
    ~Outbox() override;

    // The channels messages are written for: those with an endpoint. Channels without one get nothing.
    void setEndpoint(const QString &channel, const QUrl &url);
    void removeEndpoint(const QString &channel);
    QStringList enabledChannels() const;
    // The session's choice of channels (stored in the session; setEndpoint honours it).
    NotificationChannelSettings channelSettings() const { return NotificationChannelSettings(m_store); }

    void setBackoff(int baseMs, int maxMs);
    void setRequestTimeout(int ms);
    static constexpr int defaultParkAfterAttempts = 8;
    void setParkAfterAttempts(int attempts);
    int parkAfterAttempts() const { return m_parkAfter; }

    // A channel whose webhook URL is being looked up: messages are written for it meanwhile (and sent
    // when setEndpoint() names the URL). removeEndpoint() ends the wait.
    void expectEndpoint(const QString &channel);

    // Writes one message per enabled channel inside the caller's open transaction (with audit records).
    // Call kick() after the caller committed. Returns the number of messages written, -1 on error.
    int enqueueInTransaction(const QString &kind, qint64 refId, const QString &summary, const QString &title,
        const QString &text, bool attention, const QString &actor, QString *error);

    // The traffic engine announces a step change (the final result statement is announced by
    // LessonsLearned::markResultFinal, in the transaction that marks it).
    ActionResult publishStepChange(
        int step, int stepCount, int percentNew, const QString &actor, const QString &note = {});

    // Starts delivering (pending messages from before a restart first); stop() leaves them pending.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void kick();

    QList<OutboxMessage> messages() const;
    QList<OutboxMessage> parkedMessages() const;

    // A person sends a parked message again (attempts start over) or gives it up (a reason is required).
    // Both are audited with the person's name; a message that is not parked is refused.
    ActionResult retryParked(qint64 id, const QString &actor);
    ActionResult dropParked(qint64 id, const QString &actor, const QString &reason);

Q_SIGNALS:
    void messagesChanged();
    void delivered(qint64 id);
    // A message was parked: the receiver of its channel keeps refusing it. The cockpit raises an alarm.
    void parked(qint64 id, const QString &channel, const QString &error);

private:
    void deliverNext(const QString &channel);
    void finishAttempt(const QString &channel, qint64 id, QNetworkReply *reply);
    bool recordState(qint64 id, OutboxMessage::State state, int attempts, const QString &error,
        const QDateTime &next, QString *message);
    ActionResult resolveParked(
        qint64 id, OutboxMessage::State to, const QString &actor, const QString &reason);
    // The channels messages are written for: those with a URL, those awaiting one, those the session chose.
    QStringList targetChannels() const;
    // Takes the message for this deliverer unless another one (another process) took it first.
    bool claim(const OutboxMessage &m, QString *message);
    void retryLater(const QString &channel, qint64 ms);
    QString sessionTitle() const;
    ActionResult enqueueStandalone(const QString &kind, qint64 refId, const QString &summary,
        const QString &title, const QString &text, bool attention, const QString &actor);

    SessionStore *m_store;
    QNetworkAccessManager *m_network;
    QTimer *m_pollTimer;
    QHash<QString, QUrl> m_endpoints;
    QSet<QString> m_awaited;
    QSet<QString> m_inFlight;
    QHash<QString, QPair<qint64, QNetworkReply *>> m_replies; // channel -> (message, request in flight)
    QHash<QString, QTimer *> m_retryTimers;
    int m_backoffBaseMs = 2000;
    int m_backoffMaxMs = 300000;
    int m_timeoutMs = 15000;
    int m_parkAfter = defaultParkAfterAttempts;
    bool m_running = false;
};
