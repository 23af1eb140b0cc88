// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateMeasurementModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {
constexpr quintptr GroupId = 0; // internalId of a group row; a child row holds its group's index + 1
}

QModelIndex GateMeasurementModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).count)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GateMeasurementModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int GateMeasurementModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return m_groups.at(parent.row()).count;
}

int GateMeasurementModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const GateMeasurement *GateMeasurementModel::measurement(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return &m_rows.at(g.first + index.row());
}

QString GateMeasurementModel::groupLabel(const Group &g) const
{
    const QString step = g.percent >= 0 ? tr("step %1 (%2 %)").arg(g.stepIndex + 1).arg(g.percent)
                                        : tr("step %1").arg(g.stepIndex + 1);
    const QString run = g.run > 0 ? tr("Run %1").arg(g.run) : tr("Before the first run");
    return tr("%1 · %2").arg(run, step);
}

QVariant GateMeasurementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TimeColumn)
                return groupLabel(g);
            if (index.column() == ValueColumn)
                return g.count == 1 ? tr("1 measurement") : tr("%1 measurements").arg(g.count);
            break;
        case Qt::FontRole:
            if (index.column() == TimeColumn) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        case RunRole:
            return g.run;
        case StepRole:
            return g.stepIndex + 1;
        case PercentRole:
            return g.percent;
        case IsGroupRole:
            return true;
        }
        return {};
    }
    const GateMeasurement *mp = measurement(index);
    if (!mp)
        return {};
    const GateMeasurement &m = *mp;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return m.at;
        case GateColumn:
            return m.gate;
        case ValueColumn:
            return m.value;
        case ConditionColumn:
            return m.condition;
        case VerdictColumn:
            return GateMeasurement::verdictLabel(m.verdict);
        case ReasonColumn:
            return m.reason;
        }
        break;
    case Qt::ToolTipRole:
        return m.output.isEmpty() ? m.reason : m.reason + QLatin1Char('\n') + m.output;
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn) {
            switch (m.verdict) {
            case GateMeasurement::Verdict::Pass:
                return QBrush(QColor(0x1b, 0x7f, 0x3a));
            case GateMeasurement::Verdict::Fail:
            case GateMeasurement::Verdict::Error:
                return QBrush(QColor(0xc0, 0x1c, 0x28));
            default:
                return QBrush(QColor(0xb3, 0x6b, 0x00));
            }
        }
        break;
    case VerdictRole:
        return GateMeasurement::verdictKey(m.verdict);
    case OutputRole:
        return m.output;
    case MeasurementIdRole:
        return m.id;
    case RunRole:
        return m_groups.at(int(index.internalId() - 1)).run;
    case StepRole:
        return m.stepIndex + 1;
    case PercentRole:
        return m_groups.at(int(index.internalId() - 1)).percent;
    case IsGroupRole:
        return false;
    }
    return {};
}

QVariant GateMeasurementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case GateColumn:
        return tr("Gate");
    case ValueColumn:
        return tr("Value");
    case ConditionColumn:
        return tr("Condition");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

QHash<int, QByteArray> GateMeasurementModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(VerdictRole, "verdict");
    roles.insert(OutputRole, "output");
    roles.insert(MeasurementIdRole, "measurementId");
    roles.insert(RunRole, "run");
    roles.insert(StepRole, "step");
    roles.insert(PercentRole, "percent");
    roles.insert(IsGroupRole, "isGroup");
    return roles;
}

GateMeasurementModel::Group GateMeasurementModel::groupOf(const GateMeasurement &m) const
{
    Group g;
    g.stepIndex = m.stepIndex;
    for (const Mark &mark : m_marks) {
        if (mark.at.isValid() && m.at.isValid() && mark.at > m.at)
            break;
        if (mark.runStarted)
            ++g.run;
        else if (mark.stepIndex == m.stepIndex && mark.percent >= 1) // a rollback's 0 % names no step
            g.percent = mark.percent;
    }
    return g;
}

QList<GateMeasurementModel::Group> GateMeasurementModel::regroup() const
{
    QList<Group> groups;
    for (int i = 0; i < m_rows.size(); ++i) {
        Group g = groupOf(m_rows.at(i));
        if (!groups.isEmpty() && groups.last().run == g.run && groups.last().stepIndex == g.stepIndex) {
            ++groups.last().count;
            continue;
        }
        g.first = i;
        g.count = 1;
        groups << g;
    }
    return groups;
}

void GateMeasurementModel::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    const QList<Group> groups = regroup();
    bool same = groups.size() == m_groups.size();
    for (int i = 0; same && i < groups.size(); ++i) {
        const Group &a = groups.at(i);
        const Group &b = m_groups.at(i);
        same = a.run == b.run && a.stepIndex == b.stepIndex && a.first == b.first && a.count == b.count;
    }
    if (!same) {
        beginResetModel();
        m_groups = groups;
        endResetModel();
        return;
    }
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).percent != m_groups.at(i).percent) {
            m_groups[i].percent = groups.at(i).percent;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void GateMeasurementModel::setMeasurements(const QList<GateMeasurement> &measurements)
{
    beginResetModel();
    m_rows = measurements;
    m_groups = regroup();
    endResetModel();
}

void GateMeasurementModel::append(const GateMeasurement &measurement)
{
    Group g = groupOf(measurement);
    const int row = int(m_rows.size());
    if (!m_groups.isEmpty() && m_groups.last().run == g.run && m_groups.last().stepIndex == g.stepIndex) {
        const int groupRow = int(m_groups.size()) - 1;
        const int child = m_groups.last().count;
        beginInsertRows(index(groupRow, 0), child, child);
        m_rows.append(measurement);
        ++m_groups.last().count;
        endInsertRows();
        const QModelIndex value = index(groupRow, ValueColumn);
        Q_EMIT dataChanged(value, value, { Qt::DisplayRole });
        return;
    }
    g.first = row;
    g.count = 1;
    const int groupRow = int(m_groups.size());
    beginInsertRows({}, groupRow, groupRow);
    m_rows.append(measurement);
    m_groups.append(g);
    endInsertRows();
}
