// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/VerifiedOnlyFilter.h"

#include "incidents/IncidentLogModel.h"

void VerifiedOnlyFilter::setVerifiedOnly(bool on)
{
    if (on == m_verifiedOnly)
        return;
    m_verifiedOnly = on;
    invalidateFilter();
}

bool VerifiedOnlyFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_verifiedOnly)
        return true;
    return sourceModel()
        ->index(sourceRow, 0, sourceParent)
        .data(IncidentLogModel::StakeholderVisibleRole)
        .toBool();
}
