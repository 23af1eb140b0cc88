// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/TrafficReportContributor.h"

#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "store/SessionStore.h"
#include "traffic/TrafficStore.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString clock(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("–");
}

QString split(const ReportStrings &s, int percentNew)
{
    return s.pick(QStringLiteral("old %1 % | new %2 %"), QStringLiteral("alt %1 % | neu %2 %"))
        .arg(100 - percentNew)
        .arg(percentNew);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    const qint64 secs = ms / 1000;
    return QStringLiteral("%1:%2 min").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString verdictText(const ReportStrings &s, GateMeasurement::Verdict v)
{
    switch (v) {
    case GateMeasurement::Verdict::Pass:
        return s.pick(QStringLiteral("pass"), QStringLiteral("bestanden"));
    case GateMeasurement::Verdict::Fail:
        return s.pick(QStringLiteral("FAIL"), QStringLiteral("NICHT BESTANDEN"));
    case GateMeasurement::Verdict::Inconclusive:
        return s.pick(QStringLiteral("inconclusive"), QStringLiteral("nicht eindeutig"));
    case GateMeasurement::Verdict::NoData:
        return s.pick(QStringLiteral("no data"), QStringLiteral("keine Daten"));
    case GateMeasurement::Verdict::Error:
        return s.pick(QStringLiteral("error"), QStringLiteral("Fehler"));
    }
    return {};
}

struct Change {
    TrafficStore::Event intent;
    TrafficStore::Event answer; // kind "confirmed" or "error"; id 0 while unanswered
    QString stateAtIntent; // the engine's state when the intent was written (from the audit trail)
};

}

bool TrafficReportContributor::contribute(
    const ReportContext &ctx, ReportContribution *out, QString *error) const
{
    const ReportStrings &s = ctx.strings;
    SessionStore *store = ctx.session->store();
    TrafficStore traffic(store);
    if (!traffic.exists())
        return true; // a session from before the traffic feature: nothing to say

    StepPlan plan;
    const bool hasPlan = traffic.loadPlan(&plan);
    QString backendId;
    QJsonObject backendConfig;
    const bool hasBackend = traffic.loadBackend(&backendId, &backendConfig);
    const QList<TrafficStore::Event> events = traffic.events();
    const QList<GateMeasurement> measurements = traffic.measurements();
    if (!hasPlan && !hasBackend && events.isEmpty() && measurements.isEmpty())
        return true; // no traffic shift in this session
    const TrafficStore::State state = traffic.loadState();

    // The audit trail says in which state of the engine each intent was written (a rollback's intents are
    // written while it is rolling back) and when the engine ended up rolled back, by whom and why.
    QString readError;
    const QList<AuditRecord> records = AuditChain::readAll(store->database(), &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    QHash<qint64, QString> stateAtEvent;
    QList<AuditRecord> rollbacks;
    QList<AuditRecord> stateRecords;
    QString currentState = QStringLiteral("idle");
    for (const AuditRecord &r : records) {
        if (r.action == QLatin1String("traffic.state")) {
            stateRecords.append(r);
            currentState = r.newValue.section(QLatin1Char(' '), 0, 0);
            if (currentState == QLatin1String("rolled_back"))
                rollbacks.append(r);
        } else if (r.action == QLatin1String("traffic.intent")) {
            stateAtEvent.insert(r.entityId, currentState);
        }
    }

    // Who decided a change of state: the engine records what a gate decided with the actor "gate:NAME".
    // Records from before that name the person who started the run and say "(automatic)": the gate whose
    // failed measurement came last before the decision decided, not that person.
    auto decidedBy = [&](const AuditRecord &r) {
        if (ReportStrings::isGateActor(r.actor) || !r.reason.startsWith(QLatin1String("(automatic) ")))
            return r.actor;
        QString gate;
        for (const GateMeasurement &m : measurements)
            if (m.verdict == GateMeasurement::Verdict::Fail && m.at <= r.at)
                gate = m.gate;
        return gate.isEmpty() ? r.actor : QStringLiteral("gate:") + gate;
    };

    // Pair each intent with its confirmation or error.
    QList<Change> changes;
    QHash<qint64, int> changeOfIntent;
    for (const TrafficStore::Event &e : events) {
        if (e.kind == QLatin1String("intent")) {
            changeOfIntent.insert(e.id, int(changes.size()));
            changes.append(Change { e, {}, stateAtEvent.value(e.id) });
        } else if ((e.kind == QLatin1String("confirmed") || e.kind == QLatin1String("error"))
            && e.intentId != 0) {
            const int i = changeOfIntent.value(e.intentId, -1);
            if (i >= 0 && changes.at(i).answer.id == 0)
                changes[i].answer = e;
        }
    }

    const int stepCount = int(plan.steps.size());
    auto stepName = [&](const Change &c) {
        if (c.stateAtIntent == QLatin1String("rolling_back"))
            return s.pick(QStringLiteral("Rollback"), QStringLiteral("Rückabwicklung"));
        const int i = c.intent.stepIndex;
        if (c.stateAtIntent == QLatin1String("shifting") && i >= 0 && i < stepCount
            && plan.steps.at(i).percent == c.intent.percentNew)
            return s.pick(QStringLiteral("Step %1 of %2"), QStringLiteral("Schritt %1 von %2"))
                .arg(i + 1)
                .arg(stepCount);
        return s.pick(QStringLiteral("Manual shift"), QStringLiteral("Manuelle Umschaltung"));
    };

    ReportSection section;
    section.id = QStringLiteral("traffic");
    section.title = s.text(ReportStrings::TrafficShift);
    section.order = 40;

    // Final split: the last confirmed change (what the backend reported), else what the record says.
    int finalPercent = state.percentNew;
    for (const Change &c : std::as_const(changes))
        if (c.answer.kind == QLatin1String("confirmed"))
            finalPercent = c.answer.percentNew;

    QList<QPair<QString, QString>> facts;
    facts.append({ s.pick(QStringLiteral("Backend"), QStringLiteral("Backend")),
        hasBackend ? backendId : s.pick(QStringLiteral("(none)"), QStringLiteral("(keines)")) });
    QStringList percents;
    for (const PlanStep &p : std::as_const(plan.steps))
        percents << QStringLiteral("%1 %").arg(p.percent);
    facts.append({ s.pick(QStringLiteral("Step plan"), QStringLiteral("Stufenplan")),
        percents.isEmpty() ? s.pick(QStringLiteral("(none)"), QStringLiteral("(keiner)"))
                           : percents.join(QStringLiteral(" → ")) });
    facts.append({ s.pick(QStringLiteral("Final split"), QStringLiteral("Aufteilung am Ende")),
        split(s, finalPercent) });
    facts.append({ s.pick(QStringLiteral("Traffic changes"), QStringLiteral("Änderungen der Aufteilung")),
        QString::number(changes.size()) });
    facts.append({ s.pick(QStringLiteral("Rollbacks"), QStringLiteral("Rückabwicklungen")),
        QString::number(rollbacks.size()) });
    section.blocks.append(ReportBlock::keyValues(facts));

    // Changes of the split.
    QJsonArray changesJson;
    QList<QStringList> rows;
    int n = 0;
    for (const Change &c : std::as_const(changes)) {
        if (ctx.isCanceled())
            return false;
        ++n;
        const QDateTime intentAt = Timestamps::fromText(c.intent.at);
        const QDateTime answerAt = c.answer.id ? Timestamps::fromText(c.answer.at) : QDateTime();
        QString result;
        if (c.answer.kind == QLatin1String("confirmed") && c.answer.percentNew == c.intent.percentNew)
            result = s.pick(QStringLiteral("confirmed"), QStringLiteral("bestätigt"));
        else if (c.answer.kind == QLatin1String("confirmed"))
            result = s.pick(QStringLiteral("confirmed, but the backend reports %1 % new"),
                          QStringLiteral("bestätigt, das Backend meldet aber %1 % neu"))
                         .arg(c.answer.percentNew);
        else if (c.answer.kind == QLatin1String("error"))
            result = s.pick(QStringLiteral("FAILED: %1"), QStringLiteral("FEHLGESCHLAGEN: %1"))
                         .arg(s.recorded(c.answer.detail));
        else
            result = s.pick(QStringLiteral("never confirmed"), QStringLiteral("nie bestätigt"));
        const qint64 ms = answerAt.isValid() && intentAt.isValid() ? intentAt.msecsTo(answerAt) : -1;
        rows.append({ QString::number(n), stepName(c), QStringLiteral("%1 %").arg(c.intent.percentNew),
            clock(intentAt), clock(answerAt), duration(ms), s.actor(c.intent.actor),
            s.recorded(c.intent.reason), result });
        changesJson.append(QJsonObject {
            { QStringLiteral("step"), c.intent.stepIndex + 1 },
            { QStringLiteral("kind"),
                c.stateAtIntent == QLatin1String("rolling_back") ? QStringLiteral("rollback")
                                                                 : QStringLiteral("shift") },
            { QStringLiteral("percentNew"), c.intent.percentNew },
            { QStringLiteral("intentAt"), c.intent.at },
            { QStringLiteral("answeredAt"), c.answer.at },
            { QStringLiteral("result"), c.answer.id ? c.answer.kind : QStringLiteral("unanswered") },
            { QStringLiteral("durationMs"), ms },
            { QStringLiteral("actor"), c.intent.actor },
            { QStringLiteral("reason"), c.intent.reason },
        });
        if (c.answer.kind == QLatin1String("confirmed")) {
            ReportTimelineEvent e;
            e.at = answerAt;
            e.kind = QStringLiteral("traffic.step");
            e.text = s.pick(QStringLiteral("%1: traffic at %2"), QStringLiteral("%1: Datenverkehr %2"))
                         .arg(stepName(c), split(s, c.answer.percentNew));
            e.actor = s.actor(c.intent.actor);
            e.source = id();
            out->timeline.append(e);
        }
    }
    section.blocks.append(ReportBlock::heading(
        s.pick(QStringLiteral("Changes of the split"), QStringLiteral("Änderungen der Aufteilung"))));
    if (rows.isEmpty()) {
        section.blocks.append(ReportBlock::paragraph(s.pick(QStringLiteral("The split was never changed."),
            QStringLiteral("Die Aufteilung wurde nie geändert."))));
    } else {
        section.blocks.append(ReportBlock::table(
            { s.text(ReportStrings::Number), s.pick(QStringLiteral("Step"), QStringLiteral("Schritt")),
                s.pick(QStringLiteral("New path"), QStringLiteral("Neuer Pfad")),
                s.pick(QStringLiteral("Intent"), QStringLiteral("Absicht")),
                s.pick(QStringLiteral("Confirmed"), QStringLiteral("Bestätigt")),
                s.pick(QStringLiteral("Took"), QStringLiteral("Dauer")), s.text(ReportStrings::Actor),
                s.pick(QStringLiteral("Why"), QStringLiteral("Warum")),
                s.pick(QStringLiteral("Result"), QStringLiteral("Ergebnis")) },
            rows,
            s.pick(QStringLiteral(
                       "Every change is written as an intent before the backend is called, then confirmed "
                       "by the backend (times in UTC)."),
                QStringLiteral(
                    "Jede Änderung wird als Absicht geschrieben, bevor das Backend aufgerufen wird, "
                    "dann vom Backend bestätigt (Zeiten in UTC)."))));
    }

    // Gate measurements: every one in the table here; on the timeline one line per step's gates (their
    // outcome), so that a long hold's dozens of measurements do not bury the step changes and decisions.
    QList<QDateTime> intentTimes;
    for (const Change &c : std::as_const(changes))
        intentTimes.append(Timestamps::fromText(c.intent.at));
    QJsonArray gatesJson;
    QList<QStringList> gateRows;
    QList<QList<GateMeasurement>> groups;
    for (const GateMeasurement &m : measurements) {
        if (ctx.isCanceled())
            return false;
        const QString stepText = m.stepIndex >= 0 ? QString::number(m.stepIndex + 1) : QStringLiteral("–");
        QString reason = s.recorded(m.reason);
        gateRows.append({ clock(m.at), stepText, m.gate, s.recorded(m.value), s.recorded(m.condition),
            verdictText(s, m.verdict), reason });
        gatesJson.append(QJsonObject {
            { QStringLiteral("at"), Timestamps::toText(m.at) },
            { QStringLiteral("step"), m.stepIndex + 1 },
            { QStringLiteral("gate"), m.gate },
            { QStringLiteral("kind"), m.kind },
            { QStringLiteral("value"), m.value },
            { QStringLiteral("condition"), m.condition },
            { QStringLiteral("verdict"), GateMeasurement::verdictKey(m.verdict) },
            { QStringLiteral("reason"), m.reason },
        });
        // A new group when the step changes or the split was changed since the last measurement.
        bool newGroup = groups.isEmpty() || groups.constLast().constLast().stepIndex != m.stepIndex;
        if (!newGroup) {
            const QDateTime previous = groups.constLast().constLast().at;
            for (const QDateTime &t : std::as_const(intentTimes))
                newGroup = newGroup || (t > previous && t <= m.at);
        }
        if (newGroup)
            groups.append(QList<GateMeasurement>());
        groups.last().append(m);
    }
    for (const QList<GateMeasurement> &group : std::as_const(groups)) {
        int passed = 0, failedCount = 0, inconclusive = 0, noData = 0, errors = 0;
        const GateMeasurement *lastFailure = nullptr;
        for (const GateMeasurement &m : group) {
            switch (m.verdict) {
            case GateMeasurement::Verdict::Pass:
                ++passed;
                break;
            case GateMeasurement::Verdict::Fail:
                ++failedCount;
                lastFailure = &m;
                break;
            case GateMeasurement::Verdict::Inconclusive:
                ++inconclusive;
                break;
            case GateMeasurement::Verdict::NoData:
                ++noData;
                break;
            case GateMeasurement::Verdict::Error:
                ++errors;
                break;
            }
        }
        const int count = int(group.size());
        QString summary = count == 1
            ? s.pick(QStringLiteral("1 measurement"), QStringLiteral("1 Messung"))
            : s.pick(QStringLiteral("%1 measurements"), QStringLiteral("%1 Messungen")).arg(count);
        if (lastFailure) {
            summary = s.pick(QStringLiteral("failed: %1 — %2 (%3)"),
                           QStringLiteral("nicht bestanden: %1 — %2 (%3)"))
                          .arg(lastFailure->gate, s.recorded(lastFailure->reason), summary);
        } else if (passed == count) {
            summary += count == 1
                ? s.pick(QStringLiteral(", passed"), QStringLiteral(", bestanden"))
                : s.pick(QStringLiteral(", all passed"), QStringLiteral(", alle bestanden"));
        } else {
            QStringList parts;
            if (passed > 0)
                parts << s.pick(QStringLiteral("%1 passed"), QStringLiteral("%1 bestanden")).arg(passed);
            if (inconclusive > 0)
                parts << s.pick(QStringLiteral("%1 inconclusive"), QStringLiteral("%1 nicht eindeutig"))
                             .arg(inconclusive);
            if (noData > 0)
                parts
                    << s.pick(QStringLiteral("%1 without data"), QStringLiteral("%1 ohne Daten")).arg(noData);
            if (errors > 0)
                parts << s.pick(QStringLiteral("%1 errors"), QStringLiteral("%1 Fehler")).arg(errors);
            summary += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        }
        QStringList gateNames;
        for (const GateMeasurement &m : group)
            if (!gateNames.contains(m.gate))
                gateNames << m.gate;
        const int step = group.constFirst().stepIndex;
        ReportTimelineEvent e;
        e.at = group.constLast().at;
        e.kind = QStringLiteral("gate.outcome");
        e.text = step >= 0 ? s.pick(QStringLiteral("Gates after step %1 (%2): %3"),
                                  QStringLiteral("Gates nach Schritt %1 (%2): %3"))
                                 .arg(step + 1)
                                 .arg(gateNames.join(QStringLiteral(", ")), summary)
                           : s.pick(QStringLiteral("Gates (%1): %2"), QStringLiteral("Gates (%1): %2"))
                                 .arg(gateNames.join(QStringLiteral(", ")), summary);
        e.source = id();
        out->timeline.append(e);
    }
    section.blocks.append(ReportBlock::heading(
        s.pick(QStringLiteral("Gate measurements"), QStringLiteral("Messungen der Gates"))));
    // Which gates had measurements without data: a gate that saw no data did not see the new path.
    {
        QStringList order;
        QHash<QString, QPair<int, int>> noDataOf; // gate -> (no data, all)
        for (const GateMeasurement &m : measurements) {
            if (!noDataOf.contains(m.gate))
                order << m.gate;
            auto &counts = noDataOf[m.gate];
            counts.second += 1;
            counts.first += m.verdict == GateMeasurement::Verdict::NoData ? 1 : 0;
        }
        QStringList parts;
        for (const QString &gate : std::as_const(order)) {
            const QPair<int, int> counts = noDataOf.value(gate);
            if (counts.first > 0)
                parts << s.pick(QStringLiteral("%1 (%2 of %3 measurements)"),
                              QStringLiteral("%1 (%2 von %3 Messungen)"))
                             .arg(gate)
                             .arg(counts.first)
                             .arg(counts.second);
        }
        if (!parts.isEmpty())
            section.blocks.append(ReportBlock::paragraph(
                s.pick(QStringLiteral("No data: %1"), QStringLiteral("Keine Daten: %1"))
                    .arg(parts.join(QStringLiteral("; ")))));
    }
    if (gateRows.isEmpty()) {
        section.blocks.append(ReportBlock::paragraph(
            s.pick(QStringLiteral("No gate was measured."), QStringLiteral("Es wurde kein Gate gemessen."))));
    } else {
        section.blocks.append(ReportBlock::table(
            { s.text(ReportStrings::Time), s.pick(QStringLiteral("Step"), QStringLiteral("Schritt")),
                s.pick(QStringLiteral("Gate"), QStringLiteral("Gate")),
                s.pick(QStringLiteral("Value"), QStringLiteral("Wert")),
                s.pick(QStringLiteral("Condition"), QStringLiteral("Bedingung")),
                s.pick(QStringLiteral("Verdict"), QStringLiteral("Urteil")),
                s.pick(QStringLiteral("Reason"), QStringLiteral("Begründung")) },
            gateRows));
    }

    // Rollbacks, and the decisions of the run on the timeline.
    QJsonArray rollbacksJson;
    QStringList notes;
    if (!rollbacks.isEmpty()) {
        section.blocks.append(
            ReportBlock::heading(s.pick(QStringLiteral("Rollbacks"), QStringLiteral("Rückabwicklungen"))));
        QList<QStringList> rbRows;
        for (const AuditRecord &r : std::as_const(rollbacks)) {
            const QString who = decidedBy(r);
            rbRows.append({ ReportStrings::dateTime(r.at), s.actor(who), s.recorded(r.reason) });
            notes << s.pick(QStringLiteral("Traffic rolled back to the old path at %1 %2: %3"),
                          QStringLiteral("Datenverkehr um %1 %2 auf den alten Pfad zurückgenommen: %3"))
                         .arg(ReportStrings::dateTime(r.at), s.byActor(who), s.recorded(r.reason));
            rollbacksJson.append(QJsonObject { { QStringLiteral("at"), Timestamps::toText(r.at) },
                { QStringLiteral("actor"), who }, { QStringLiteral("reason"), r.reason } });
        }
        section.blocks.append(ReportBlock::table({ s.text(ReportStrings::Time), s.text(ReportStrings::Actor),
                                                     s.pick(QStringLiteral("Why"), QStringLiteral("Warum")) },
            rbRows, 2, QString()));
    }
    static const QRegularExpression percentOf(QStringLiteral("new (\\d+) %"));
    const AuditRecord *lastState = nullptr;
    for (const AuditRecord &r : std::as_const(stateRecords)) {
        lastState = &r;
        const QString key = r.newValue.section(QLatin1Char(' '), 0, 0);
        const int percent = percentOf.match(r.newValue).captured(1).toInt();
        const QString who = decidedBy(r);
        ReportTimelineEvent e;
        e.at = r.at;
        e.kind = QStringLiteral("traffic.decision");
        e.actor = s.actor(who);
        e.source = id();
        if (key == QLatin1String("rolled_back"))
            e.text = s.pick(QStringLiteral("Rolled back to the old path %1: %2"),
                          QStringLiteral("Auf den alten Pfad zurückgenommen %1: %2"))
                         .arg(s.byActor(who), s.recorded(r.reason));
        else if (key == QLatin1String("paused"))
            e.text = s.pick(QStringLiteral("Paused at %1 % for a decision: %2"),
                          QStringLiteral("Angehalten bei %1 % für eine Entscheidung: %2"))
                         .arg(percent)
                         .arg(s.recorded(r.reason));
        else if (key == QLatin1String("completed"))
            e.text = s.pick(QStringLiteral("Plan completed: %1 % on the new path"),
                          QStringLiteral("Plan abgeschlossen: %1 % auf dem neuen Pfad"))
                         .arg(percent);
        else if (key == QLatin1String("holding") && r.reason.startsWith(QLatin1String("held at ")))
            e.text = s.pick(QStringLiteral("Held at %1 %: %2"), QStringLiteral("Gehalten bei %1 %: %2"))
                         .arg(percent)
                         .arg(s.recorded(r.reason));
        else
            continue;
        out->timeline.append(e);
    }
    // Where the run ended, in the outcome: completed, rolled back (above), paused or holding at N %.
    if (lastState) {
        const QString key = lastState->newValue.section(QLatin1Char(' '), 0, 0);
        const QString at = ReportStrings::dateTime(lastState->at);
        if (key == QLatin1String("completed"))
            notes << s.pick(QStringLiteral("Traffic completed: %1 % on the new path at %2"),
                          QStringLiteral("Datenverkehr abgeschlossen: %1 % auf dem neuen Pfad um %2"))
                         .arg(finalPercent)
                         .arg(at);
        else if (key == QLatin1String("paused"))
            notes << s.pick(QStringLiteral("Traffic paused at %1 % on the new path since %2: %3"),
                          QStringLiteral("Datenverkehr angehalten bei %1 % auf dem neuen Pfad seit %2: %3"))
                         .arg(finalPercent)
                         .arg(at, s.recorded(lastState->reason));
        else if (key == QLatin1String("holding"))
            notes << s.pick(QStringLiteral("Traffic holding at %1 % on the new path since %2"),
                          QStringLiteral("Datenverkehr gehalten bei %1 % auf dem neuen Pfad seit %2"))
                         .arg(finalPercent)
                         .arg(at);
        else if (key != QLatin1String("rolled_back") && key != QLatin1String("idle"))
            notes << s.pick(QStringLiteral("Traffic at %1 % on the new path (%2 since %3)"),
                          QStringLiteral("Datenverkehr bei %1 % auf dem neuen Pfad (%2 seit %3)"))
                         .arg(finalPercent)
                         .arg(s.recorded(QString(key).replace(QLatin1Char('_'), QLatin1Char(' '))), at);
    }

    out->sections.append(section);
    out->titleFacts.append({ s.pick(QStringLiteral("Final split"), QStringLiteral("Aufteilung am Ende")),
        split(s, finalPercent) });
    out->outcomeNote = notes.join(QLatin1Char('\n'));
    // The plan without the gates' settings (a gate may carry a header or a URL that is a secret).
    QJsonArray planJson;
    for (const PlanStep &p : std::as_const(plan.steps)) {
        QJsonArray gateNames;
        for (const GateDefinition &g : p.gates)
            gateNames.append(g.name);
        planJson.append(QJsonObject { { QStringLiteral("percentNew"), p.percent },
            { QStringLiteral("holdSeconds"), p.holdSeconds }, { QStringLiteral("gates"), gateNames } });
    }
    out->data = QJsonObject {
        { QStringLiteral("backend"), backendId },
        { QStringLiteral("plan"), planJson },
        { QStringLiteral("state"), state.state },
        { QStringLiteral("finalPercentNew"), finalPercent },
        { QStringLiteral("changes"), changesJson },
        { QStringLiteral("gateMeasurements"), gatesJson },
        { QStringLiteral("rollbacks"), rollbacksJson },
    };
    return true;
}
