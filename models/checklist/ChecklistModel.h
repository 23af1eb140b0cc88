// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

class ChecklistActions;
class CutoverSession;

// The checklist items of one phase (or of all phases) of a session as a table. Raw values: times as
// QDateTime, minutes as int, the status as its label for display and as an int in StatusRole; the view's
// delegates format them. A changed item updates its row only; a reloaded session resets the model.
// Notes, owner and evidence are editable; edits go through ChecklistActions (audited, undoable).
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Status,
        Task,
        Expected,
        Owner,
        SignOff,
        PlannedMinutes,
        ActualStart,
        ActualEnd,
        Notes,
        Evidence,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole,
        StatusRole, // int(ItemStatus)
        PhaseIdRole,
        FinishedRole, // bool: done or skipped
        OwnerRole,
        SignOffRequiredRole, // bool
        CompletedByRole,
        SignedOffByRole,
        SkipReasonRole,
    };
    Q_ENUM(Column)

    explicit ChecklistModel(CutoverSession *session, QObject *parent = nullptr);

    void setActions(ChecklistActions *actions) { m_actions = actions; }

    // 0 shows the items of all phases, in phase order.
    void setPhase(qint64 phaseId);
    qint64 phase() const { return m_phaseId; }

    qint64 itemIdAt(int row) const;
    int rowOfItem(qint64 itemId) const;

    // Header texts are translated; call after the UI language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    using QAbstractTableModel::setData;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void rebuild();
    void onItemChanged(qint64 itemId);
    void onReloaded();

    CutoverSession *m_session;
    ChecklistActions *m_actions = nullptr;
    qint64 m_phaseId = 0;
    QList<qint64> m_ids;
};
