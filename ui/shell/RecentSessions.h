// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

class QMenu;

// The recently opened session files, newest first (QSettings "recent/sessions"). Demo sessions never
// enter this list.
namespace RecentSessions {
QStringList list();
void add(const QString &path);
void remove(const QString &path);
// Fills a menu with the recent sessions (missing files disabled); choosing one calls open.
void fillMenu(QMenu *menu, const std::function<void(const QString &)> &open);
}
