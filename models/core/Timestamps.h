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
QDateTime now();

// How times are shown, the one format of the UI: local time with seconds in the locale's own time
// format ("14:05:09", "2:05:09 PM"), with the locale's short date in front when it is not today.
QString display(const QDateTime &time, const QLocale &locale = QLocale());
// The locale's short time format with seconds added when it has none ("h:mm AP" → "h:mm:ss AP").
QString timeFormatWithSeconds(const QLocale &locale = QLocale());
}
