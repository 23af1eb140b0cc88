// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentEntry.h"

#include <QCoreApplication>

QString IncidentEntry::severityKey(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

bool IncidentEntry::severityFromKey(const QString &key, Severity *out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("info"))
        *out = Severity::Info;
    else if (k == QLatin1String("warning"))
        *out = Severity::Warning;
    else if (k == QLatin1String("critical"))
        *out = Severity::Critical;
    else
        return false;
    return true;
}

QString IncidentEntry::severityLabel(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QCoreApplication::translate("IncidentEntry", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("IncidentEntry", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("IncidentEntry", "Critical");
    }
    return QString();
}

QString IncidentEntry::kindKey(Kind k)
{
    switch (k) {
    case Kind::Report:
        return QStringLiteral("report");
    case Kind::Correction:
        return QStringLiteral("correction");
    case Kind::Retraction:
        return QStringLiteral("retraction");
    }
    return QString();
}

bool IncidentEntry::kindFromKey(const QString &key, Kind *out)
{
    if (key == QLatin1String("report"))
        *out = Kind::Report;
    else if (key == QLatin1String("correction"))
        *out = Kind::Correction;
    else if (key == QLatin1String("retraction"))
        *out = Kind::Retraction;
    else
        return false;
    return true;
}

QString IncidentEntry::stateKey(State s)
{
    switch (s) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Published:
        return QStringLiteral("published");
    case State::Retracted:
        return QStringLiteral("retracted");
    case State::Superseded:
        return QStringLiteral("superseded");
    }
    return QString();
}

QString IncidentEntry::stateLabel(State s)
{
    switch (s) {
    case State::Draft:
        return QCoreApplication::translate("IncidentEntry", "Draft");
    case State::Verified:
        return QCoreApplication::translate("IncidentEntry", "Verified");
    case State::Published:
        return QCoreApplication::translate("IncidentEntry", "Published");
    case State::Retracted:
        return QCoreApplication::translate("IncidentEntry", "Retracted");
    case State::Superseded:
        return QCoreApplication::translate("IncidentEntry", "Superseded");
    }
    return QString();
}
