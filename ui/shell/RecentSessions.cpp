// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RecentSessions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMenu>
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

void fillMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList recent = list();
    for (const QString &path : recent) {
        QAction *a = menu->addAction(QFileInfo(path).fileName(), menu, [open, path] { open(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        menu->addAction(QCoreApplication::translate("RecentSessions", "(no recent sessions)"))
            ->setEnabled(false);
}

}
