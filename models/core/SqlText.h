// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Qt's SQLite driver binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
namespace SqlText {
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
}
