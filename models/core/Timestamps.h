// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// How times are stored: ISO 8601 in UTC with milliseconds, as text (portable between SQLite and
// PostgreSQL, sortable, readable in the sqlite3 shell).
namespace Timestamps {
QString toText(const QDateTime &time);
QDateTime fromText(const QString &text);
QDateTime now();
}
