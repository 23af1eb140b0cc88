// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Filters a ChecklistModel: "open only" hides finished items (done, skipped), "mine" keeps the items whose
// owner is the current user (case-insensitive). Rows re-filter when an item changes.
class ChecklistFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ChecklistFilterProxy(QObject *parent = nullptr);

    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool on);
    bool mineOnly() const { return m_mineOnly; }
    void setMineOnly(bool on);
    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString &user);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_openOnly = false;
    bool m_mineOnly = false;
    QString m_user;
};
