// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class IncidentLog;

// The incident log as a table, one row per entry in the order they were recorded (rows are only ever
// appended, like the log). The state column is computed from the entry's events.
class IncidentLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        IdColumn,
        OccurredColumn,
        SeverityColumn,
        StateColumn,
        TextColumn,
        AuthorColumn,
        VerifiedByColumn,
        RefersColumn,
        ColumnCount
    };
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        StateKeyRole, // "draft", "verified", …
        SeverityKeyRole, // "info", "warning", "critical"
        AuthorRole,
        StakeholderVisibleRole, // true for verified/published reports and corrections
    };

    explicit IncidentLogModel(IncidentLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 entryId(int row) const;

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);

    QPointer<IncidentLog> m_log;
    int m_rows = 0;
};
