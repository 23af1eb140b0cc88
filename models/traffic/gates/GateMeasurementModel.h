// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateMeasurement.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>

// The gate measurements of a session, newest last, grouped into runs and steps: a top-level row per
// step of a run ("Run 2 · step 1 (5 %)"), its measurements as children (time, gate, value, condition,
// verdict, reason). Raw values in the model (the time is a QDateTime); the verdict is also available as
// its key (VerdictRole) for colouring. Runs and step percentages come from marks (the engine's "run"
// events and shift intents), so that grouping needs nothing stored with a measurement.
class GateMeasurementModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        GateColumn,
        ValueColumn,
        ConditionColumn,
        VerdictColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles {
        VerdictRole = Qt::UserRole,
        OutputRole,
        MeasurementIdRole,
        RunRole, // 1-based run number (0: before any recorded run)
        StepRole, // 1-based step number
        PercentRole, // the step's share on the new path, -1 when unknown
        IsGroupRole,
    };

    // A moment of the traffic record: a run started (runStarted), or a step was set to a percentage.
    struct Mark {
        QDateTime at;
        bool runStarted = false;
        int stepIndex = -1;
        int percent = -1;
    };

    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Marks in time order. Regroups (with a reset) only when the groups of the rows already shown change.
    void setMarks(const QList<Mark> &marks);
    void setMeasurements(const QList<GateMeasurement> &measurements);
    void append(const GateMeasurement &measurement);

    int measurementCount() const { return int(m_rows.size()); }
    // The measurement behind a child row; nullptr for a group row.
    const GateMeasurement *measurement(const QModelIndex &index) const;

private:
    struct Group {
        int run = 0;
        int stepIndex = -1;
        int percent = -1;
        int first = 0; // index into m_rows
        int count = 0;
    };
    Group groupOf(const GateMeasurement &m) const;
    QList<Group> regroup() const;
    QString groupLabel(const Group &g) const;

    QList<GateMeasurement> m_rows;
    QList<Group> m_groups;
    QList<Mark> m_marks;
};
