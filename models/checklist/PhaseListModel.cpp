// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/PhaseListModel.h"

#include "checklist/CutoverSession.h"

PhaseListModel::PhaseListModel(CutoverSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    rebuild();
    connect(m_session, &CutoverSession::itemChanged, this, &PhaseListModel::onItemChanged);
    connect(m_session, &CutoverSession::reloaded, this, &PhaseListModel::onReloaded);
}

void PhaseListModel::rebuild()
{
    m_rows.clear();
    for (const Phase &p : m_session->phases()) {
        Row row;
        row.id = p.id;
        row.name = p.name;
        count(row);
        m_rows.append(row);
    }
}

void PhaseListModel::count(Row &row) const
{
    row.done = row.total = row.failed = 0;
    for (const ChecklistItem &it : m_session->items(row.id)) {
        ++row.total;
        if (ItemStatusText::isFinished(it.status))
            ++row.done;
        if (it.status == ItemStatus::Failed)
            ++row.failed;
    }
}

void PhaseListModel::onItemChanged(qint64 itemId)
{
    const int r = rowOfPhase(m_session->item(itemId).phaseId);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    const Row before = row;
    count(row);
    if (before.done == row.done && before.total == row.total && before.failed == row.failed)
        return;
    Q_EMIT dataChanged(index(r), index(r));
    Q_EMIT progressChanged();
}

void PhaseListModel::onReloaded()
{
    beginResetModel();
    rebuild();
    endResetModel();
    Q_EMIT progressChanged();
}

int PhaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 items finished").arg(row.name).arg(row.done).arg(row.total);
    case PhaseIdRole:
        return row.id;
    case DoneRole:
        return row.done;
    case TotalRole:
        return row.total;
    case CompleteRole:
        return row.total > 0 && row.done == row.total;
    case FailedRole:
        return row.failed;
    default:
        return {};
    }
}

int PhaseListModel::overallDone() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.done;
    return n;
}

int PhaseListModel::overallTotal() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.total;
    return n;
}

int PhaseListModel::currentPhaseRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).done < m_rows.at(i).total)
            return i;
    }
    return int(m_rows.size()) - 1;
}

qint64 PhaseListModel::phaseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PhaseListModel::rowOfPhase(qint64 phaseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == phaseId)
            return i;
    }
    return -1;
}
