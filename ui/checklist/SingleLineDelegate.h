// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Shows a cell on one line, shortened in the middle ("https://chan…/CHG-4711"): for links, where a
// line break in the middle of an address would be harder to read than an ellipsis.
class SingleLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
