// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/StepPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StepPlan", text);
}
}

StepPlan StepPlan::defaultPlan()
{
    StepPlan plan;
    for (int p : { 1, 5, 25, 100 })
        plan.steps << PlanStep { p, p == 100 ? 0 : -1, {} };
    return plan;
}

int StepPlan::parseHold(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return 0;
    if (t == QLatin1String("until-promoted") || t == QLatin1String("promote") || t == QLatin1String("manual"))
        return -1;
    int factor = 1;
    QString number = t;
    if (t.endsWith(QLatin1Char('s'))) {
        number.chop(1);
    } else if (t.endsWith(QLatin1Char('m'))) {
        number.chop(1);
        factor = 60;
    } else if (t.endsWith(QLatin1Char('h'))) {
        number.chop(1);
        factor = 3600;
    }
    const int n = number.toInt(ok);
    if (!*ok || n < 0) {
        *ok = false;
        return 0;
    }
    return n * factor;
}

StepPlan StepPlan::fromPercents(
    const QString &percents, const QString &hold, const QList<GateDefinition> &gates, QString *error)
{
    StepPlan plan;
    bool ok = false;
    const int holdSeconds = parseHold(hold, &ok);
    if (!ok) {
        *error = tr("The hold \"%1\" is not a duration (use 30s, 5m, 2h or until-promoted).").arg(hold);
        return plan;
    }
    for (const QString &part : percents.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int p = part.trimmed().toInt(&ok);
        if (!ok) {
            *error = tr("\"%1\" in the step list is not a whole percentage.").arg(part.trimmed());
            return {};
        }
        plan.steps << PlanStep { p, holdSeconds, gates };
    }
    *error = plan.validate();
    return plan;
}

QString StepPlan::validate() const
{
    if (steps.isEmpty())
        return tr("The plan has no steps.");
    int previous = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const int p = steps.at(i).percent;
        if (p < 1 || p > 100)
            return tr("Step %1: %2 % is outside 1..100.").arg(i + 1).arg(p);
        if (p <= previous)
            return tr("Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.")
                .arg(i + 1)
                .arg(p)
                .arg(previous);
        previous = p;
    }
    return {};
}

StepPlan StepPlan::fromJson(const QJsonObject &json, QString *error)
{
    StepPlan plan;
    error->clear();
    plan.oldHealthUrl = json.value(QLatin1String("old_health_url")).toString();
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        PlanStep step;
        step.percent = s.value(QLatin1String("percent")).toInt(-1);
        step.holdSeconds = s.value(QLatin1String("hold_s")).toInt(0);
        step.gates = GateDefinition::listFromJson(s.value(QLatin1String("gates")), error);
        if (!error->isEmpty()) {
            *error = tr("Step %1: %2").arg(i + 1).arg(*error);
            return {};
        }
        plan.steps << step;
    }
    *error = plan.validate();
    return plan;
}

QJsonObject StepPlan::toJson() const
{
    QJsonArray array;
    for (const PlanStep &s : steps) {
        QJsonArray gates;
        for (const GateDefinition &g : s.gates)
            gates << g.toJson();
        array << QJsonObject { { QStringLiteral("percent"), s.percent },
            { QStringLiteral("hold_s"), s.holdSeconds }, { QStringLiteral("gates"), gates } };
    }
    QJsonObject o { { QStringLiteral("steps"), array } };
    if (!oldHealthUrl.isEmpty())
        o.insert(QStringLiteral("old_health_url"), oldHealthUrl);
    return o;
}
