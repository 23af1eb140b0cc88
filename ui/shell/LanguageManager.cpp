// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LanguageManager.h"

#include <QActionGroup>
#include <QMenu>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(const QString &translationsDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(translationsDirectory)
{
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString LanguageManager::preferredLanguage()
{
    const QString chosen = QSettings().value(settingsKey).toString();
    return languages().contains(chosen) ? chosen : systemLanguage();
}

void LanguageManager::setLanguage(const QString &language, bool remember)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    if (remember)
        QSettings().setValue(settingsKey, lang);
    if (lang == m_language)
        return;
    QCoreApplication::removeTranslator(&m_cockpit);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("de") ? QLocale::German : QLocale::English));
    if (lang != QLatin1String("en")) {
        // Qt's own strings (dialog buttons); absent translations are not an error, English stays.
        if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    if (m_cockpit.load(QStringLiteral("cockpit_") + lang, m_directory))
        QCoreApplication::installTranslator(&m_cockpit);
    Q_EMIT languageChanged(lang);
}

void LanguageManager::addMenuActions(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    for (const QString &lang : languages()) {
        QAction *a = menu->addAction(
            lang == QLatin1String("de") ? QStringLiteral("Deutsch") : QStringLiteral("English"));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_language);
        group->addAction(a);
    }
    connect(group, &QActionGroup::triggered, this,
        [this](QAction *a) { setLanguage(a->data().toString(), true); });
    connect(this, &LanguageManager::languageChanged, group, [group](const QString &language) {
        for (QAction *a : group->actions())
            a->setChecked(a->data().toString() == language);
    });
}
