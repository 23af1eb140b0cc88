// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/BackendInfo.h"
#include "traffic/TrafficBackend.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QObject;

// The traffic backends this program knows: the built-in (static) plugins plus any plugin files found in
// the plugin directories. Metadata is read first; a plugin is instantiated only when a backend is made.
// Files that are not loadable backends leave a message in loadErrors() for the UI.
class TrafficBackendRegistry {
public:
    TrafficBackendRegistry();
    // Scans built-ins and the given directories (COCKPIT_BACKEND_PATH is added when set).
    void scan(const QStringList &pluginDirs = {});

    QList<BackendInfo> backends() const { return m_infos; }
    bool contains(const QString &id) const;
    BackendInfo info(const QString &id) const;
    QStringList loadErrors() const { return m_errors; }

    // A fresh backend of the given kind, or nullptr with *error set.
    std::unique_ptr<TrafficBackend> create(const QString &id, QString *error);

    // Built-ins plus default directories, scanned once per process.
    static TrafficBackendRegistry &instance();

private:
    struct Entry {
        int staticIndex = -1;
        QString file;
    };
    QList<BackendInfo> m_infos;
    QHash<QString, Entry> m_entries;
    QStringList m_errors;
};
