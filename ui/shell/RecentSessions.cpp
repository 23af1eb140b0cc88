// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RecentSessions.h"

#include "store/SessionAddress.h"

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
    // A team session's address is kept as given (it never carries a password); a file by its full path.
    const QString absolute = SessionAddress::isPostgres(path) ? path : QFileInfo(path).absoluteFilePath();
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
        QAction *a = menu->addAction(SessionAddress::displayName(path), menu, [open, path] { open(path); });
        a->setToolTip(path);
        a->setEnabled(SessionAddress::isPostgres(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        menu->addAction(QCoreApplication::translate("RecentSessions", "(no recent sessions)"))
            ->setEnabled(false);
}

}
