// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/TrafficBackendRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QPluginLoader>
#include <QStaticPlugin>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficBackendRegistry", text);
}
}

TrafficBackendRegistry::TrafficBackendRegistry() = default;

void TrafficBackendRegistry::scan(const QStringList &pluginDirs)
{
    m_infos.clear();
    m_entries.clear();
    m_errors.clear();
    auto add = [this](const QJsonObject &meta, const QString &source, const Entry &entry) {
        if (meta.value(QLatin1String("IID")).toString() != QLatin1String(TrafficBackendPlugin_iid))
            return false;
        const BackendInfo info
            = BackendInfo::fromMetaData(meta.value(QLatin1String("MetaData")).toObject(), source);
        if (info.id.isEmpty()) {
            m_errors << tr("%1: the plugin metadata has no \"id\".").arg(source);
            return true;
        }
        if (m_entries.contains(info.id)) {
            m_errors << tr("%1: a backend with the id \"%2\" is already loaded; this one is ignored.")
                            .arg(source, info.id);
            return true;
        }
        m_entries.insert(info.id, entry);
        m_infos << info;
        return true;
    };

    const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
    for (int i = 0; i < statics.size(); ++i)
        add(statics.at(i).metaData(), tr("built-in"), Entry { i, {} });

    QStringList dirs = pluginDirs;
    const QString env = qEnvironmentVariable("COCKPIT_BACKEND_PATH");
    if (!env.isEmpty())
        dirs << env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &dirPath : std::as_const(dirs)) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QStringList files = dir.entryList(QDir::Files);
        for (const QString &name : files) {
            const QString path = dir.absoluteFilePath(name);
            if (!QLibrary::isLibrary(path))
                continue;
            QPluginLoader loader(path);
            const QJsonObject meta = loader.metaData();
            if (meta.isEmpty()) {
                m_errors << tr("%1 is not a Qt plugin: %2").arg(path, loader.errorString());
                continue;
            }
            if (!add(meta, path, Entry { -1, path }))
                m_errors << tr("%1 is a Qt plugin but not a traffic backend (interface %2, expected %3).")
                                .arg(path, meta.value(QLatin1String("IID")).toString(),
                                    QLatin1String(TrafficBackendPlugin_iid));
        }
    }
}

bool TrafficBackendRegistry::contains(const QString &id) const
{
    return m_entries.contains(id);
}

BackendInfo TrafficBackendRegistry::info(const QString &id) const
{
    for (const BackendInfo &i : m_infos)
        if (i.id == id)
            return i;
    return {};
}

std::unique_ptr<TrafficBackend> TrafficBackendRegistry::create(const QString &id, QString *error)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd()) {
        QStringList known;
        for (const BackendInfo &i : std::as_const(m_infos))
            known << i.id;
        *error
            = tr("There is no traffic backend \"%1\" (known: %2).").arg(id, known.join(QLatin1String(", ")));
        return nullptr;
    }
    QObject *root = nullptr;
    if (it->staticIndex >= 0) {
        root = QPluginLoader::staticPlugins().at(it->staticIndex).instance();
    } else {
        QPluginLoader loader(it->file);
        root = loader.instance();
        if (!root) {
            *error = tr("The backend plugin %1 cannot be loaded: %2").arg(it->file, loader.errorString());
            m_errors << *error;
            return nullptr;
        }
    }
    auto *plugin = qobject_cast<TrafficBackendPlugin *>(root);
    if (!plugin) {
        *error = tr("The plugin for \"%1\" does not implement the traffic backend interface.").arg(id);
        return nullptr;
    }
    return plugin->create();
}

TrafficBackendRegistry &TrafficBackendRegistry::instance()
{
    static TrafficBackendRegistry registry;
    static bool scanned = false;
    if (!scanned) {
        scanned = true;
        QStringList dirs;
        if (QCoreApplication::instance())
            dirs << QCoreApplication::applicationDirPath()
                    + QStringLiteral("/../lib/cutover-cockpit/backends");
        registry.scan(dirs);
    }
    return registry;
}
