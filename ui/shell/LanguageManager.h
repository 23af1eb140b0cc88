// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

class QMenu;

// Installs the translations of the cockpit and of Qt itself for "en" or "de". The language follows the
// system unless the person chose one (QSettings "ui/language"). Installing a translator sends
// QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    // translationsDirectory holds cockpit_<lang>.qm (the application embeds them under :/i18n).
    explicit LanguageManager(
        const QString &translationsDirectory = QStringLiteral(":/i18n"), QObject *parent = nullptr);

    static QStringList languages() { return { QStringLiteral("en"), QStringLiteral("de") }; }
    static QString systemLanguage();
    // The chosen language, or the system's if none was chosen.
    static QString preferredLanguage();

    QString language() const { return m_language; }
    // remember = store as the person's choice.
    void setLanguage(const QString &language, bool remember = false);
    // One checkable action per language in the menu; choosing one sets (and remembers) it.
    void addMenuActions(QMenu *menu);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_directory;
    QString m_language;
    QTranslator m_cockpit;
    QTranslator m_qt;
};
