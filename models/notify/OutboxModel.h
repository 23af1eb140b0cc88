// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/OutboxMessage.h"

#include <QAbstractTableModel>
#include <QPointer>

class Outbox;

// The delivery state of every notification message: what went where, whether it arrived, and if not,
// why and when it is tried again. Rows are only ever appended (messages are never deleted).
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        IdColumn,
        ChannelColumn,
        SummaryColumn,
        StateColumn,
        AttemptsColumn,
        ErrorColumn,
        NextAttemptColumn,
        ColumnCount
    };
    enum Roles { MessageIdRole = Qt::UserRole + 1, StateKeyRole };

    explicit OutboxModel(Outbox *outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();

private:
    QPointer<Outbox> m_outbox;
    QList<OutboxMessage> m_messages;
};
