// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/TimeDelegate.h"

#include <QDateTime>

QString TimeDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() != QMetaType::QDateTime)
        return QStyledItemDelegate::displayText(value, locale);
    const QDateTime t = value.toDateTime().toLocalTime();
    if (t.date() == QDate::currentDate())
        return locale.toString(t.time(), QStringLiteral("HH:mm"));
    return locale.toString(t, locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}
