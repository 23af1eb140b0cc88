// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserIdentity.h"

#include "shell/UserNameDialog.h"

#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("user/name");
}

UserIdentity::UserIdentity(QObject *parent)
    : QObject(parent)
    , m_name(QSettings().value(settingsKey).toString().trimmed())
{
}

void UserIdentity::setName(const QString &name, bool remember)
{
    const QString n = name.trimmed();
    if (remember)
        QSettings().setValue(settingsKey, n);
    if (n == m_name)
        return;
    m_name = n;
    Q_EMIT nameChanged(m_name);
}

bool UserIdentity::ensureName(QWidget *parent)
{
    if (isKnown())
        return true;
    UserNameDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return false;
    setName(dialog.name());
    return true;
}
