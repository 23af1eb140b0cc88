// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistProgress.h"

void ChecklistProgress::add(ItemStatus status)
{
    ++m_total;
    switch (status) {
    case ItemStatus::Done:
        ++m_done;
        break;
    case ItemStatus::Skipped:
        ++m_skipped;
        break;
    case ItemStatus::Failed:
        ++m_failed;
        break;
    case ItemStatus::AwaitingSignOff:
        ++m_awaitingSignOff;
        break;
    case ItemStatus::Open:
    case ItemStatus::InProgress:
        break;
    }
}

QJsonObject ChecklistProgress::toJson() const
{
    return QJsonObject { { QStringLiteral("done"), m_done }, { QStringLiteral("skipped"), m_skipped },
        { QStringLiteral("failed"), m_failed }, { QStringLiteral("awaiting_signoff"), m_awaitingSignOff },
        { QStringLiteral("finished"), finished() }, { QStringLiteral("total"), m_total } };
}
