// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/StatusDelegate.h"

#include "checklist/ChecklistModel.h"

#include <QApplication>
#include <QPainter>

QColor StatusDelegate::colour(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Open:
        return QColor(0x6b, 0x72, 0x80);
    case ItemStatus::InProgress:
        return QColor(0x1d, 0x4e, 0xd8);
    case ItemStatus::AwaitingSignOff:
        return QColor(0xb4, 0x53, 0x09);
    case ItemStatus::Done:
        return QColor(0x15, 0x80, 0x3d);
    case ItemStatus::Failed:
        return QColor(0xb9, 0x1c, 0x1c);
    case ItemStatus::Skipped:
        return QColor(0x6d, 0x28, 0xd9);
    }
    return Qt::gray;
}

QString StatusDelegate::symbol(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Open:
        return QStringLiteral("\u25cb"); // ○
    case ItemStatus::InProgress:
        return QStringLiteral("\u25b6"); // ▶
    case ItemStatus::AwaitingSignOff:
        return QStringLiteral("\u2026"); // …
    case ItemStatus::Done:
        return QStringLiteral("\u2714"); // ✔
    case ItemStatus::Failed:
        return QStringLiteral("\u2716"); // ✖
    case ItemStatus::Skipped:
        return QStringLiteral("\u00bb"); // »
    }
    return QString();
}

QString StatusDelegate::badgeText(const QModelIndex &index)
{
    const auto status = ItemStatus(index.data(ChecklistModel::StatusRole).toInt());
    return symbol(status) + QLatin1Char(' ') + ItemStatusText::label(status);
}

int StatusDelegate::widestBadge(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (ItemStatus s : { ItemStatus::Open, ItemStatus::InProgress, ItemStatus::AwaitingSignOff,
             ItemStatus::Done, ItemStatus::Failed, ItemStatus::Skipped })
        widest = qMax(widest, fm.horizontalAdvance(symbol(s) + QLatin1Char(' ') + ItemStatusText::label(s)));
    return widest + 28;
}

void StatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = ItemStatus(index.data(ChecklistModel::StatusRole).toInt());
    const QString text = badgeText(index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const QRect cell = option.rect.adjusted(4, 3, -4, -3);
    const int width = qMin(cell.width(), fm.horizontalAdvance(text) + 16);
    const QRect badge(cell.left(), cell.center().y() - (fm.height() + 6) / 2, width, fm.height() + 6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour(status));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(text, Qt::ElideRight, badge.width() - 12));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    return QSize(fm.horizontalAdvance(badgeText(index)) + 28, fm.height() + 14);
}
