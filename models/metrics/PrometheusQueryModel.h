// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/PrometheusSource.h"

#include <QAbstractTableModel>

// The PromQL queries of a Prometheus source as an editable table: one row per metric (series prefix,
// query, the label that tells the paths apart and its values for old and new). Starts with the
// default canary queries; restoreDefaults() brings them back.
class PrometheusQueryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Metric, Query, PathLabel, OldValue, NewValue, ColumnCount };
    enum Roles { ProblemRole = Qt::UserRole + 1 }; // text of what is wrong with a cell, empty if fine

    explicit PrometheusQueryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    using QAbstractTableModel::setData;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QList<PrometheusSource::Query> queries() const { return m_queries; }
    void setQueries(const QList<PrometheusSource::Query> &queries);
    void restoreDefaults();
    // Every problem, one line each ("Row 2: the metric name is empty."); empty when usable.
    QStringList problems() const;

private:
    QString problem(int row, int column) const;

    QList<PrometheusSource::Query> m_queries;
};
