// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Timestamps.h"

namespace Timestamps {

QString toText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

}
