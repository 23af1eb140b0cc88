// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Timestamps.h"

#include <atomic>

namespace Timestamps {

namespace {
std::atomic<qint64> clockOffsetMs { 0 };
}

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
    const qint64 offset = clockOffsetMs.load(std::memory_order_relaxed);
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    return offset == 0 ? utc : utc.addMSecs(offset);
}

ScopedOffset::ScopedOffset(qint64 offsetMs)
    : m_previous(clockOffsetMs.exchange(offsetMs))
{
}

ScopedOffset::~ScopedOffset()
{
    clockOffsetMs.store(m_previous);
}

QString timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1Char('s')))
        return format;
    const qsizetype minutes = format.lastIndexOf(QLatin1String("mm"));
    if (minutes < 0)
        return QStringLiteral("HH:mm:ss");
    return format.insert(minutes + 2, QLatin1String(":ss"));
}

QString display(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    const QString clock = locale.toString(local.time(), timeFormatWithSeconds(locale));
    if (local.date() == QDate::currentDate())
        return clock;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock;
}

}
