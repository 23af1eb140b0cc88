// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/HttpProberSource.h"

#include <QAbstractTableModel>

// The endpoints the built-in prober probes, as an editable table: URL and path (old or new).
class ProbeEndpointModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Url, Path, ColumnCount };
    enum Roles { ProblemRole = Qt::UserRole + 1 }; // what is wrong with a cell, empty if fine

    explicit ProbeEndpointModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    using QAbstractTableModel::setData;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QList<HttpProberSource::Endpoint> endpoints() const { return m_endpoints; }
    void setEndpoints(const QList<HttpProberSource::Endpoint> &endpoints);
    // Every problem ("Row 1: …"), including a missing old or new endpoint; empty when usable.
    QStringList problems() const;

private:
    QString problem(int row, int column) const;

    QList<HttpProberSource::Endpoint> m_endpoints;
};
