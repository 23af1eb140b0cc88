// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
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
}
