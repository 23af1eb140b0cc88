// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SingleLineDelegate.h"

void SingleLineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features &= ~QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideMiddle;
}
