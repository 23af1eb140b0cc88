// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One step of the shift: the percentage on the new path, how long to hold it (or until a person
// promotes), and the gates that run after the shift.
struct PlanStep {
    int percent = 0;
    int holdSeconds = 0; // -1: hold until a person promotes
    QList<GateDefinition> gates;
};

// The ordered steps of the shift from the old path to the new one (default 1, 5, 25, 100).
struct StepPlan {
    QList<PlanStep> steps;
    QString oldHealthUrl; // checked before a rollback when set

    static StepPlan defaultPlan();
    // "1,5,25,100" with one hold ("30s", "5m", "2h", "until-promoted") and the same gates for every step.
    static StepPlan fromPercents(
        const QString &percents, const QString &hold, const QList<GateDefinition> &gates, QString *error);
    static int parseHold(const QString &text, bool *ok);
    // The hold as parseHold() reads it: "90s", "5m", "2h", "until-promoted" (0 s: "0s").
    static QString holdText(int seconds);
    // Parses a plan ({"steps": [{"percent", "hold_s" or "hold", "gates"}], "old_health_url"}); *error
    // names the step, the gate, the key and the problem.
    static StepPlan fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    QString validate() const; // empty when usable

    // The JSON format of a plan and of every gate kind, with an example per kind: the text of
    // `cutoverctl plan --help` and of the README's section on it.
    static QString formatHelp();
};
