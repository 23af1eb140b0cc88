// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateMeasurementModel.h"

#include <QBrush>
#include <QColor>

int GateMeasurementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GateMeasurementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GateMeasurementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GateMeasurement &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return m.at.toLocalTime();
        case StepColumn:
            return m.stepIndex + 1;
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
    }
    return {};
}

QVariant GateMeasurementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StepColumn:
        return tr("Step");
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
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(VerdictRole, "verdict");
    roles.insert(OutputRole, "output");
    roles.insert(MeasurementIdRole, "measurementId");
    return roles;
}

void GateMeasurementModel::setMeasurements(const QList<GateMeasurement> &measurements)
{
    beginResetModel();
    m_rows = measurements;
    endResetModel();
}

void GateMeasurementModel::append(const GateMeasurement &measurement)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(measurement);
    endInsertRows();
}
