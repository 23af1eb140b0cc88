// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// How times are stored: ISO 8601 in UTC with milliseconds, as text (portable between SQLite and
// PostgreSQL, sortable, readable in the sqlite3 shell).
namespace Timestamps {
QString toText(const QDateTime &time);
QDateTime fromText(const QString &text);
// The clock every record is stamped with: the system's UTC time plus an offset that is zero except
// while a ScopedOffset lives (the demo builds its history in the past; tests use a fake clock).
QDateTime now();

class ScopedOffset {
public:
    explicit ScopedOffset(qint64 offsetMs);
    ~ScopedOffset();
    ScopedOffset(const ScopedOffset &) = delete;
    ScopedOffset &operator=(const ScopedOffset &) = delete;

private:
    qint64 m_previous;
};

// How times are shown, the one format of the UI: local time with seconds in the locale's own time
// format ("14:05:09", "2:05:09 PM"), with the locale's short date in front when it is not today.
QString display(const QDateTime &time, const QLocale &locale = QLocale());
// The locale's short time format with seconds added when it has none ("h:mm AP" → "h:mm:ss AP").
QString timeFormatWithSeconds(const QLocale &locale = QLocale());
}
