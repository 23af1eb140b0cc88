// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/TrafficStore.h"

#include "core/SqlText.h"

#include "audit/AuditChain.h"
#include "core/Timestamps.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
}

TrafficStore::TrafficStore(SessionStore *store)
    : m_store(store)
{
}

bool TrafficStore::exists() const
{
    return SessionSchema::hasTable(m_store->database(), QStringLiteral("traffic_events"));
}

bool TrafficStore::audit(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
    const QString &field, const QString &oldValue, const QString &newValue, const QString &reason,
    QString *error, const QDateTime &at)
{
    QSqlDatabase db = m_store->database();
    AuditRecord r;
    r.at = at; // the time the row stores, where it has one, so the replay finds it exactly
    // The audit columns are NOT NULL: a null QString would bind as NULL.
    auto text = [](const QString &s) { return SqlText::notNull(s); };
    r.actor = text(actor);
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.field = text(field);
    r.oldValue = text(oldValue);
    r.newValue = text(newValue);
    r.reason = text(reason);
    return AuditChain::append(db, r, error);
}

bool TrafficStore::saveBackend(const QString &backendId, const QJsonObject &config, const QString &actor,
    const QString &reason, QString *error)
{
    QString oldId;
    QJsonObject oldConfig;
    loadBackend(&oldId, &oldConfig);
    if (!m_store->beginWrite(error))
        return false;
    const qint64 id = m_store->nextId(QStringLiteral("traffic_backend"));
    const QDateTime setAt = Timestamps::now();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "INSERT INTO traffic_backend (id, backend_id, config, set_at, set_by) VALUES (?,?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(backendId);
    q.addBindValue(json(config));
    q.addBindValue(Timestamps::toText(setAt));
    q.addBindValue(SqlText::notNull(actor));
    if (!q.exec()) {
        *error = q.lastError().text();
        m_store->rollback();
        return false;
    }
    QJsonObject oldValue { { QStringLiteral("backend"), oldId }, { QStringLiteral("config"), oldConfig } };
    QJsonObject newValue { { QStringLiteral("backend"), backendId }, { QStringLiteral("config"), config } };
    if (!audit(actor, QStringLiteral("traffic.backend"), QStringLiteral("traffic_backend"), id,
            QStringLiteral("config"), oldId.isEmpty() ? QString() : json(oldValue), json(newValue), reason,
            error, setAt)) {
        m_store->rollback();
        return false;
    }
    return m_store->commit(error);
}

bool TrafficStore::loadBackend(QString *backendId, QJsonObject *config) const
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT backend_id, config FROM traffic_backend ORDER BY id DESC LIMIT 1"))
        || !q.next())
        return false;
    *backendId = q.value(0).toString();
    *config = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return true;
}

bool TrafficStore::savePlan(const StepPlan &plan, const QString &actor, const QString &reason, QString *error)
{
    StepPlan oldPlan;
    const bool hadPlan = loadPlan(&oldPlan);
    if (!m_store->beginWrite(error))
        return false;
    QSqlDatabase db = m_store->database();
    const qint64 planId = m_store->nextId(QStringLiteral("traffic_plan"));
    const QDateTime createdAt = Timestamps::now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO traffic_plan (id, created_at, created_by, old_health_url) VALUES (?,?,?,?)"));
    q.addBindValue(planId);
    q.addBindValue(Timestamps::toText(createdAt));
    q.addBindValue(SqlText::notNull(actor));
    q.addBindValue(SqlText::notNull(plan.oldHealthUrl));
    bool ok = q.exec();
    qint64 stepId = m_store->nextId(QStringLiteral("traffic_steps"));
    // The record carries the plan and where its steps went (TrafficTrailReplayer replays the rows).
    QJsonObject recorded = plan.toJson();
    recorded.insert(QStringLiteral("first_step_id"), stepId);
    for (int i = 0; ok && i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps.at(i);
        QJsonArray gates;
        for (const GateDefinition &g : s.gates)
            gates << g.toJson();
        q.prepare(
            QStringLiteral("INSERT INTO traffic_steps (id, plan_id, position, percent, hold_seconds, gates) "
                           "VALUES (?,?,?,?,?,?)"));
        q.addBindValue(stepId++);
        q.addBindValue(planId);
        q.addBindValue(i);
        q.addBindValue(s.percent);
        q.addBindValue(s.holdSeconds);
        q.addBindValue(json(gates));
        ok = q.exec();
    }
    if (!ok) {
        *error = q.lastError().text();
        m_store->rollback();
        return false;
    }
    if (!audit(actor, QStringLiteral("traffic.plan"), QStringLiteral("traffic_plan"), planId,
            QStringLiteral("steps"), hadPlan ? json(oldPlan.toJson()) : QString(), json(recorded), reason,
            error, createdAt)) {
        m_store->rollback();
        return false;
    }
    return m_store->commit(error);
}

bool TrafficStore::loadPlan(StepPlan *plan, QString *problem) const
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT id, old_health_url FROM traffic_plan ORDER BY id DESC LIMIT 1"))
        || !q.next())
        return false;
    const qint64 planId = q.value(0).toLongLong();
    StepPlan p;
    p.oldHealthUrl = q.value(1).toString();
    q.prepare(QStringLiteral(
        "SELECT percent, hold_seconds, gates FROM traffic_steps WHERE plan_id = ? ORDER BY position"));
    q.addBindValue(planId);
    if (!q.exec())
        return false;
    while (q.next()) {
        PlanStep s;
        s.percent = q.value(0).toInt();
        s.holdSeconds = q.value(1).toInt();
        QString error;
        s.gates = GateDefinition::listFromJson(
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array(), &error);
        if (!error.isEmpty() && problem)
            *problem += (problem->isEmpty() ? QString() : QStringLiteral("; "))
                + QCoreApplication::translate("TrafficStore", "step %1: %2")
                      .arg(p.steps.size() + 1)
                      .arg(error);
        p.steps << s;
    }
    *plan = p;
    return true;
}

TrafficStore::State TrafficStore::loadState() const
{
    State s;
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT state, step_index FROM traffic_state WHERE id = 1")) && q.next()) {
        s.state = q.value(0).toString();
        s.stepIndex = q.value(1).toInt();
    }
    s.percentNew = confirmedPercent();
    return s;
}

int TrafficStore::confirmedPercent() const
{
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral(
            "SELECT percent_new FROM traffic_events WHERE kind = 'confirmed' ORDER BY id DESC LIMIT 1"))
        && q.next())
        return q.value(0).toInt();
    return 0;
}

bool TrafficStore::leaseHeldByOther() const
{
    if (m_leaseToken.isEmpty()
        || !SessionSchema::hasTable(m_store->database(), QStringLiteral("traffic_lease")))
        return false;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT token FROM traffic_lease WHERE id = 1")) || !q.next())
        return true; // released or never taken: this engine does not hold it
    return q.value(0).toString() != m_leaseToken;
}

bool TrafficStore::saveState(const State &state, const QString &actor, const QString &reason, QString *error)
{
    return transition(nullptr, &state, actor, reason, error);
}

bool TrafficStore::writeState(const State &state, const QString &actor, const QString &reason, QString *error)
{
    State old = loadState();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM traffic_state WHERE id = 1"));
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO traffic_state (id, state, step_index, percent_new, updated_at) "
                             "VALUES (1,?,?,?,?)"));
    q.addBindValue(state.state);
    q.addBindValue(state.stepIndex);
    q.addBindValue(confirmedPercent()); // informative only: the split is read from the confirmations
    const QDateTime updatedAt = Timestamps::now();
    q.addBindValue(Timestamps::toText(updatedAt));
    ok = ok && q.exec();
    if (!ok) {
        *error = q.lastError().text();
        return false;
    }
    State now = state;
    now.percentNew = confirmedPercent();
    auto text = [](const State &s) {
        return QStringLiteral("%1 (step %2, new %3 %)").arg(s.state).arg(s.stepIndex + 1).arg(s.percentNew);
    };
    return audit(actor, QStringLiteral("traffic.state"), QStringLiteral("traffic"), 1,
        QStringLiteral("state"), text(old), text(now), reason, error, updatedAt);
}

bool TrafficStore::transition(Event *event, const State *state, const QString &actor, const QString &reason,
    QString *error, bool *leaseLost)
{
    if (leaseLost)
        *leaseLost = false;
    if (!m_store->beginWrite(error))
        return false;
    const bool answer
        = event && (event->kind == QLatin1String("confirmed") || event->kind == QLatin1String("error"));
    const bool checked = (event && event->kind == QLatin1String("intent")) || (state && !answer);
    if (leaseHeldByOther()) {
        if (checked) {
            m_store->rollback();
            *error = QCoreApplication::translate(
                "TrafficStore", "another cockpit controls this session's traffic now");
            if (leaseLost)
                *leaseLost = true;
            return false;
        }
        if (leaseLost && state)
            *leaseLost = true;
        state = nullptr; // the backend's answer is recorded; the state belongs to the new holder
    }
    // The trail reads in order: an intent follows the state it was written in (the report names a
    // change by it); a confirmation precedes the state it leads to (whose record names its split).
    const bool stateFirst = event && event->kind == QLatin1String("intent");
    if ((stateFirst && state && !writeState(*state, actor, reason, error))
        || (event && !insertEvent(event, error))
        || (!stateFirst && state && !writeState(*state, actor, reason, error))) {
        m_store->rollback();
        return false;
    }
    return m_store->commit(error);
}

qint64 TrafficStore::recordIntent(int percentNew, int stepIndex, const QString &actor, const QString &reason,
    QString *error, const State *state, bool *leaseLost)
{
    Event e;
    e.kind = QStringLiteral("intent");
    e.actor = actor;
    e.percentNew = percentNew;
    e.stepIndex = stepIndex;
    e.reason = reason;
    if (!transition(&e, state, actor, reason, error, leaseLost))
        return 0;
    return e.id;
}

bool TrafficStore::recordEvent(Event e, QString *error)
{
    return transition(&e, nullptr, e.actor, e.reason, error);
}

bool TrafficStore::insertEvent(Event *event, QString *error)
{
    Event &e = *event;
    e.id = m_store->nextId(QStringLiteral("traffic_events"));
    const QDateTime at = Timestamps::now();
    e.at = Timestamps::toText(at);
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("INSERT INTO traffic_events (id, at, kind, actor, percent_new, step_index, intent_id, "
                       "reason, detail) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.at);
    q.addBindValue(e.kind);
    q.addBindValue(SqlText::notNull(e.actor));
    q.addBindValue(e.percentNew);
    q.addBindValue(e.stepIndex);
    q.addBindValue(e.intentId);
    q.addBindValue(SqlText::notNull(e.reason));
    q.addBindValue(SqlText::notNull(e.detail));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    // "new P % (step N)[: detail]": the step since trail version 2 (TrafficTrailReplayer reads it back).
    const QString split = QStringLiteral("new %1 % (step %2)").arg(e.percentNew).arg(e.stepIndex + 1);
    const QString newValue = e.detail.isEmpty() ? split : QStringLiteral("%1: %2").arg(split, e.detail);
    return audit(e.actor, QStringLiteral("traffic.") + e.kind, QStringLiteral("traffic_event"), e.id,
        QStringLiteral("split"), e.intentId ? QStringLiteral("intent %1").arg(e.intentId) : QString(),
        newValue, e.reason, error, at);
}

QList<TrafficStore::Event> TrafficStore::events(const QString &kind) const
{
    QList<Event> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (kind.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT id, at, kind, actor, percent_new, step_index, intent_id, reason, detail "
                           "FROM traffic_events ORDER BY id"));
    } else {
        q.prepare(
            QStringLiteral("SELECT id, at, kind, actor, percent_new, step_index, intent_id, reason, detail "
                           "FROM traffic_events WHERE kind = ? ORDER BY id"));
        q.addBindValue(kind);
    }
    if (!q.exec())
        return out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.actor = q.value(3).toString();
        e.percentNew = q.value(4).toInt();
        e.stepIndex = q.value(5).toInt();
        e.intentId = q.value(6).toLongLong();
        e.reason = q.value(7).toString();
        e.detail = q.value(8).toString();
        out << e;
    }
    return out;
}

bool TrafficStore::lastIntent(Event *intent, bool *answered) const
{
    const QList<Event> intents = events(QStringLiteral("intent"));
    if (intents.isEmpty())
        return false;
    *intent = intents.constLast();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM traffic_events WHERE intent_id = ? AND kind IN ('confirmed', 'error')"));
    q.addBindValue(intent->id);
    *answered = q.exec() && q.next() && q.value(0).toInt() > 0;
    return true;
}

bool TrafficStore::recordMeasurement(GateMeasurement &m, const QString &actor, QString *error)
{
    if (!m_store->beginWrite(error))
        return false;
    m.id = m_store->nextId(QStringLiteral("gate_measurements"));
    if (!m.at.isValid())
        m.at = Timestamps::now();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "INSERT INTO gate_measurements (id, at, step_index, gate, kind, value, condition_text, verdict, "
        "reason, output) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(m.id);
    q.addBindValue(Timestamps::toText(m.at));
    q.addBindValue(m.stepIndex);
    q.addBindValue(m.gate);
    q.addBindValue(m.kind);
    q.addBindValue(SqlText::notNull(m.value));
    q.addBindValue(SqlText::notNull(m.condition));
    q.addBindValue(GateMeasurement::verdictKey(m.verdict));
    q.addBindValue(SqlText::notNull(m.reason));
    q.addBindValue(SqlText::notNull(m.output));
    if (!q.exec()) {
        *error = q.lastError().text();
        m_store->rollback();
        return false;
    }
    // The whole measurement (trail version 2; before it "VERDICT: VALUE"), for TrafficTrailReplayer.
    const QJsonObject measured { { QStringLiteral("verdict"), GateMeasurement::verdictKey(m.verdict) },
        { QStringLiteral("value"), m.value }, { QStringLiteral("kind"), m.kind },
        { QStringLiteral("step_index"), m.stepIndex }, { QStringLiteral("output"), m.output },
        { QStringLiteral("at"), Timestamps::toText(m.at) } };
    if (!audit(actor, QStringLiteral("gate.measurement"), QStringLiteral("gate_measurement"), m.id, m.gate,
            m.condition, json(measured), m.reason, error)) {
        m_store->rollback();
        return false;
    }
    return m_store->commit(error);
}

QList<GateMeasurement> TrafficStore::measurements() const
{
    QList<GateMeasurement> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, at, step_index, gate, kind, value, condition_text, verdict, reason, output "
            "FROM gate_measurements ORDER BY id")))
        return out;
    while (q.next()) {
        GateMeasurement m;
        m.id = q.value(0).toLongLong();
        m.at = Timestamps::fromText(q.value(1).toString());
        m.stepIndex = q.value(2).toInt();
        m.gate = q.value(3).toString();
        m.kind = q.value(4).toString();
        m.value = q.value(5).toString();
        m.condition = q.value(6).toString();
        m.verdict = GateMeasurement::verdictFromKey(q.value(7).toString());
        m.reason = q.value(8).toString();
        m.output = q.value(9).toString();
        out << m;
    }
    return out;
}
