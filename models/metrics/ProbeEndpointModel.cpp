// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ProbeEndpointModel.h"

ProbeEndpointModel::ProbeEndpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ProbeEndpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int ProbeEndpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeEndpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HttpProberSource::Endpoint &e = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Url ? e.url.toString() : e.path;
    case ProblemRole:
        return problem(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString p = problem(index.row(), index.column());
        return p.isEmpty() ? QVariant() : QVariant(p);
    }
    default:
        return {};
    }
}

QVariant ProbeEndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Url ? tr("URL") : section == Path ? tr("Path (old / new)") : QVariant();
}

Qt::ItemFlags ProbeEndpointModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool ProbeEndpointModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    HttpProberSource::Endpoint &e = m_endpoints[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == Url)
        e.url = QUrl(text);
    else
        e.path = text.toLower();
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, ProblemRole });
    return true;
}

bool ProbeEndpointModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_endpoints.insert(row, { QUrl(), MetricSeries::newPath() });
    endInsertRows();
    return true;
}

bool ProbeEndpointModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_endpoints.remove(row, count);
    endRemoveRows();
    return true;
}

void ProbeEndpointModel::setEndpoints(const QList<HttpProberSource::Endpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

QString ProbeEndpointModel::problem(int row, int column) const
{
    const HttpProberSource::Endpoint &e = m_endpoints.at(row);
    if (column == Url) {
        if (e.url.isEmpty())
            return tr("The URL is empty.");
        if (!e.url.isValid()
            || (e.url.scheme() != QLatin1String("http") && e.url.scheme() != QLatin1String("https"))
            || e.url.host().isEmpty())
            return tr("\"%1\" is not an http(s) URL such as http://10.0.0.5:8080/health.")
                .arg(e.url.toString());
        return {};
    }
    if (e.path != MetricSeries::oldPath() && e.path != MetricSeries::newPath())
        return tr("The path must be \"old\" or \"new\", not \"%1\".").arg(e.path);
    return {};
}

QStringList ProbeEndpointModel::problems() const
{
    QStringList out;
    bool hasOld = false;
    bool hasNew = false;
    for (int r = 0; r < m_endpoints.size(); ++r) {
        hasOld = hasOld || m_endpoints.at(r).path == MetricSeries::oldPath();
        hasNew = hasNew || m_endpoints.at(r).path == MetricSeries::newPath();
        for (int c = 0; c < ColumnCount; ++c) {
            const QString p = problem(r, c);
            if (!p.isEmpty())
                out.append(tr("Row %1: %2").arg(r + 1).arg(p));
        }
    }
    if (!hasOld)
        out.append(tr("No endpoint of the old path: old and new cannot be compared."));
    if (!hasNew)
        out.append(tr("No endpoint of the new path: old and new cannot be compared."));
    return out;
}
