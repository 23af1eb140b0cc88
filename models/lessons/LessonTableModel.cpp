// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonTableModel.h"

#include "lessons/LessonsLearned.h"
#include "report/ReportStrings.h"

#include <QLocale>

LessonTableModel::LessonTableModel(LessonsLearned *lessons, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lessons(lessons)
{
    connect(m_lessons, &LessonsLearned::lessonsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int LessonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lessons->lessons().size());
}

int LessonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LessonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lesson &l = m_lessons->lessons().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TextColumn:
            return l.text;
        case ActionColumn:
            return l.action;
        case OwnerColumn:
            return l.owner;
        case ChangeColumn: {
            // Described in the application's language (German if the UI runs in German).
            const ReportStrings strings(
                QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en"));
            return l.change.isNone() ? QString() : strings.describe(l.change);
        }
        }
        break;
    case LessonIdRole:
        return l.id;
    case ChangeKindRole:
        return RunbookChange::kindKey(l.change.kind);
    }
    return {};
}

QVariant LessonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Lesson");
    case ActionColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case ChangeColumn:
        return tr("Runbook change");
    }
    return {};
}
