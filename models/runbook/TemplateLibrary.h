// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "runbook/RunbookCodec.h"

#include <QStringList>

// The user's runbook templates: JSON runbooks in a folder (by default the app data folder, or
// $COCKPIT_TEMPLATE_DIR). "default" always names the built-in checklist of the article.
class TemplateLibrary {
public:
    explicit TemplateLibrary(const QString &directory = defaultDirectory());

    static QString defaultDirectory();
    static QString builtInName() { return QStringLiteral("default"); }

    QString directory() const { return m_directory; }
    // Names of the stored templates, sorted; "default" first.
    QStringList names() const;
    // Loads a template by name ("default" in the given language), or a runbook file if name is a path.
    RunbookCodec::ParseResult load(
        const QString &nameOrPath, const QString &language = QStringLiteral("en")) const;
    // Stores a runbook under a name (letters, digits, '-', '_', '.'); refuses to overwrite "default".
    ActionResult store(const QString &name, const Runbook &runbook) const;

private:
    QString pathFor(const QString &name) const;
    QString m_directory;
};
