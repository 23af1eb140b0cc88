// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/PhaseItemDelegate.h"

#include "checklist/PhaseListModel.h"

#include <QApplication>
#include <QPainter>

QString PhaseItemDelegate::progressText(int done, int total)
{
    QString text = QStringLiteral("%1/%2").arg(done).arg(total);
    if (total > 0 && done == total)
        text += QStringLiteral(" \u2714");
    return text;
}

void PhaseItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int done = index.data(PhaseListModel::DoneRole).toInt();
    const int total = index.data(PhaseListModel::TotalRole).toInt();
    const int failed = index.data(PhaseListModel::FailedRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(10, 6, -10, -6);

    painter->save();
    painter->setPen(textColour);
    painter->setFont(nameFont);
    const QRect nameRect(r.left(), r.top(), r.width(), nfm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));
    painter->setFont(option.font);
    QString progress = progressText(done, total);
    if (failed > 0)
        progress += QStringLiteral("  ") + tr("%n failed", nullptr, failed);
    const QRect progressRect(r.left(), nameRect.bottom() + 2, r.width(), fm.height());
    painter->drawText(progressRect, Qt::AlignLeft | Qt::AlignVCenter, progress);

    const QRect bar(r.left(), progressRect.bottom() + 4, r.width(), 5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xd1, 0xd5, 0xdb));
    painter->drawRect(bar);
    if (total > 0) {
        painter->setBrush(failed > 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x15, 0x80, 0x3d));
        painter->drawRect(QRect(bar.left(), bar.top(), bar.width() * done / total, bar.height()));
    }
    painter->restore();
}

QSize PhaseItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics fm(option.font);
    return QSize(nfm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 20,
        nfm.height() + fm.height() + 2 + 4 + 5 + 14);
}
