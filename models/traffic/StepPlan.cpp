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

QString StepPlan::holdText(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("until-promoted");
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

StepPlan StepPlan::fromJson(const QJsonObject &json, QString *error)
{
    StepPlan plan;
    error->clear();
    const QJsonValue oldHealth = json.value(QLatin1String("old_health_url"));
    if (!oldHealth.isUndefined() && !oldHealth.isString()) {
        *error = tr("The plan: key \"old_health_url\" must be a URL as text.");
        return {};
    }
    plan.oldHealthUrl = oldHealth.toString();
    const QJsonValue stepsValue = json.value(QLatin1String("steps"));
    if (!stepsValue.isArray()) {
        *error = stepsValue.isUndefined()
            ? tr("The plan: key \"steps\" is missing; a plan is {\"steps\": [{\"percent\": 1, \"hold_s\": "
                 "300, "
                 "\"gates\": [...]}, ...]}.")
            : tr("The plan: key \"steps\" must be a list of steps ({\"percent\": ..., \"hold_s\": ..., "
                 "\"gates\": [...]}).");
        return {};
    }
    const QJsonArray steps = stepsValue.toArray();
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject()) {
            *error = tr("Step %1 is not an object ({\"percent\": ..., \"hold_s\": ..., \"gates\": [...]}).")
                         .arg(i + 1);
            return {};
        }
        const QJsonObject s = steps.at(i).toObject();
        PlanStep step;
        const QJsonValue percent = s.value(QLatin1String("percent"));
        if (!percent.isDouble() || percent.toDouble() != double(percent.toInt())) {
            *error = percent.isUndefined()
                ? tr("Step %1: key \"percent\" is missing: the share of traffic on the new path, 1..100.")
                      .arg(i + 1)
                : tr("Step %1: key \"percent\" must be a whole number 1..100.").arg(i + 1);
            return {};
        }
        step.percent = percent.toInt();
        const QJsonValue holdSeconds = s.value(QLatin1String("hold_s"));
        const QJsonValue holdText = s.value(QLatin1String("hold"));
        if (!holdSeconds.isUndefined()) {
            if (!holdSeconds.isDouble() || holdSeconds.toDouble() != double(holdSeconds.toInt())
                || holdSeconds.toInt() < -1) {
                *error = tr("Step %1: key \"hold_s\" must be whole seconds, or -1 to hold until a person "
                            "promotes.")
                             .arg(i + 1);
                return {};
            }
            step.holdSeconds = holdSeconds.toInt();
        } else if (!holdText.isUndefined()) {
            bool ok = false;
            step.holdSeconds = parseHold(holdText.toString(), &ok);
            if (!ok || !holdText.isString()) {
                *error = tr("Step %1: key \"hold\" must be a duration (30s, 5m, 2h) or \"until-promoted\".")
                             .arg(i + 1);
                return {};
            }
        }
        const QJsonValue gates = s.value(QLatin1String("gates"));
        if (!gates.isUndefined() && !gates.isNull() && !gates.isArray()) {
            *error = tr("Step %1: key \"gates\" must be a list of gates ([{\"kind\": \"http\", ...}]).")
                         .arg(i + 1);
            return {};
        }
        step.gates = GateDefinition::listFromJson(gates, error);
        if (!error->isEmpty()) {
            *error = tr("Step %1, %2").arg(i + 1).arg(*error);
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

QString StepPlan::formatHelp()
{
    return tr(
        "A traffic plan in JSON:\n"
        "\n"
        "  {\"steps\": [{\"percent\": 1, \"hold_s\": 300, \"gates\": [GATE, ...]},\n"
        "             {\"percent\": 5, \"hold\": \"until-promoted\", \"gates\": [GATE, ...]},\n"
        "             {\"percent\": 100}],\n"
        "   \"old_health_url\": \"http://old.internal:8080/health\"}\n"
        "\n"
        "  percent         share of traffic on the new path, 1..100, rising from step to step\n"
        "  hold_s          seconds to stay at the step before the next one; -1 holds until a person\n"
        "                  promotes (default 0)\n"
        "  hold            the same as text: \"30s\", \"5m\", \"2h\" or \"until-promoted\"\n"
        "  gates           the gates of the step, measured after the shift and through the hold (default "
        "none)\n"
        "  old_health_url  checked before a rollback (optional)\n"
        "\n"
        "`cutoverctl plan SESSION --plan FILE` reads such a plan; `cutoverctl plan SESSION --gates FILE`\n"
        "reads a JSON array [GATE, ...] and uses it for every step of --steps.\n"
        "\n"
        "Every GATE has these keys; only \"kind\" and the kind's required keys must be given:\n"
        "\n"
        "  kind                     http, business, consistency or metric\n"
        "  name                     shown with every measurement (default: the kind)\n"
        "  interval_ms              time between two measurements (default 10000)\n"
        "  count                    measurements to take (default 1)\n"
        "  failure_limit            failed measurements tolerated (default 0)\n"
        "  inconclusive_limit       inconclusive measurements tolerated (default 0)\n"
        "  consecutive_error_limit  provider errors in a row tolerated; errors never pass (default 4)\n"
        "  timeout_ms               of one measurement (default 10000)\n"
        "  no_data                  \"inconclusive\" (default) or \"fail\"; no data never passes\n"
        "\n"
        "Secrets never go into a gate: name an environment variable (\"password_env\"), never write\n"
        "\"password\" or \"token\".\n"
        "\n"
        "kind \"http\" (HTTP health): one request, judged by its status, latency and body.\n"
        "  url (required), method (GET), expect_status (200), max_latency_ms, body_regex, body,\n"
        "  content_type (application/json)\n"
        "  {\"kind\": \"http\", \"name\": \"health\", \"url\": \"http://new.internal:8080/health\",\n"
        "   \"expect_status\": 200, \"max_latency_ms\": 500, \"interval_ms\": 5000, \"count\": 3}\n"
        "\n"
        "kind \"business\" (business transaction): a sequence of HTTP requests, each judged like a\n"
        "health check (the first that fails decides), or your own command (exit code 0 passes; its\n"
        "last output line is shown with the measurement).\n"
        "  requests: [{url, method, body, content_type, expect_status, max_latency_ms, body_regex}]\n"
        "  {\"kind\": \"business\", \"name\": \"booking\", \"requests\": [\n"
        "     {\"method\": \"POST\", \"url\": \"http://new.internal:8080/payments\",\n"
        "      \"body\": \"{\\\"amount\\\": 1}\", \"expect_status\": 201},\n"
        "     {\"url\": \"http://new.internal:8080/payments/last\", \"body_regex\": \"booked\"}]}\n"
        "  command (the program, run without a shell), args (a list of texts)\n"
        "  {\"kind\": \"business\", \"name\": \"payment round trip\",\n"
        "   \"command\": \"/opt/checks/payment-roundtrip\", \"args\": [\"--amount\", \"1.00\"],\n"
        "   \"timeout_ms\": 30000}\n"
        "\n"
        "kind \"consistency\" (data consistency): one value (a count or checksum) read from the old\n"
        "and from the new system, compared within a tolerance.\n"
        "  old, new (required): {\"sql\": {driver, database, host, port, user, password_env, query}}\n"
        "  or {\"http\": URL, \"pointer\": \"/json/pointer\"}; tolerance (absolute, default 0) or\n"
        "  tolerance_percent (of the old value); sample_old and sample_new: two queries whose rows\n"
        "  must be equal as sets\n"
        "  {\"kind\": \"consistency\", \"name\": \"payments backfill\",\n"
        "   \"old\": {\"sql\": {\"driver\": \"QPSQL\", \"host\": \"old-db\", \"database\": \"pay\",\n"
        "           \"user\": \"cockpit\", \"password_env\": \"COCKPIT_OLD_DB_PASSWORD\",\n"
        "           \"query\": \"SELECT count(*) FROM payments\"}},\n"
        "   \"new\": {\"http\": \"http://new.internal:8080/stats\", \"pointer\": \"/payments/count\"},\n"
        "   \"tolerance_percent\": 0.1}\n"
        "\n"
        "kind \"metric\" (metric condition): the latest value of a series of the session's metric\n"
        "source (\"<metric>/<path>\", e.g. error_ratio/new, p99_seconds/old).\n"
        "  series (required); max and/or min; or max_ratio with baseline (series / baseline);\n"
        "  fail_max or fail_max_ratio: the failure condition (a value between the two conditions is\n"
        "  inconclusive; without it, missing the condition fails)\n"
        "  {\"kind\": \"metric\", \"name\": \"error ratio\", \"series\": \"error_ratio/new\",\n"
        "   \"max\": 0.005, \"fail_max\": 0.02, \"interval_ms\": 10000, \"count\": 6}\n"
        "  {\"kind\": \"metric\", \"name\": \"p99 vs old\", \"series\": \"p99_seconds/new\",\n"
        "   \"baseline\": \"p99_seconds/old\", \"max_ratio\": 1.2}\n");
}
