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
        // 5: result statement, lessons learned and the template versions made from them (report feature).
        { 5,
          {
              QStringLiteral("CREATE TABLE result_statement (id INTEGER PRIMARY KEY CHECK (id = 1), "
                             "goal TEXT NOT NULL DEFAULT '', went_well TEXT NOT NULL DEFAULT '', "
                             "open_points TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL DEFAULT '', "
                             "updated_at TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE TABLE lessons (id BIGINT PRIMARY KEY, position INTEGER NOT NULL, "
                             "text TEXT NOT NULL, action TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', "
                             "change_kind TEXT NOT NULL DEFAULT '', change_target TEXT NOT NULL DEFAULT 'task', "
                             "change_phase TEXT NOT NULL DEFAULT '', change_task TEXT NOT NULL DEFAULT '', "
                             "change_new_text TEXT NOT NULL DEFAULT '', change_expected TEXT NOT NULL DEFAULT '', "
                             "created_by TEXT NOT NULL, created_at TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE template_versions (id BIGINT PRIMARY KEY, name TEXT NOT NULL, "
                             "version INTEGER NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                             "changelog TEXT NOT NULL, runbook TEXT NOT NULL, file_path TEXT NOT NULL DEFAULT '', "
                             "UNIQUE (name, version))"),
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
