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

}
