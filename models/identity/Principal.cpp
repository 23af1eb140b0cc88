// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity/Principal.h"

#include "identity/OperatingSystemAccount.h"

QString Principal::account() const
{
    return host.isEmpty() ? name : name + QLatin1Char('@') + host;
}

QString Principal::label() const
{
    const QString shown = displayName.trimmed();
    if (shown.isEmpty() || shown == name)
        return account();
    return QStringLiteral("%1 (%2)").arg(shown, account());
}

Principal Principal::fromOperatingSystem(const QString &displayName)
{
    Principal p;
    p.name = OperatingSystemAccount::accountName();
    p.host = OperatingSystemAccount::hostName();
    p.displayName = displayName.trimmed();
    return p;
}
