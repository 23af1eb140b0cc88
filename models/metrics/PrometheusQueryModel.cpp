// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PrometheusQueryModel.h"

#include <QRegularExpression>
#include <QSet>

PrometheusQueryModel::PrometheusQueryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(PrometheusSource::defaultQueries())
{
}

int PrometheusQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queries.size());
}

int PrometheusQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString &field(PrometheusSource::Query &q, int column)
{
    switch (column) {
    case PrometheusQueryModel::Metric:
        return q.metric;
    case PrometheusQueryModel::Query:
        return q.promql;
    case PrometheusQueryModel::PathLabel:
        return q.pathLabel;
    case PrometheusQueryModel::OldValue:
        return q.oldValue;
    default:
        return q.newValue;
    }
}

}

QVariant PrometheusQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    PrometheusSource::Query q = m_queries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return field(q, index.column());
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString p = problem(index.row(), index.column());
        if (role == ProblemRole || !p.isEmpty())
            return p;
        return index.column() == Metric ? tr("Series %1/old and %1/new").arg(q.metric) : QVariant();
    }
    default:
        return {};
    }
}

QVariant PrometheusQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Query:
        return tr("PromQL query");
    case PathLabel:
        return tr("Path label");
    case OldValue:
        return tr("Old path value");
    case NewValue:
        return tr("New path value");
    default:
        return {};
    }
}

Qt::ItemFlags PrometheusQueryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool PrometheusQueryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString().trimmed();
    QString &f = field(m_queries[index.row()], index.column());
    if (f == text)
        return true;
    f = text;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, ProblemRole });
    // A changed metric name can make another row's name a duplicate (or no longer one).
    if (index.column() == Metric && rowCount() > 1)
        Q_EMIT dataChanged(
            this->index(0, Metric), this->index(rowCount() - 1, Metric), { Qt::ToolTipRole, ProblemRole });
    return true;
}

bool PrometheusQueryModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_queries.insert(row, PrometheusSource::Query());
    endInsertRows();
    return true;
}

bool PrometheusQueryModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_queries.remove(row, count);
    endRemoveRows();
    return true;
}

void PrometheusQueryModel::setQueries(const QList<PrometheusSource::Query> &queries)
{
    beginResetModel();
    m_queries = queries;
    endResetModel();
}

void PrometheusQueryModel::restoreDefaults()
{
    setQueries(PrometheusSource::defaultQueries());
}

QString PrometheusQueryModel::problem(int row, int column) const
{
    const PrometheusSource::Query &q = m_queries.at(row);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*(/[A-Za-z0-9_.]+)?$"));
    switch (column) {
    case Metric:
        if (q.metric.isEmpty())
            return tr("The metric name is empty.");
        if (!name.match(q.metric).hasMatch())
            return tr("The metric name \"%1\" may contain only letters, digits, _ and . (it becomes %1/old "
                      "and %1/new), or name one whole series such as error_ratio/new.")
                .arg(q.metric);
        for (int i = 0; i < m_queries.size(); ++i) {
            if (i != row && m_queries.at(i).metric == q.metric)
                return tr("The metric name \"%1\" is used twice.").arg(q.metric);
        }
        return {};
    case Query:
        return q.promql.isEmpty() ? tr("The PromQL query is empty.") : QString();
    case PathLabel:
        return q.pathLabel.isEmpty() ? tr("The label that tells old and new apart is empty.") : QString();
    case OldValue:
    case NewValue:
        if (q.oldValue.isEmpty() || q.newValue.isEmpty())
            return tr("The label values of the old and the new path must both be given.");
        if (q.oldValue == q.newValue)
            return tr("The old and the new path have the same label value \"%1\".").arg(q.oldValue);
        return {};
    default:
        return {};
    }
}

QStringList PrometheusQueryModel::problems() const
{
    QStringList out;
    if (m_queries.isEmpty())
        out.append(tr("No query is configured."));
    for (int r = 0; r < m_queries.size(); ++r) {
        QSet<QString> seen;
        for (int c = 0; c < ColumnCount; ++c) {
            const QString p = problem(r, c);
            if (!p.isEmpty() && !seen.contains(p)) {
                seen.insert(p);
                out.append(tr("Row %1: %2").arg(r + 1).arg(p));
            }
        }
    }
    return out;
}
