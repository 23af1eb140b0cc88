// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

#include <QList>
#include <QStringList>

#include <memory>

// The replayers AuditChain::verify runs. No static initializer registers anything (a static library's
// linker may drop it): each feature registers its replayer when its main class is constructed, and the
// composition root (registerTrailReplayers) registers them all before a trail is verified. Thread-safe.
class TrailReplayerRegistry {
public:
    // Keeps the first replayer registered under a name; adding it again changes nothing.
    static void add(std::shared_ptr<const TrailReplayer> replayer);
    // Adds a Replayer on the first call only (a function-local static: thread-safe, cheap afterwards).
    template <class Replayer> static void addOnce()
    {
        static const bool added = (add(std::make_shared<Replayer>()), true);
        Q_UNUSED(added);
    }
    static QStringList names(); // in the order they run: by name
    // Every registered replayer's mismatches, replayer after replayer in name order.
    static QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records);
};
