// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QWidget>

class ChecklistActions;
class ChecklistFilterProxy;
class ChecklistModel;
class ChecklistProgressHeader;
class ItemDetailsView;
class MessageBar;
class PhaseListModel;
class QAction;
class QLabel;
class QTableView;
class UserIdentity;

// The checklist of the selected phase: a table driven from the keyboard (arrows; Space = next status;
// Enter = notes; letter keys for done, failed, skip, reopen) and a context menu with every item action.
// Refused actions appear in the message bar above the table.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    enum ItemAction {
        Start,
        Done,
        Fail,
        Skip,
        Reopen,
        SignOff,
        WithdrawSignOff,
        EditNotes,
        EditEvidence,
        EditOwner,
        ItemActionCount
    };

    ChecklistPanel(ChecklistModel *model, PhaseListModel *phases, ChecklistActions *actions,
        UserIdentity *identity, QWidget *parent = nullptr);

    QList<QAction *> itemActions() const;
    QAction *itemAction(ItemAction which) const { return m_itemActions[which]; }
    QAction *openOnlyAction() const { return m_openOnly; }
    QAction *mineAction() const { return m_mine; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messageBar; }

    // 0 = all phases.
    void showPhase(qint64 phaseId);
    // The item at the table's current row, 0 if none.
    qint64 currentItemId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void fitColumns();
    void fitTaskColumn(int tableWidth = 0);
    void updateActions();
    bool ensureActor();
    void changeStatus(ItemStatus status);
    void advance();
    void skip();
    void signOff();
    void editText(ItemAction which);
    void withdrawSignOff();
    void showContextMenu(const QPoint &pos);

    ChecklistModel *m_model;
    PhaseListModel *m_phases;
    ChecklistActions *m_actions;
    UserIdentity *m_identity;
    ChecklistFilterProxy *m_proxy;
    ChecklistProgressHeader *m_header;
    QLabel *m_keysHint;
    MessageBar *m_messageBar;
    QTableView *m_table;
    ItemDetailsView *m_details;
    QAction *m_itemActions[ItemActionCount] = {};
    QAction *m_openOnly = nullptr;
    QAction *m_mine = nullptr;
};
