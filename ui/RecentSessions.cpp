// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentSessions.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("recent/sessions");
const int maxEntries = 10;
}

namespace RecentSessions {

QStringList list()
{
    return QSettings().value(settingsKey).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList l = list();
    l.removeAll(absolute);
    l.prepend(absolute);
    while (l.size() > maxEntries)
        l.removeLast();
    QSettings().setValue(settingsKey, l);
}

void remove(const QString &path)
{
    QStringList l = list();
    l.removeAll(path);
    QSettings().setValue(settingsKey, l);
}

}
