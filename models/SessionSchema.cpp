// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSchema.h"

const QList<SchemaMigration> &SessionSchema::migrations()
{
    static const QList<SchemaMigration> all = {
        { 1,
          {
              QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE session (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, "
                             "goal TEXT NOT NULL DEFAULT '', rehearsal INTEGER NOT NULL DEFAULT 1, "
                             "language TEXT NOT NULL DEFAULT 'en', template_name TEXT NOT NULL DEFAULT '', "
                             "created_at TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE phases (id BIGINT PRIMARY KEY, position INTEGER NOT NULL, "
                             "name TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE items (id BIGINT PRIMARY KEY, "
                             "phase_id BIGINT NOT NULL REFERENCES phases(id), position INTEGER NOT NULL, "
                             "task TEXT NOT NULL, expected TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', "
                             "status TEXT NOT NULL DEFAULT 'open', skip_reason TEXT NOT NULL DEFAULT '', "
                             "planned_start TEXT NOT NULL DEFAULT '', planned_minutes INTEGER NOT NULL DEFAULT 0, "
                             "actual_start TEXT NOT NULL DEFAULT '', actual_end TEXT NOT NULL DEFAULT '', "
                             "notes TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '', "
                             "signoff_required INTEGER NOT NULL DEFAULT 0, completed_by TEXT NOT NULL DEFAULT '', "
                             "signed_off_by TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE INDEX items_phase ON items (phase_id, position)"),
              QStringLiteral("CREATE TABLE audit (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                             "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id BIGINT NOT NULL DEFAULT 0, "
                             "field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '', "
                             "new_value TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', "
                             "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
          } },
        // Live metrics (issue 4): samples of every series, NULL value = gap. Written in batches by
        // SampleStore on its worker thread.
        { 4,
          {
              QStringLiteral("CREATE TABLE metric_samples (series TEXT NOT NULL, t BIGINT NOT NULL, value REAL NULL)"),
              QStringLiteral("CREATE INDEX metric_samples_series_t ON metric_samples (series, t)"),
          } },
    };
    return all;
}

int SessionSchema::currentVersion()
{
    return migrations().constLast().version;
}

QString SessionSchema::applicationTag()
{
    return QStringLiteral("cutover-cockpit");
}
