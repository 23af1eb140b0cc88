// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistModel.h"

#include "checklist/ChecklistActions.h"
#include "checklist/CutoverSession.h"

ChecklistModel::ChecklistModel(CutoverSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    rebuild();
    connect(m_session, &CutoverSession::itemChanged, this, &ChecklistModel::onItemChanged);
    connect(m_session, &CutoverSession::reloaded, this, &ChecklistModel::onReloaded);
}

void ChecklistModel::rebuild()
{
    m_ids.clear();
    const QList<ChecklistItem> items = m_phaseId == 0 ? m_session->allItems() : m_session->items(m_phaseId);
    for (const ChecklistItem &it : items)
        m_ids.append(it.id);
}

void ChecklistModel::setPhase(qint64 phaseId)
{
    if (phaseId == m_phaseId)
        return;
    beginResetModel();
    m_phaseId = phaseId;
    rebuild();
    endResetModel();
}

qint64 ChecklistModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ChecklistModel::rowOfItem(qint64 itemId) const
{
    return int(m_ids.indexOf(itemId));
}

void ChecklistModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void ChecklistModel::onItemChanged(qint64 itemId)
{
    const int row = rowOfItem(itemId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ChecklistModel::onReloaded()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem item = m_session->item(m_ids.at(index.row()));
    switch (role) {
    case ItemIdRole:
        return item.id;
    case StatusRole:
        return int(item.status);
    case PhaseIdRole:
        return item.phaseId;
    case FinishedRole:
        return ItemStatusText::isFinished(item.status);
    case OwnerRole:
        return item.owner;
    case SignOffRequiredRole:
        return item.signOffRequired;
    case CompletedByRole:
        return item.completedBy;
    case SignedOffByRole:
        return item.signedOffBy;
    case SkipReasonRole:
        return item.skipReason;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Status:
            return ItemStatusText::label(item.status);
        case Task:
            return item.task;
        case Expected:
            return item.expected;
        case Owner:
            return item.owner;
        case SignOff:
            if (!item.signOffRequired)
                return QString();
            return item.signedOffBy.isEmpty() ? tr("needed") : item.signedOffBy;
        case PlannedMinutes:
            return item.plannedMinutes > 0 ? QVariant(item.plannedMinutes) : QVariant();
        case ActualStart:
            return item.actualStart.isValid() ? QVariant(item.actualStart.toLocalTime()) : QVariant();
        case ActualEnd:
            return item.actualEnd.isValid() ? QVariant(item.actualEnd.toLocalTime()) : QVariant();
        case Notes:
            return item.notes;
        case Evidence:
            return item.evidence.join(role == Qt::EditRole ? QStringLiteral("\n") : QStringLiteral(", "));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Status: {
            QStringList lines { ItemStatusText::label(item.status) };
            if (!item.completedBy.isEmpty())
                lines << tr("completed by %1").arg(item.completedBy);
            if (!item.signedOffBy.isEmpty())
                lines << tr("signed off by %1").arg(item.signedOffBy);
            else if (item.signOffRequired)
                lines << tr("needs a sign-off by a second person");
            if (item.status == ItemStatus::Skipped && !item.skipReason.isEmpty())
                lines << tr("skipped because: %1").arg(item.skipReason);
            return lines.join(QLatin1Char('\n'));
        }
        case Task:
            return item.task;
        case Expected:
            return item.expected;
        case Notes:
            return item.notes;
        case Evidence:
            return item.evidence.join(QLatin1Char('\n'));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column == PlannedMinutes)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_ids.size())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Task:
        return tr("Task");
    case Expected:
        return tr("Expected result");
    case Owner:
        return tr("Owner");
    case SignOff:
        return tr("Sign-off");
    case PlannedMinutes:
        return tr("Planned min");
    case ActualStart:
        return tr("Started");
    case ActualEnd:
        return tr("Ended");
    case Notes:
        return tr("Notes");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int c = index.column();
    if (m_actions && !m_session->isReadOnly() && (c == Owner || c == Notes || c == Evidence))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_actions
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SetItemTextCommand::Field field;
    switch (index.column()) {
    case Owner:
        field = SetItemTextCommand::Field::Owner;
        break;
    case Notes:
        field = SetItemTextCommand::Field::Notes;
        break;
    case Evidence:
        field = SetItemTextCommand::Field::Evidence;
        break;
    default:
        return false;
    }
    // dataChanged follows from the session's itemChanged signal.
    return m_actions->setText(m_ids.at(index.row()), field, value.toString()).ok;
}
