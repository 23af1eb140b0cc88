// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentLogModel.h"

#include "core/Timestamps.h"
#include "identity/SignatureManifestation.h"
#include "signing/SignatureAct.h"

#include "incidents/IncidentLog.h"

#include <QBrush>
#include <QColor>
#include <QFont>

IncidentLogModel::IncidentLogModel(IncidentLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(int(log->entries().size()))
{
    connect(log, &IncidentLog::entryAdded, this, &IncidentLogModel::onAdded);
    connect(log, &IncidentLog::entryChanged, this, &IncidentLogModel::onChanged);
    connect(log, &IncidentLog::reloaded, this, [this] {
        // A reload only ever adds rows or changes states (the log is append-only).
        const int now = int(m_log->entries().size());
        if (now > m_rows) {
            beginInsertRows({}, m_rows, now - 1);
            m_rows = now;
            endInsertRows();
        } else if (now < m_rows) { // a different file: start over
            beginResetModel();
            m_rows = now;
            endResetModel();
            return;
        }
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
}

int IncidentLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IncidentLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 IncidentLogModel::entryId(int row) const
{
    if (!m_log || row < 0 || row >= m_rows)
        return 0;
    return m_log->entries().at(row).id;
}

QVariant IncidentLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentEntry &e = m_log->entries().at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StateKeyRole:
        return IncidentEntry::stateKey(e.state);
    case SeverityKeyRole:
        return IncidentEntry::severityKey(e.severity);
    case AuthorRole:
        return e.author;
    case StakeholderVisibleRole:
        return e.kind != IncidentEntry::Kind::Retraction && e.isStakeholderVisible();
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return e.id;
        case OccurredColumn:
            return Timestamps::display(e.occurredAt);
        case SeverityColumn:
            return IncidentEntry::severityLabel(e.severity);
        case StateColumn:
            return IncidentEntry::stateLabel(e.state);
        case TextColumn:
            return e.text;
        case AuthorColumn:
            return e.author;
        case VerifiedByColumn:
            return e.verifiedBy;
        case RefersColumn:
            if (e.refersTo > 0) {
                return e.kind == IncidentEntry::Kind::Retraction ? tr("retracts %1").arg(e.refersTo)
                                                                 : tr("corrects %1").arg(e.refersTo);
            }
            if (e.replacedBy > 0)
                return tr("replaced by %1").arg(e.replacedBy);
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VerifiedByColumn && !e.verifiedBy.isEmpty() && m_log) {
            // The manifestation of the verification's signature: name, principal, time, meaning.
            const QString signedBy = SignatureManifestation::latest(
                m_log->store(), SignatureAct::incidentVerify, QStringLiteral("incident"), e.id);
            if (!signedBy.isEmpty())
                return tr("Verified by %1").arg(signedBy);
        }
        if (index.column() == OccurredColumn)
            return tr("Happened %1, recorded %2")
                .arg(e.occurredAt.toLocalTime().toString(Qt::ISODate),
                    e.recordedAt.toLocalTime().toString(Qt::ISODate));
        if (!e.reason.isEmpty())
            return tr("Reason: %1").arg(e.reason);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && e.isStakeholderVisible())
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (index.column() == SeverityColumn && e.severity == IncidentEntry::Severity::Critical)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == SeverityColumn && e.severity == IncidentEntry::Severity::Warning)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::FontRole:
        if (e.state == IncidentEntry::State::Retracted || e.state == IncidentEntry::State::Superseded) {
            QFont f;
            f.setStrikeOut(index.column() == TextColumn);
            f.setItalic(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant IncidentLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case OccurredColumn:
        return tr("Happened");
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case TextColumn:
        return tr("Entry");
    case AuthorColumn:
        return tr("Written by");
    case VerifiedByColumn:
        return tr("Verified by");
    case RefersColumn:
        return tr("Refers to");
    }
    return {};
}

void IncidentLogModel::onAdded(qint64)
{
    const int now = int(m_log->entries().size());
    if (now <= m_rows)
        return;
    beginInsertRows({}, m_rows, now - 1);
    m_rows = now;
    endInsertRows();
}

void IncidentLogModel::onChanged(qint64 id)
{
    for (int row = 0; row < m_rows; ++row) {
        if (m_log->entries().at(row).id == id) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}
