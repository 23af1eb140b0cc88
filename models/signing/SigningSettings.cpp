// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SigningSettings.h"

#include <QSettings>

namespace {

// One file shared by the cockpit and cutoverctl (cutover-cockpit/signing.ini), whatever the application name:
// a key chosen in the window is the one `cutoverctl whoami` shows.
QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("cutover-cockpit"),
        QStringLiteral("signing"));
}

QString pick(const QString &option, const char *env, const char *setting, QString *source)
{
    if (!option.isEmpty()) {
        *source = QStringLiteral("option");
        return option;
    }
    const QString fromEnv = qEnvironmentVariable(env);
    if (!fromEnv.isEmpty()) {
        *source = QLatin1String(env);
        return fromEnv;
    }
    const QString fromSettings = settings().value(QLatin1String(setting)).toString();
    if (!fromSettings.isEmpty()) {
        *source = QStringLiteral("settings");
        return fromSettings;
    }
    source->clear();
    return QString();
}

}

QString SigningSettings::allowedSignersFile(const QString &option)
{
    QString source;
    return pick(option, "COCKPIT_ALLOWED_SIGNERS", "signing/allowed_signers", &source);
}

QString SigningSettings::keyFile(const QString &option)
{
    QString source;
    return pick(option, "COCKPIT_SIGNING_KEY", "signing/key", &source);
}

QString SigningSettings::allowedSignersSource(const QString &option)
{
    QString source;
    pick(option, "COCKPIT_ALLOWED_SIGNERS", "signing/allowed_signers", &source);
    return source == QLatin1String("option") ? QStringLiteral("--allowed-signers") : source;
}

QString SigningSettings::keySource(const QString &option)
{
    QString source;
    pick(option, "COCKPIT_SIGNING_KEY", "signing/key", &source);
    return source == QLatin1String("option") ? QStringLiteral("--key") : source;
}

void SigningSettings::setAllowedSignersFile(const QString &path)
{
    settings().setValue(QStringLiteral("signing/allowed_signers"), path);
}

void SigningSettings::setKeyFile(const QString &path)
{
    settings().setValue(QStringLiteral("signing/key"), path);
}
