// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/TrafficLease.h"

#include "audit/AuditChain.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficLease", text);
}
}

bool TrafficLease::Holder::isDead() const
{
    if (isNull())
        return false;
    if (host == thisHost() && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    return !heartbeat.isValid()
        || heartbeat.secsTo(readAt.isValid() ? readAt : Timestamps::now()) > expirySeconds();
}

QString TrafficLease::Holder::describe() const
{
    return tr("%1 on %2 (pid %3) since %4").arg(holder, host).arg(pid).arg(Timestamps::display(since));
}

qint64 TrafficLease::Holder::heartbeatAgeSeconds() const
{
    if (!heartbeat.isValid())
        return -1;
    return qMax<qint64>(0, heartbeat.secsTo(readAt.isValid() ? readAt : Timestamps::now()));
}

QString TrafficLease::Holder::describeLiveness() const
{
    const qint64 age = heartbeatAgeSeconds();
    if (age < 0)
        return tr("no heartbeat recorded; control passes to the next cockpit that acts");
    return tr("last heartbeat %1 s ago; without one for %2 s, control passes to the next cockpit that acts")
        .arg(age)
        .arg(expirySeconds());
}

TrafficLease::TrafficLease(SessionStore *store, const QString &token)
    : m_store(store)
    , m_token(token)
{
}

QString TrafficLease::thisHost()
{
    return QSysInfo::machineHostName();
}

QDateTime TrafficLease::clock(SessionStore *store)
{
    if (store->isTeam()) {
        QSqlQuery q(store->database());
        if (q.exec(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                  "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"))
            && q.next()) {
            const QDateTime server = Timestamps::fromText(q.value(0).toString());
            if (server.isValid())
                return server;
        }
    }
    return Timestamps::now();
}

TrafficLease::Holder TrafficLease::read(SessionStore *store)
{
    Holder h;
    h.readAt = clock(store);
    QSqlQuery q(store->database());
    if (q.exec(QStringLiteral(
            "SELECT holder, host, pid, token, since, heartbeat FROM traffic_lease WHERE id = 1"))
        && q.next()) {
        h.holder = q.value(0).toString();
        h.host = q.value(1).toString();
        h.pid = q.value(2).toLongLong();
        h.token = q.value(3).toString();
        h.since = Timestamps::fromText(q.value(4).toString());
        h.heartbeat = Timestamps::fromText(q.value(5).toString());
    }
    return h;
}

TrafficLease::Holder TrafficLease::current() const
{
    return read(m_store);
}

TrafficLease::Outcome TrafficLease::take(
    const QString &holder, bool takeOver, const QString &reason, Holder *other, QString *error)
{
    if (!m_store->beginWrite(error))
        return Outcome::Failed;
    const Holder was = read(m_store); // inside the write transaction: nobody can take it meanwhile
    *other = was;
    const QDateTime taken = was.readAt;
    const QString now = Timestamps::toText(taken);
    QSqlQuery q(m_store->database());
    if (isMine(was)) {
        q.prepare(QStringLiteral("UPDATE traffic_lease SET heartbeat = ?, holder = ? WHERE id = 1"));
        q.addBindValue(now);
        q.addBindValue(SqlText::notNull(holder));
        if (!q.exec()) {
            *error = q.lastError().text();
            m_store->rollback();
            return Outcome::Failed;
        }
        return m_store->commit(error) ? Outcome::Taken : Outcome::Failed;
    }
    const bool dead = was.isDead();
    if (!was.isNull() && !dead && !takeOver) {
        m_store->rollback();
        return Outcome::Refused;
    }
    if (!was.isNull() && !dead && reason.trimmed().isEmpty()) {
        *error = tr("Taking over from %1 needs a reason.").arg(was.describe());
        m_store->rollback();
        return Outcome::Failed;
    }
    bool ok = q.exec(QStringLiteral("DELETE FROM traffic_lease WHERE id = 1"));
    q.prepare(QStringLiteral("INSERT INTO traffic_lease (id, holder, host, pid, token, since, heartbeat) "
                             "VALUES (1,?,?,?,?,?,?)"));
    q.addBindValue(SqlText::notNull(holder));
    q.addBindValue(thisHost());
    q.addBindValue(qint64(QCoreApplication::applicationPid()));
    q.addBindValue(m_token);
    q.addBindValue(now);
    q.addBindValue(now);
    ok = ok && q.exec();
    if (!ok) {
        *error = q.lastError().text();
        m_store->rollback();
        return Outcome::Failed;
    }
    AuditRecord r;
    r.at = taken; // the lease's "since": TrafficTrailReplayer compares the two
    r.actor = SqlText::notNull(holder);
    r.action = was.isNull() ? QStringLiteral("traffic.lease") : QStringLiteral("traffic.takeover");
    r.entity = QStringLiteral("traffic_lease");
    r.entityId = 1;
    r.field = QStringLiteral("controller");
    r.oldValue = SqlText::notNull(was.isNull() ? QString() : was.describe());
    r.newValue
        = QStringLiteral("%1 on %2 (pid %3)").arg(holder, thisHost()).arg(QCoreApplication::applicationPid());
    r.reason = SqlText::notNull(was.isNull()
            ? QString()
            : (dead ? tr("the holder is gone (process ended or no heartbeat for %1 s)").arg(expirySeconds())
                        + (reason.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + reason)
                    : reason));
    QSqlDatabase db = m_store->database();
    if (!AuditChain::append(db, r, error)) {
        m_store->rollback();
        return Outcome::Failed;
    }
    return m_store->commit(error) ? Outcome::Taken : Outcome::Failed;
}

bool TrafficLease::heartbeat(Holder *other, QString *error)
{
    if (!m_store->beginWrite(error))
        return true; // cannot tell now; the next beat or action checks again
    const Holder h = read(m_store);
    *other = h;
    if (!isMine(h)) {
        m_store->rollback();
        return false;
    }
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE traffic_lease SET heartbeat = ? WHERE id = 1"));
    q.addBindValue(Timestamps::toText(h.readAt));
    if (!q.exec()) {
        *error = q.lastError().text();
        m_store->rollback();
        return true;
    }
    m_store->commit(error);
    return true;
}

void TrafficLease::release()
{
    QString error;
    if (!m_store->beginWrite(&error))
        return;
    if (!isMine(read(m_store))) {
        m_store->rollback();
        return;
    }
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("DELETE FROM traffic_lease WHERE id = 1"))) {
        m_store->rollback();
        return;
    }
    m_store->commit(&error);
}
