// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/TrafficTrailReplayer.h"

#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficTrailReplayer", text);
}

QString timeOf(const AuditRecord &r)
{
    return Timestamps::toText(r.at);
}

struct Replay {
    TrailReplayer::Rows backends, plans, steps, state, events, measurements, lease;
    qint64 nextStepId = 1; // what SessionStore::nextId gave the next plan's first step
};

void replayPlan(Replay &t, const AuditRecord &r)
{
    const QJsonObject plan = TrailReplayer::jsonOf(r.newValue);
    t.plans[r.entityId]
        = { { QStringLiteral("created_at"), timeOf(r) }, { QStringLiteral("created_by"), r.actor },
              { QStringLiteral("old_health_url"), plan.value(QStringLiteral("old_health_url")).toString() } };
    // Steps get consecutive ids from the highest one so far; version 2 records the first of them.
    qint64 stepId = plan.contains(QStringLiteral("first_step_id"))
        ? qint64(plan.value(QStringLiteral("first_step_id")).toDouble())
        : t.nextStepId;
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i, ++stepId) {
        const QJsonObject s = steps.at(i).toObject();
        t.steps[stepId] = { { QStringLiteral("plan_id"), QString::number(r.entityId) },
            { QStringLiteral("position"), QString::number(i) },
            { QStringLiteral("percent"), TrailReplayer::jsonValueText(s.value(QStringLiteral("percent"))) },
            { QStringLiteral("hold_seconds"),
                TrailReplayer::jsonValueText(s.value(QStringLiteral("hold_s"))) },
            { QStringLiteral("gates"), TrailReplayer::jsonValueText(s.value(QStringLiteral("gates"))) } };
    }
    t.nextStepId = std::max(t.nextStepId, stepId);
}

// "STATE (step N, new P %)", as TrafficStore writes a traffic.state record.
void replayState(Replay &t, const AuditRecord &r)
{
    static const QRegularExpression form(QStringLiteral("^(\\S+) \\(step (-?\\d+), new (-?\\d+) %\\)$"));
    const QRegularExpressionMatch m = form.match(r.newValue);
    t.state[1] = { { QStringLiteral("state"), m.captured(1) },
        { QStringLiteral("step_index"), QString::number(m.captured(2).toInt() - 1) },
        { QStringLiteral("percent_new"), m.captured(3) }, { QStringLiteral("updated_at"), timeOf(r) } };
}

// "new P %[ (step N)][: DETAIL]" (the step since trail version 2) and "intent ID" as the old value.
void replayEvent(Replay &t, const AuditRecord &r)
{
    static const QRegularExpression form(
        QStringLiteral("^new (-?\\d+) %(?: \\(step (-?\\d+)\\))?(?:: (.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = form.match(r.newValue);
    TrailReplayer::Row &row = t.events[r.entityId];
    row = { { QStringLiteral("at"), timeOf(r) }, { QStringLiteral("kind"), r.action.mid(8) },
        { QStringLiteral("actor"), r.actor }, { QStringLiteral("percent_new"), m.captured(1) },
        { QStringLiteral("intent_id"),
            r.oldValue.startsWith(QLatin1String("intent ")) ? r.oldValue.mid(7) : QStringLiteral("0") },
        { QStringLiteral("reason"), r.reason }, { QStringLiteral("detail"), m.captured(3) } };
    if (m.hasCaptured(2))
        row.insert(QStringLiteral("step_index"), QString::number(m.captured(2).toInt() - 1));
}

// Version 2 records the whole measurement as JSON; older records say "VERDICT: VALUE".
void replayMeasurement(Replay &t, const AuditRecord &r)
{
    TrailReplayer::Row &row = t.measurements[r.entityId];
    row = { { QStringLiteral("at"), timeOf(r) }, { QStringLiteral("gate"), r.field },
        { QStringLiteral("condition_text"), r.oldValue }, { QStringLiteral("reason"), r.reason } };
    if (r.newValue.startsWith(QLatin1Char('{'))) {
        TrailReplayer::fillFromJson(row, TrailReplayer::jsonOf(r.newValue));
    } else {
        row.insert(QStringLiteral("verdict"), r.newValue.section(QStringLiteral(": "), 0, 0));
        row.insert(QStringLiteral("value"), r.newValue.section(QStringLiteral(": "), 1));
    }
}

// Who took the lease, from "HOLDER on HOST (pid PID)"; the time is the lease's "since".
void replayLease(Replay &t, const AuditRecord &r)
{
    static const QRegularExpression form(QStringLiteral("^.* on (\\S*) \\(pid (-?\\d+)\\)$"));
    const QRegularExpressionMatch m = form.match(r.newValue);
    t.lease[1] = { { QStringLiteral("host"), m.captured(1) }, { QStringLiteral("pid"), m.captured(2) },
        { QStringLiteral("since"), timeOf(r) } };
}

bool leaseHeld(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM traffic_lease")) && q.next() && q.value(0).toInt() > 0;
}

}

QStringList TrafficTrailReplayer::mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    Replay t;
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("traffic.backend")) {
            const QJsonObject o = jsonOf(r.newValue);
            t.backends[r.entityId]
                = { { QStringLiteral("backend_id"), o.value(QStringLiteral("backend")).toString() },
                      { QStringLiteral("config"), jsonValueText(o.value(QStringLiteral("config"))) },
                      { QStringLiteral("set_at"), timeOf(r) }, { QStringLiteral("set_by"), r.actor } };
        } else if (r.action == QLatin1String("traffic.plan")) {
            replayPlan(t, r);
        } else if (r.action == QLatin1String("traffic.state")) {
            replayState(t, r);
        } else if (r.entity == QLatin1String("traffic_event")) {
            replayEvent(t, r);
        } else if (r.action == QLatin1String("gate.measurement")) {
            replayMeasurement(t, r);
        } else if (r.action == QLatin1String("traffic.lease")
            || r.action == QLatin1String("traffic.takeover")) {
            replayLease(t, r);
        }
    }
    // Times the trail knows from its record's time (stored at once since trail version 2, moments apart
    // before); columns older records lack (an event's step, a measurement's kind, step and output) are
    // not compared for them.
    CompareOptions times;
    times.nearTimes = { QStringLiteral("set_at"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("at"), QStringLiteral("since") };
    CompareOptions older = times;
    older.skipMissing = true;
    QStringList out;
    compareRows(db, QStringLiteral("traffic_backend"), tr("traffic backend setting"), t.backends,
        { QStringLiteral("backend_id"), QStringLiteral("config"), QStringLiteral("set_at"),
            QStringLiteral("set_by") },
        &out, {}, times);
    compareRows(db, QStringLiteral("traffic_plan"), tr("traffic plan"), t.plans,
        { QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("old_health_url") },
        &out, {}, times);
    compareRows(db, QStringLiteral("traffic_steps"), tr("traffic step"), t.steps,
        { QStringLiteral("plan_id"), QStringLiteral("position"), QStringLiteral("percent"),
            QStringLiteral("hold_seconds"), QStringLiteral("gates") },
        &out);
    compareRows(db, QStringLiteral("traffic_state"), tr("traffic state"), t.state,
        { QStringLiteral("state"), QStringLiteral("step_index"), QStringLiteral("percent_new"),
            QStringLiteral("updated_at") },
        &out, {}, times);
    compareRows(db, QStringLiteral("traffic_events"), tr("traffic event"), t.events,
        { QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("actor"),
            QStringLiteral("percent_new"), QStringLiteral("step_index"), QStringLiteral("intent_id"),
            QStringLiteral("reason"), QStringLiteral("detail") },
        &out, {}, older);
    compareRows(db, QStringLiteral("gate_measurements"), tr("gate measurement"), t.measurements,
        { QStringLiteral("at"), QStringLiteral("step_index"), QStringLiteral("gate"), QStringLiteral("kind"),
            QStringLiteral("value"), QStringLiteral("condition_text"), QStringLiteral("verdict"),
            QStringLiteral("reason"), QStringLiteral("output") },
        &out, {}, older);
    // The lease is released (its row deleted) and renewed (heartbeat, a holder's new display name within
    // the same process) without a record: only a lease that is held is checked, and only where it is
    // held from and since when, which only a recorded take sets. The token is not recorded.
    if (leaseHeld(db))
        compareRows(db, QStringLiteral("traffic_lease"), tr("traffic lease"), t.lease,
            { QStringLiteral("host"), QStringLiteral("pid"), QStringLiteral("since") }, &out,
            tr("traffic lease %1 exists but the trail never recorded who took it"), times);
    return out;
}
