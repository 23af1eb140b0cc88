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

Q_SIGNALS:
    void messagesChanged();
    void delivered(qint64 id);

private:
    void deliverNext(const QString &channel);
    void finishAttempt(const QString &channel, qint64 id, QNetworkReply *reply);
    bool recordState(qint64 id, OutboxMessage::State state, int attempts, const QString &error,
        const QDateTime &next, QString *message);
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
    QSet<QString> m_inFlight;
    QHash<QString, QPair<qint64, QNetworkReply *>> m_replies; // channel -> (message, request in flight)
    QHash<QString, QTimer *> m_retryTimers;
    int m_backoffBaseMs = 2000;
    int m_backoffMaxMs = 300000;
    int m_timeoutMs = 15000;
    bool m_running = false;
};
