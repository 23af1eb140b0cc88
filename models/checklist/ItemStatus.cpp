// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ItemStatus.h"

namespace ItemStatusText {

QString key(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Open:
        return QStringLiteral("open");
    case ItemStatus::InProgress:
        return QStringLiteral("in-progress");
    case ItemStatus::AwaitingSignOff:
        return QStringLiteral("awaiting-signoff");
    case ItemStatus::Done:
        return QStringLiteral("done");
    case ItemStatus::Failed:
        return QStringLiteral("failed");
    case ItemStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("open");
}

bool fromKey(const QString &text, ItemStatus *status)
{
    const QString k = text.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    static const ItemStatus all[] = { ItemStatus::Open, ItemStatus::InProgress, ItemStatus::AwaitingSignOff,
        ItemStatus::Done, ItemStatus::Failed, ItemStatus::Skipped };
    for (ItemStatus s : all) {
        if (key(s) == k) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString label(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Open:
        return QCoreApplication::translate("ItemStatus", "Open");
    case ItemStatus::InProgress:
        return QCoreApplication::translate("ItemStatus", "In progress");
    case ItemStatus::AwaitingSignOff:
        return QCoreApplication::translate("ItemStatus", "Awaiting sign-off");
    case ItemStatus::Done:
        return QCoreApplication::translate("ItemStatus", "Done");
    case ItemStatus::Failed:
        return QCoreApplication::translate("ItemStatus", "Failed");
    case ItemStatus::Skipped:
        return QCoreApplication::translate("ItemStatus", "Skipped");
    }
    return QString();
}

bool isFinished(ItemStatus status)
{
    return status == ItemStatus::Done || status == ItemStatus::Skipped;
}

}
