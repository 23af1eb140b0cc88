// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The recently opened session files, newest first (QSettings "recent/sessions"). Demo sessions never
// enter this list.
namespace RecentSessions {
QStringList list();
void add(const QString &path);
void remove(const QString &path);
}
