// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistFilterProxy.h"

#include "checklist/ChecklistModel.h"

ChecklistFilterProxy::ChecklistFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ChecklistFilterProxy::setOpenOnly(bool on)
{
    if (on == m_openOnly)
        return;
    m_openOnly = on;
    invalidateFilter();
}

void ChecklistFilterProxy::setMineOnly(bool on)
{
    if (on == m_mineOnly)
        return;
    m_mineOnly = on;
    invalidateFilter();
}

void ChecklistFilterProxy::setCurrentUser(const QString &user)
{
    if (user.trimmed() == m_user)
        return;
    m_user = user.trimmed();
    if (m_mineOnly)
        invalidateFilter();
}

bool ChecklistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && idx.data(ChecklistModel::FinishedRole).toBool())
        return false;
    if (m_mineOnly) {
        const QString owner = idx.data(ChecklistModel::OwnerRole).toString().trimmed();
        if (m_user.isEmpty() || owner.compare(m_user, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}
