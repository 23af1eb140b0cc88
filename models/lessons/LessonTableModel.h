// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class LessonsLearned;

// The lessons learned of a session as a table: text, action, owner and the runbook change, in the order
// they were written. Follows LessonsLearned::lessonsChanged.
class LessonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { TextColumn, ActionColumn, OwnerColumn, ChangeColumn, ColumnCount };
    enum Roles { LessonIdRole = Qt::UserRole, ChangeKindRole };

    explicit LessonTableModel(LessonsLearned *lessons, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LessonsLearned *m_lessons;
};
