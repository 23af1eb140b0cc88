// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateMeasurement.h"

#include <QCoreApplication>

QString GateMeasurement::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    case Verdict::NoData:
        return QStringLiteral("no_data");
    case Verdict::Error:
        return QStringLiteral("error");
    }
    return {};
}

GateMeasurement::Verdict GateMeasurement::verdictFromKey(const QString &key)
{
    for (Verdict v : { Verdict::Pass, Verdict::Fail, Verdict::Inconclusive, Verdict::NoData })
        if (verdictKey(v) == key)
            return v;
    return Verdict::Error;
}

QString GateMeasurement::verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QCoreApplication::translate("GateMeasurement", "pass");
    case Verdict::Fail:
        return QCoreApplication::translate("GateMeasurement", "fail");
    case Verdict::Inconclusive:
        return QCoreApplication::translate("GateMeasurement", "inconclusive");
    case Verdict::NoData:
        return QCoreApplication::translate("GateMeasurement", "no data");
    case Verdict::Error:
        return QCoreApplication::translate("GateMeasurement", "error");
    }
    return {};
}

QString gateOutcomeKey(GateOutcome outcome)
{
    switch (outcome) {
    case GateOutcome::Passed:
        return QStringLiteral("passed");
    case GateOutcome::Failed:
        return QStringLiteral("failed");
    case GateOutcome::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}
