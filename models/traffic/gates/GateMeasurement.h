// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One measurement of a gate, kept so every decision can be explained: the value measured, the condition
// it was judged against, the verdict and why.
struct GateMeasurement {
    enum class Verdict { Pass, Fail, Inconclusive, NoData, Error };
    qint64 id = 0;
    QDateTime at;
    int stepIndex = -1;
    QString gate;
    QString kind;
    QString value;
    QString condition;
    Verdict verdict = Verdict::Error;
    QString reason;
    QString output; // command output or response excerpt, kept for the report

    static QString verdictKey(Verdict v);
    static Verdict verdictFromKey(const QString &key);
    static QString verdictLabel(Verdict v);
};

// The decision of a gate (or of all gates of a step) once its measurements are in.
enum class GateOutcome { Passed, Failed, Inconclusive };
QString gateOutcomeKey(GateOutcome outcome);
