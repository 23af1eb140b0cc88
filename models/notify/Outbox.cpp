// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/Outbox.h"

#include "notify/NotificationChannelSettings.h"
#include "notify/OutboxTrailReplayer.h"

#include "audit/AuditChain.h"
#include "audit/TrailReplayerRegistry.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"
#include "notify/WebhookPayload.h"
#include "store/SessionStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace {

OutboxMessage readMessage(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.channel = q.value(1).toString();
    m.kind = q.value(2).toString();
    m.refId = q.value(3).toLongLong();
    m.summary = q.value(4).toString();
    m.payload = q.value(5).toString().toUtf8();
    m.state = OutboxMessage::stateFromKey(q.value(6).toString());
    m.attempts = q.value(7).toInt();
    m.lastError = q.value(8).toString();
    m.createdAt = Timestamps::fromText(q.value(9).toString());
    m.nextAttemptAt = Timestamps::fromText(q.value(10).toString());
    m.sentAt = Timestamps::fromText(q.value(11).toString());
    return m;
}

const char *const selectColumns
    = "SELECT id, channel, kind, ref_id, summary, payload, state, attempts, last_error, "
      "created_at, next_attempt_at, sent_at FROM outbox";

}

Outbox::Outbox(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_pollTimer(new QTimer(this))
{
    TrailReplayerRegistry::addOnce<OutboxTrailReplayer>();
    // Messages written by another process (cutoverctl log verify) are picked up by polling.
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &Outbox::kick);
}

Outbox::~Outbox()
{
    stop();
}

void Outbox::setEndpoint(const QString &channel, const QUrl &url)
{
    // The session decides which channels it posts to; a URL alone does not enable a channel it left out.
    if (!NotificationChannelSettings(m_store).isEnabled(channel)) {
        m_endpoints.remove(channel);
        return;
    }
    m_endpoints.insert(channel, url);
    m_awaited.remove(channel);
    // Messages written while the URL was unknown (pending for this channel) go out now.
    kick();
}

void Outbox::removeEndpoint(const QString &channel)
{
    m_endpoints.remove(channel);
    if (!m_awaited.remove(channel) || m_store->isReadOnly()
        || NotificationChannelSettings(m_store).chosenChannels().contains(channel))
        return;
    // The lookup found no URL for a channel the session did not choose: what was written for it while
    // waiting is never sent, and says so (dropped, audited) instead of waiting forever.
    QList<qint64> waiting;
    for (const OutboxMessage &m : messages())
        if (m.channel == channel && m.state == OutboxMessage::State::Pending && m.attempts == 0)
            waiting << m.id;
    if (waiting.isEmpty())
        return;
    QString error;
    if (!m_store->beginWrite(&error))
        return;
    QSqlDatabase db = m_store->database();
    bool ok = true;
    for (qint64 id : std::as_const(waiting)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'dropped', last_error = ? WHERE id = ? AND "
                                 "state = 'pending'"));
        const QString why = tr("no webhook URL is configured for %1").arg(channel);
        q.addBindValue(why);
        q.addBindValue(id);
        AuditRecord r;
        r.actor = QStringLiteral("outbox");
        r.action = QStringLiteral("outbox.dropped");
        r.entity = QStringLiteral("outbox");
        r.entityId = id;
        r.field = QStringLiteral("state");
        r.oldValue = OutboxMessage::stateKey(OutboxMessage::State::Pending);
        r.newValue = OutboxMessage::stateKey(OutboxMessage::State::Dropped);
        r.reason = why;
        ok = ok && q.exec() && q.numRowsAffected() == 1 && AuditChain::append(db, r, &error);
    }
    if (!ok || !m_store->commit(&error)) {
        m_store->rollback();
        return;
    }
    Q_EMIT messagesChanged();
}

void Outbox::expectEndpoint(const QString &channel)
{
    if (NotificationChannelSettings(m_store).isEnabled(channel) && !m_endpoints.contains(channel))
        m_awaited.insert(channel);
}

QStringList Outbox::targetChannels() const
{
    QSet<QString> channels(m_endpoints.keyBegin(), m_endpoints.keyEnd());
    channels.unite(m_awaited);
    for (const QString &c : NotificationChannelSettings(m_store).chosenChannels())
        channels.insert(c);
    QStringList out(channels.begin(), channels.end());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList Outbox::enabledChannels() const
{
    QStringList out = m_endpoints.keys();
    std::sort(out.begin(), out.end());
    return out;
}

void Outbox::setBackoff(int baseMs, int maxMs)
{
    m_backoffBaseMs = std::max(1, baseMs);
    m_backoffMaxMs = std::max(m_backoffBaseMs, maxMs);
}

void Outbox::setRequestTimeout(int ms)
{
    m_timeoutMs = ms;
}

void Outbox::setParkAfterAttempts(int attempts)
{
    m_parkAfter = std::max(1, attempts);
}

QString Outbox::sessionTitle() const
{
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT name, rehearsal FROM session WHERE id = 1")) && q.next()) {
        return (q.value(1).toInt() != 0 ? tr("REHEARSAL") : tr("LIVE")) + QStringLiteral(" · ")
            + q.value(0).toString();
    }
    return QString();
}

int Outbox::enqueueInTransaction(const QString &kind, qint64 refId, const QString &summary,
    const QString &title, const QString &text, bool attention, const QString &actor, QString *error)
{
    QSqlDatabase db = m_store->database();
    const QString fullTitle = sessionTitle() + QStringLiteral(" · ") + title;
    // The head as the caller's transaction left it (the announced change's records included), before this
    // message's own record: every message carries a copy of it out of the file.
    const AuditChain::Head head = AuditChain::head(db);
    int written = 0;
    for (const QString &channel : targetChannels()) {
        const qint64 id = m_store->nextId(QStringLiteral("outbox"));
        const QString payload
            = QString::fromUtf8(WebhookPayload::build(channel, fullTitle, text, attention, head));
        const QString now = Timestamps::toText(Timestamps::now());
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO outbox (id, channel, kind, ref_id, summary, payload, state, attempts, "
            "last_error, created_at, next_attempt_at, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, '', ?, ?, '')"));
        q.addBindValue(id);
        q.addBindValue(channel);
        q.addBindValue(kind);
        q.addBindValue(refId);
        q.addBindValue(SqlText::notNull(summary));
        q.addBindValue(payload);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
        AuditRecord r;
        r.actor = actor;
        r.action = QStringLiteral("outbox.enqueue");
        r.entity = QStringLiteral("outbox");
        r.entityId = id;
        r.newValue = QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("channel"), channel }, { QStringLiteral("kind"), kind },
                { QStringLiteral("ref_id"), refId }, { QStringLiteral("summary"), summary },
                { QStringLiteral("payload"),
                    payload } }).toJson(QJsonDocument::Compact));
        if (!AuditChain::append(db, r, error))
            return -1;
        ++written;
    }
    return written;
}

ActionResult Outbox::enqueueStandalone(const QString &kind, qint64 refId, const QString &summary,
    const QString &title, const QString &text, bool attention, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    if (enqueueInTransaction(kind, refId, summary, title, text, attention, actor.trimmed(), &error) < 0
        || !m_store->commit(&error)) {
        m_store->rollback();
        return ActionResult::failure(tr("The notification could not be written: %1").arg(error));
    }
    Q_EMIT messagesChanged();
    kick();
    return ActionResult::success();
}

ActionResult Outbox::publishStepChange(
    int step, int stepCount, int percentNew, const QString &actor, const QString &note)
{
    if (step < 0 || stepCount < 1 || step > stepCount || percentNew < 0 || percentNew > 100)
        return ActionResult::failure(
            tr("A step change needs a step between 0 and %1 and a split between 0 and 100 "
               "(got step %2, split %3).")
                .arg(stepCount)
                .arg(step)
                .arg(percentNew));
    const QString title = tr("Traffic step %1 of %2").arg(step).arg(stepCount);
    QString text = tr("Split in force: old %1 % | new %2 %").arg(100 - percentNew).arg(percentNew);
    if (!note.trimmed().isEmpty())
        text += QStringLiteral("\n") + note.trimmed();
    return enqueueStandalone(QStringLiteral("step"), step,
        title + QStringLiteral(": ") + text.section(QLatin1Char('\n'), 0, 0), title, text, false, actor);
}

void Outbox::start()
{
    if (m_store->isReadOnly())
        return; // a viewer never sends anything
    m_running = true;
    m_pollTimer->start();
    kick();
}

void Outbox::stop()
{
    m_running = false;
    m_pollTimer->stop();
    for (QTimer *t : std::as_const(m_retryTimers))
        t->stop();
    // Give back what is in flight, so the next start (or another deliverer) sends it at once
    // instead of waiting for the claim to lapse.
    const auto replies = m_replies;
    m_replies.clear();
    m_inFlight.clear();
    for (auto it = replies.constBegin(); it != replies.constEnd(); ++it) {
        QNetworkReply *reply = it.value().second;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        int attempts = 0;
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"));
        q.addBindValue(it.value().first);
        if (q.exec() && q.next())
            attempts = q.value(0).toInt();
        q.finish();
        QString message;
        recordState(it.value().first, OutboxMessage::State::Pending, attempts,
            tr("delivery was interrupted (the outbox stopped); it is sent again"), Timestamps::now(),
            &message);
    }
    if (!replies.isEmpty())
        Q_EMIT messagesChanged();
}

void Outbox::kick()
{
    if (!m_running)
        return;
    for (const QString &channel : enabledChannels())
        deliverNext(channel);
}

QList<OutboxMessage> Outbox::parkedMessages() const
{
    QList<OutboxMessage> out = messages();
    out.erase(std::remove_if(out.begin(), out.end(),
                  [](const OutboxMessage &m) { return m.state != OutboxMessage::State::Parked; }),
        out.end());
    return out;
}

ActionResult Outbox::retryParked(qint64 id, const QString &actor)
{
    return resolveParked(id, OutboxMessage::State::Pending, actor, QString());
}

ActionResult Outbox::dropParked(qint64 id, const QString &actor, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Dropping message %1 needs a reason: it is never sent.").arg(id));
    return resolveParked(id, OutboxMessage::State::Dropped, actor, reason.trimmed());
}

ActionResult Outbox::resolveParked(
    qint64 id, OutboxMessage::State to, const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, next_attempt_at = ? "
                             "WHERE id = ? AND state = 'parked'"));
    q.addBindValue(OutboxMessage::stateKey(to));
    q.addBindValue(0);
    q.addBindValue(Timestamps::toText(Timestamps::now()));
    q.addBindValue(id);
    if (!q.exec()) {
        error = q.lastError().text();
        m_store->rollback();
        return ActionResult::failure(tr("Message %1 could not be changed: %2").arg(id).arg(error));
    }
    if (q.numRowsAffected() != 1) {
        m_store->rollback();
        return ActionResult::failure(
            tr("Message %1 is not parked; only a parked message can be retried or dropped.").arg(id));
    }
    AuditRecord r;
    r.actor = actor.trimmed();
    r.action = to == OutboxMessage::State::Dropped ? QStringLiteral("outbox.dropped")
                                                   : QStringLiteral("outbox.retried");
    r.entity = QStringLiteral("outbox");
    r.entityId = id;
    r.field = QStringLiteral("state");
    r.oldValue = OutboxMessage::stateKey(OutboxMessage::State::Parked);
    r.newValue = OutboxMessage::stateKey(to);
    r.reason = reason;
    if (!AuditChain::append(db, r, &error) || !m_store->commit(&error)) {
        m_store->rollback();
        return ActionResult::failure(tr("Message %1 could not be changed: %2").arg(id).arg(error));
    }
    Q_EMIT messagesChanged();
    kick();
    return ActionResult::success();
}

QList<OutboxMessage> Outbox::messages() const
{
    QList<OutboxMessage> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(selectColumns) + QStringLiteral(" ORDER BY id")))
        return out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

void Outbox::deliverNext(const QString &channel)
{
    if (!m_running || m_inFlight.contains(channel) || !m_endpoints.contains(channel))
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QLatin1String(selectColumns)
        + QStringLiteral(
            " WHERE channel = ? AND state IN ('pending', 'failed', 'sending') ORDER BY id LIMIT 1"));
    q.addBindValue(channel);
    if (!q.exec() || !q.next())
        return;
    const OutboxMessage m = readMessage(q);
    q.finish();

    // A pending message waits for its retry time; a claimed one for its claim to lapse.
    const qint64 wait = Timestamps::now().msecsTo(m.nextAttemptAt);
    if (wait > 0) {
        retryLater(channel, wait);
        return;
    }
    QString error;
    if (!claim(m, &error)) {
        retryLater(channel, 500); // another deliverer has it, or the file is busy: look again shortly
        return;
    }

    QNetworkRequest request(m_endpoints.value(channel));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Lets a receiver drop a duplicate after a crash between its answer and our bookkeeping.
    request.setRawHeader(QByteArrayLiteral("X-Cockpit-Message-Id"), QByteArray::number(m.id));
    request.setTransferTimeout(m_timeoutMs);
    m_inFlight.insert(channel);
    QNetworkReply *reply = m_network->post(request, m.payload);
    const qint64 id = m.id;
    m_replies.insert(channel, qMakePair(id, reply));
    connect(reply, &QNetworkReply::finished, this,
        [this, channel, id, reply] { finishAttempt(channel, id, reply); });
}

void Outbox::retryLater(const QString &channel, qint64 ms)
{
    QTimer *&timer = m_retryTimers[channel];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, channel] { deliverNext(channel); });
    }
    timer->start(int(std::clamp<qint64>(ms, 1, std::max(m_backoffMaxMs, 1000))));
}

bool Outbox::claim(const OutboxMessage &m, QString *message)
{
    if (!m_store->beginWrite(message))
        return false;
    QSqlDatabase db = m_store->database();
    // The lease outlives the request timeout, so a live deliverer never loses its claim.
    const QDateTime lease = Timestamps::now().addMSecs(qint64(m_timeoutMs) + 30000);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', next_attempt_at = ? "
                             "WHERE id = ? AND state = ? AND next_attempt_at = ?"));
    q.addBindValue(Timestamps::toText(lease));
    q.addBindValue(m.id);
    q.addBindValue(OutboxMessage::stateKey(m.state));
    q.addBindValue(Timestamps::toText(m.nextAttemptAt));
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_store->rollback();
        return false;
    }
    AuditRecord r;
    r.actor = QStringLiteral("outbox");
    r.action = QStringLiteral("outbox.claim");
    r.entity = QStringLiteral("outbox");
    r.entityId = m.id;
    r.field = QStringLiteral("state");
    r.oldValue = OutboxMessage::stateKey(m.state);
    r.newValue = OutboxMessage::stateKey(OutboxMessage::State::Sending);
    if (!AuditChain::append(db, r, message) || !m_store->commit(message)) {
        m_store->rollback();
        return false;
    }
    return true;
}

void Outbox::finishAttempt(const QString &channel, qint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight.remove(channel);
    m_replies.remove(channel);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;

    int attempts = 0;
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            attempts = q.value(0).toInt();
    }
    ++attempts;
    QString message;
    if (ok) {
        recordState(id, OutboxMessage::State::Sent, attempts, QString(), Timestamps::now(), &message);
        Q_EMIT delivered(id);
    } else {
        // Our own wording: Qt's error strings can quote the URL, and a webhook URL is a secret.
        QString error;
        if (status > 0) {
            error = tr("the receiver answered HTTP %1 %2")
                        .arg(status)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        } else {
            const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error());
            error = tr("no answer from the receiver (%1)").arg(QLatin1String(name ? name : "unknown error"));
        }
        // 408 (timeout) and 429 (slow down) pass with time; another 4xx (a revoked hook, a payload the
        // receiver rejects) does not, so waiting for it would only hold back the channel.
        const bool hopeless = status >= 400 && status < 500 && status != 408 && status != 429;
        if (hopeless || attempts >= m_parkAfter) {
            const QString why = hopeless
                ? tr("parked: %1, which a retry does not cure").arg(error.trimmed())
                : tr("parked after %1 attempts: %2").arg(attempts).arg(error.trimmed());
            if (recordState(id, OutboxMessage::State::Parked, attempts, why, Timestamps::now(), &message))
                Q_EMIT parked(id, channel, why);
        } else {
            const qint64 delay
                = std::min<qint64>(m_backoffMaxMs, qint64(m_backoffBaseMs) << std::min(attempts - 1, 20));
            recordState(id, OutboxMessage::State::Failed, attempts, error.trimmed(),
                Timestamps::now().addMSecs(delay), &message);
        }
    }
    Q_EMIT messagesChanged();
    deliverNext(channel);
}

bool Outbox::recordState(qint64 id, OutboxMessage::State state, int attempts, const QString &error,
    const QDateTime &when, QString *message)
{
    if (!m_store->beginWrite(message))
        return false;
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    const bool sent = state == OutboxMessage::State::Sent;
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
                       "sent_at = ? WHERE id = ?"));
    q.addBindValue(OutboxMessage::stateKey(state));
    q.addBindValue(attempts);
    q.addBindValue(SqlText::notNull(error));
    q.addBindValue(Timestamps::toText(when));
    q.addBindValue(sent ? Timestamps::toText(when) : QStringLiteral(""));
    q.addBindValue(id);
    AuditRecord r;
    r.actor = QStringLiteral("outbox");
    r.action = sent                              ? QStringLiteral("outbox.sent")
        : state == OutboxMessage::State::Pending ? QStringLiteral("outbox.released")
        : state == OutboxMessage::State::Parked  ? QStringLiteral("outbox.parked")
                                                 : QStringLiteral("outbox.attempt_failed");
    r.entity = QStringLiteral("outbox");
    r.entityId = id;
    r.field = QStringLiteral("state");
    r.newValue = OutboxMessage::stateKey(state);
    r.reason = error;
    if (!q.exec() || !AuditChain::append(db, r, message) || !m_store->commit(message)) {
        if (message->isEmpty())
            *message = q.lastError().text();
        m_store->rollback();
        return false;
    }
    return true;
}
