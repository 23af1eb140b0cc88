// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StatusSnapshot.h"

#include "core/Timestamps.h"

#include <QJsonArray>

int StatusSnapshot::finishedItems() const
{
    int n = 0;
    for (const PhaseProgress &p : phases)
        n += p.finished;
    return n;
}

int StatusSnapshot::totalItems() const
{
    int n = 0;
    for (const PhaseProgress &p : phases)
        n += p.total;
    return n;
}

QJsonObject StatusSnapshot::toJson() const
{
    QJsonArray phaseArray;
    for (const PhaseProgress &p : phases)
        phaseArray.append(
            QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("finished"), p.finished },
                { QStringLiteral("failed"), p.failed }, { QStringLiteral("total"), p.total } });
    QJsonObject trafficJson { { QStringLiteral("configured"), traffic.configured } };
    if (traffic.configured) {
        QJsonArray gates;
        for (const TrafficStatus::Gate &g : traffic.gates)
            gates.append(QJsonObject { { QStringLiteral("name"), g.name },
                { QStringLiteral("verdict"), g.verdict }, { QStringLiteral("detail"), g.detail } });
        trafficJson.insert(QStringLiteral("percent_new"), traffic.percentNew);
        trafficJson.insert(QStringLiteral("percent_old"), 100 - traffic.percentNew);
        trafficJson.insert(QStringLiteral("step"), traffic.step);
        trafficJson.insert(QStringLiteral("step_count"), traffic.stepCount);
        trafficJson.insert(QStringLiteral("step_label"), traffic.stepLabel);
        trafficJson.insert(QStringLiteral("problem"), traffic.problem);
        trafficJson.insert(QStringLiteral("gates"), gates);
    }
    QJsonArray entryArray;
    for (const Entry &e : entries) {
        QJsonObject o { { QStringLiteral("id"), e.id },
            { QStringLiteral("occurred_at"), Timestamps::toText(e.occurredAt) },
            { QStringLiteral("severity"), e.severity }, { QStringLiteral("text"), e.text },
            { QStringLiteral("author"), e.author }, { QStringLiteral("verified_by"), e.verifiedBy } };
        if (e.corrects > 0)
            o.insert(QStringLiteral("corrects"), e.corrects);
        if (!e.verifierPrincipal.isEmpty())
            o.insert(QStringLiteral("verification"),
                QJsonObject { { QStringLiteral("name"), e.verifierName },
                    { QStringLiteral("principal"), e.verifierPrincipal },
                    { QStringLiteral("at"), Timestamps::toText(e.verifiedAt) },
                    { QStringLiteral("declared"), e.verificationDeclared } });
        entryArray.append(o);
    }
    QJsonObject out { { QStringLiteral("session"), sessionName },
        { QStringLiteral("mode"), rehearsal ? QStringLiteral("rehearsal") : QStringLiteral("live") },
        { QStringLiteral("generated_at"), Timestamps::toText(generatedAt) },
        { QStringLiteral("checklist"),
            QJsonObject { { QStringLiteral("finished"), finishedItems() },
                { QStringLiteral("total"), totalItems() }, { QStringLiteral("phases"), phaseArray } } },
        { QStringLiteral("traffic"), trafficJson }, { QStringLiteral("entries"), entryArray } };
    out.insert(QStringLiteral("signatures"),
        signaturesRequired ? QStringLiteral("required") : QStringLiteral("declared"));
    if (!auditHead.isEmpty()) {
        out.insert(QStringLiteral("audit_head"), auditHead);
        out.insert(QStringLiteral("audit_records"), double(auditRecords));
    }
    out.insert(QStringLiteral("result_statement"),
        resultStatement.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(resultStatement));
    return out;
}
