// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/TemplateLibrary.h"

#include "core/FileKind.h"
#include "runbook/RunbookTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateLibrary", text);
}
}

TemplateLibrary::TemplateLibrary(const QString &directory)
    : m_directory(directory)
{
}

QString TemplateLibrary::defaultDirectory()
{
    const QByteArray env = qgetenv("COCKPIT_TEMPLATE_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/cutover-cockpit/templates");
}

QStringList TemplateLibrary::names() const
{
    QStringList out;
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files)
        out << fi.completeBaseName();
    out.removeAll(builtInName());
    out.prepend(builtInName());
    return out;
}

QString TemplateLibrary::pathFor(const QString &name) const
{
    return QDir(m_directory).filePath(name + QStringLiteral(".json"));
}

RunbookCodec::ParseResult TemplateLibrary::load(const QString &nameOrPath, const QString &language) const
{
    if (nameOrPath == builtInName()) {
        RunbookCodec::ParseResult r;
        r.ok = true;
        r.runbook = RunbookTemplates::defaultRunbook(language);
        return r;
    }
    if (QFileInfo::exists(nameOrPath) && QFileInfo(nameOrPath).isFile())
        return RunbookCodec::readFile(nameOrPath);
    // A directory, FIFO or device given as the runbook: say what it is (never open it).
    if (const QString notFile = FileKind::notAFile(nameOrPath, tr("runbook")); !notFile.isEmpty()) {
        RunbookCodec::ParseResult r;
        r.error = notFile;
        return r;
    }
    // "NAME@vN" names a saved version of a template (TemplateVersions writes NAME.vN.json).
    static const QRegularExpression versionRef(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9._-]*)@v([0-9]+)$"));
    const QRegularExpressionMatch version = versionRef.match(nameOrPath);
    const QString path = version.hasMatch()
        ? pathFor(QStringLiteral("%1.v%2").arg(version.captured(1), version.captured(2)))
        : pathFor(nameOrPath);
    if (!QFileInfo::exists(path)) {
        RunbookCodec::ParseResult r;
        r.error = tr("There is no template or runbook file named \"%1\" (templates are in %2).")
                      .arg(nameOrPath, m_directory);
        return r;
    }
    return RunbookCodec::readFile(path);
}

ActionResult TemplateLibrary::store(const QString &name, const Runbook &runbook) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!valid.match(name).hasMatch())
        return ActionResult::failure(
            tr("A template name uses letters, digits, '-', '_' and '.', not \"%1\".").arg(name));
    if (name == builtInName())
        return ActionResult::failure(tr("\"default\" is the built-in template; choose another name."));
    if (!QDir().mkpath(m_directory))
        return ActionResult::failure(tr("Cannot create the template folder %1.").arg(m_directory));
    QString error;
    if (!RunbookCodec::writeFile(runbook, pathFor(name), &error))
        return ActionResult::failure(error);
    return ActionResult::success();
}
