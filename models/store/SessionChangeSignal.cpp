// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionChangeSignal.h"

#include "store/PostgresChangeSignal.h"
#include "store/SessionAddress.h"
#include "store/SessionStore.h"
#include "store/SqliteChangeSignal.h"
#include "store/TeamSchema.h"

std::unique_ptr<SessionChangeSignal> SessionChangeSignal::create(const SessionStore &store)
{
    if (store.isTeam()) {
        const QString schema = SessionAddress::parse(store.path(), nullptr).schemaName();
        return std::make_unique<PostgresChangeSignal>(
            store.database().connectionName(), store.path(), TeamSchema::channel(schema));
    }
    return std::make_unique<SqliteChangeSignal>(store.database().connectionName(), store.path());
}
