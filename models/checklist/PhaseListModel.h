// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

class CutoverSession;

// The phases of a session with their progress (finished = done or skipped, out of all items), and the
// progress of the whole checklist. A changed item updates its phase's row only.
class PhaseListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PhaseIdRole = Qt::UserRole,
        DoneRole, // int: finished items
        TotalRole, // int: all items
        CompleteRole, // bool: every item finished
        FailedRole, // int: failed items (need attention)
    };

    explicit PhaseListModel(CutoverSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int overallDone() const;
    int overallTotal() const;
    // The phase being worked on: the first one not complete (the last one when all are); -1 without phases.
    int currentPhaseRow() const;
    qint64 phaseIdAt(int row) const;
    int rowOfPhase(qint64 phaseId) const;

Q_SIGNALS:
    void progressChanged();

private:
    struct Row {
        qint64 id = 0;
        QString name;
        int done = 0;
        int total = 0;
        int failed = 0;
    };
    void rebuild();
    void count(Row &row) const;
    void onItemChanged(qint64 itemId);
    void onReloaded();

    CutoverSession *m_session;
    QList<Row> m_rows;
};
