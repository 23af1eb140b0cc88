// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity/OperatingSystemAccount.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

#include <vector>

QString OperatingSystemAccount::accountName()
{
    const uid_t uid = geteuid();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buffer(static_cast<size_t>(size));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid:%1").arg(uid);
}

QString OperatingSystemAccount::hostName()
{
    return QSysInfo::machineHostName();
}
