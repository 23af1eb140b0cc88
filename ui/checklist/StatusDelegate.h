// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QColor>
#include <QStyledItemDelegate>

// Paints an item's status as a coloured badge with a symbol and the translated label, so the state is
// readable without relying on colour alone.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colour(ItemStatus status);
    static QString symbol(ItemStatus status);
    // The width the widest badge of any status needs in this font and language, so a column sized by it
    // never clips a status that appears later ("Awaiting sign-off").
    static int widestBadge(const QFont &font);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QString badgeText(const QModelIndex &index);
};
