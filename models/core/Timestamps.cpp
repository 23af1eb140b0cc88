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

namespace {

// The stored form "yyyy-MM-ddTHH:mm:ss.zzzZ" read directly (QDateTime::fromString is slow, and a trail of
// 100,000 records reads one per record); anything else, or an invalid date, takes the general path.
QDateTime fromStoredForm(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    const auto number = [&text](int from, int length, bool *ok) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                *ok = false;
            n = n * 10 + int(c - u'0');
        }
        return n;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok), number(20, 3, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

}

QDateTime fromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    if (const QDateTime stored = fromStoredForm(text); stored.isValid())
        return stored;
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
