// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionChangeSignal.h"

#include "store/SessionStore.h"
#include "store/SqliteChangeSignal.h"

std::unique_ptr<SessionChangeSignal> SessionChangeSignal::create(const SessionStore &store)
{
    // Only files so far; a PostgreSQL session gets its LISTEN/NOTIFY signal here.
    return std::make_unique<SqliteChangeSignal>(store.database().connectionName(), store.path());
}
