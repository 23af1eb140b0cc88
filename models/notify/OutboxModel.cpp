// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/OutboxModel.h"

#include "notify/Outbox.h"

#include <QBrush>
#include <QColor>

OutboxModel::OutboxModel(Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_messages(outbox->messages())
{
    connect(outbox, &Outbox::messagesChanged, this, &OutboxModel::refresh);
}

void OutboxModel::refresh()
{
    if (!m_outbox)
        return;
    const QList<OutboxMessage> now = m_outbox->messages();
    if (now.size() < m_messages.size()) { // another session file: start over
        beginResetModel();
        m_messages = now;
        endResetModel();
        return;
    }
    const int old = int(m_messages.size());
    if (now.size() > old) {
        beginInsertRows({}, old, int(now.size()) - 1);
        m_messages = now;
        endInsertRows();
    } else {
        m_messages = now;
    }
    if (old > 0)
        Q_EMIT dataChanged(index(0, 0), index(old - 1, ColumnCount - 1));
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    const bool noEndpoint
        = m.isWaitingForDelivery() && m_outbox && !m_outbox->enabledChannels().contains(m.channel);
    switch (role) {
    case MessageIdRole:
        return m.id;
    case StateKeyRole:
        return OutboxMessage::stateKey(m.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return m.id;
        case ChannelColumn:
            return m.channel;
        case SummaryColumn:
            return m.summary;
        case StateColumn:
            switch (m.state) {
            case OutboxMessage::State::Sent:
                return tr("Sent");
            case OutboxMessage::State::Failed:
                return tr("Retrying");
            case OutboxMessage::State::Pending:
                return tr("Pending");
            case OutboxMessage::State::Sending:
                return tr("Sending");
            case OutboxMessage::State::Parked:
                return tr("PARKED – needs you");
            case OutboxMessage::State::Dropped:
                return tr("Dropped");
            }
            return {};
        case AttemptsColumn:
            return m.attempts;
        case ErrorColumn:
            if (noEndpoint)
                return tr("no webhook URL configured for %1 in this cockpit").arg(m.channel);
            return m.lastError;
        case NextAttemptColumn:
            if (!m.isWaitingForDelivery() && m.state != OutboxMessage::State::Sent)
                return QString(); // parked or dropped: no next try
            return m.state == OutboxMessage::State::Sent
                ? m.sentAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                : m.nextAttemptAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn
            && (m.state == OutboxMessage::State::Failed || m.state == OutboxMessage::State::Parked))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == StateColumn && m.state == OutboxMessage::State::Sent)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case ChannelColumn:
        return tr("Channel");
    case SummaryColumn:
        return tr("Message");
    case StateColumn:
        return tr("Delivery");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    case NextAttemptColumn:
        return tr("Sent / next try");
    }
    return {};
}
