// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TimeDelegate.h"

#include "core/Timestamps.h"

#include <QDateTime>

QString TimeDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() != QMetaType::QDateTime)
        return QStyledItemDelegate::displayText(value, locale);
    return Timestamps::display(value.toDateTime(), locale);
}
