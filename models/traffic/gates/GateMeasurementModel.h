// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateMeasurement.h"

#include <QAbstractTableModel>
#include <QList>

// The gate measurements of a session, newest last: time, step, gate, value, condition, verdict, reason.
// Raw values in the model; the verdict is also available as its key (VerdictRole) for colouring.
class GateMeasurementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        StepColumn,
        GateColumn,
        ValueColumn,
        ConditionColumn,
        VerdictColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles { VerdictRole = Qt::UserRole, OutputRole, MeasurementIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMeasurements(const QList<GateMeasurement> &measurements);
    void append(const GateMeasurement &measurement);
    const GateMeasurement &measurement(int row) const { return m_rows.at(row); }

private:
    QList<GateMeasurement> m_rows;
};
