// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Shows only what stakeholders see (verified, not taken back) when switched on; everything otherwise.
class VerifiedOnlyFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool verifiedOnly() const { return m_verifiedOnly; }
    void setVerifiedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_verifiedOnly = false;
};
