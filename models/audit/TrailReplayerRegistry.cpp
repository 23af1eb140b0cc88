// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/TrailReplayerRegistry.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace {

QMutex mutex;

// Kept sorted by name, so the order of the mismatches does not depend on which feature came first.
QList<std::shared_ptr<const TrailReplayer>> &registered()
{
    static QList<std::shared_ptr<const TrailReplayer>> list;
    return list;
}

}

void TrailReplayerRegistry::add(std::shared_ptr<const TrailReplayer> replayer)
{
    if (!replayer)
        return;
    const QString name = replayer->name();
    QMutexLocker lock(&mutex);
    auto &list = registered();
    const auto at = std::lower_bound(
        list.begin(), list.end(), name, [](const auto &r, const QString &n) { return r->name() < n; });
    if (at != list.end() && (*at)->name() == name)
        return;
    list.insert(at, std::move(replayer));
}

QStringList TrailReplayerRegistry::names()
{
    QMutexLocker lock(&mutex);
    QStringList out;
    for (const auto &r : std::as_const(registered()))
        out << r->name();
    return out;
}

QStringList TrailReplayerRegistry::mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records)
{
    QList<std::shared_ptr<const TrailReplayer>> replayers;
    {
        QMutexLocker lock(&mutex);
        replayers = registered();
    }
    QStringList out;
    for (const auto &r : std::as_const(replayers))
        out += r->mismatches(db, records);
    return out;
}
