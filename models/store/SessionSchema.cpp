// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionSchema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

const QList<SchemaMigration> &SessionSchema::migrations()
{
    static const QList<SchemaMigration> all = {
        { 1,
            {
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE session (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, "
                    "goal TEXT NOT NULL DEFAULT '', rehearsal INTEGER NOT NULL DEFAULT 1, "
                    "language TEXT NOT NULL DEFAULT 'en', template_name TEXT NOT NULL DEFAULT '', "
                    "created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE phases (id BIGINT PRIMARY KEY, position INTEGER NOT NULL, "
                               "name TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE items (id BIGINT PRIMARY KEY, "
                    "phase_id BIGINT NOT NULL REFERENCES phases(id), position INTEGER NOT NULL, "
                    "task TEXT NOT NULL, expected TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', "
                    "status TEXT NOT NULL DEFAULT 'open', skip_reason TEXT NOT NULL DEFAULT '', "
                    "planned_start TEXT NOT NULL DEFAULT '', planned_minutes INTEGER NOT NULL DEFAULT 0, "
                    "actual_start TEXT NOT NULL DEFAULT '', actual_end TEXT NOT NULL DEFAULT '', "
                    "notes TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '', "
                    "signoff_required INTEGER NOT NULL DEFAULT 0, completed_by TEXT NOT NULL DEFAULT '', "
                    "signed_off_by TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX items_phase ON items (phase_id, position)"),
                QStringLiteral(
                    "CREATE TABLE audit (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                    "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id BIGINT NOT NULL DEFAULT 0, "
                    "field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '', "
                    "new_value TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', "
                    "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            } },
        // 2: traffic shifting (backend config without secrets, step plan, intents and confirmations, gate
        // measurements, the engine's state).
        { 2,
            {
                QStringLiteral(
                    "CREATE TABLE traffic_backend (id BIGINT PRIMARY KEY, backend_id TEXT NOT NULL, "
                    "config TEXT NOT NULL, set_at TEXT NOT NULL, set_by TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE traffic_plan (id BIGINT PRIMARY KEY, created_at TEXT NOT NULL, "
                               "created_by TEXT NOT NULL, old_health_url TEXT NOT NULL DEFAULT '')"),
                QStringLiteral(
                    "CREATE TABLE traffic_steps (id BIGINT PRIMARY KEY, "
                    "plan_id BIGINT NOT NULL REFERENCES traffic_plan(id), position INTEGER NOT NULL, "
                    "percent INTEGER NOT NULL, hold_seconds INTEGER NOT NULL, gates TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE traffic_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                    "state TEXT NOT NULL, step_index INTEGER NOT NULL, percent_new INTEGER NOT NULL, "
                    "updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE traffic_events (id BIGINT PRIMARY KEY, at TEXT NOT NULL, "
                               "kind TEXT NOT NULL, actor TEXT NOT NULL, percent_new INTEGER NOT NULL, "
                               "step_index INTEGER NOT NULL, intent_id BIGINT NOT NULL DEFAULT 0, "
                               "reason TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX traffic_events_kind ON traffic_events (kind, id)"),
                QStringLiteral("CREATE TABLE gate_measurements (id BIGINT PRIMARY KEY, at TEXT NOT NULL, "
                               "step_index INTEGER NOT NULL, gate TEXT NOT NULL, kind TEXT NOT NULL, "
                               "value TEXT NOT NULL, condition_text TEXT NOT NULL, verdict TEXT NOT NULL, "
                               "reason TEXT NOT NULL, output TEXT NOT NULL DEFAULT '')"),
            } },
        // Incident log (append-only: state changes are rows in incident_events, never UPDATEs of an entry)
        // and the notification outbox. Version 3; the traffic plan uses 2 (the lead renumbers on merge).
        { 3,
            {
                QStringLiteral("CREATE TABLE incident_entries (id BIGINT PRIMARY KEY, kind TEXT NOT NULL, "
                               "text TEXT NOT NULL, severity TEXT NOT NULL, author TEXT NOT NULL, "
                               "occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, item_id BIGINT, "
                               "traffic_step INTEGER, refers_to BIGINT REFERENCES incident_entries(id), "
                               "reason TEXT NOT NULL DEFAULT '')"),
                QStringLiteral(
                    "CREATE TABLE incident_events (id BIGINT PRIMARY KEY, "
                    "entry_id BIGINT NOT NULL REFERENCES incident_entries(id), event TEXT NOT NULL, "
                    "actor TEXT NOT NULL, at TEXT NOT NULL, caused_by BIGINT, "
                    "reason TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX incident_events_entry ON incident_events (entry_id, id)"),
                QStringLiteral("CREATE TABLE outbox (id BIGINT PRIMARY KEY, channel TEXT NOT NULL, "
                               "kind TEXT NOT NULL, ref_id BIGINT NOT NULL DEFAULT 0, summary TEXT NOT NULL, "
                               "payload TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', "
                               "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
                               "created_at TEXT NOT NULL, next_attempt_at TEXT NOT NULL, "
                               "sent_at TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX outbox_channel ON outbox (channel, state, id)"),
            } },
        // Live metrics (issue 4): samples of every series, NULL value = gap. Written in batches by
        // SampleStore on its worker thread.
        { 4,
            {
                QStringLiteral(
                    "CREATE TABLE metric_samples (series TEXT NOT NULL, t BIGINT NOT NULL, value REAL NULL)"),
                QStringLiteral("CREATE INDEX metric_samples_series_t ON metric_samples (series, t)"),
            } },
        // 5: result statement, lessons learned and the template versions made from them (report feature).
        { 5,
            {
                QStringLiteral("CREATE TABLE result_statement (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "goal TEXT NOT NULL DEFAULT '', went_well TEXT NOT NULL DEFAULT '', "
                               "open_points TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL DEFAULT '', "
                               "updated_at TEXT NOT NULL DEFAULT '')"),
                QStringLiteral(
                    "CREATE TABLE lessons (id BIGINT PRIMARY KEY, position INTEGER NOT NULL, "
                    "text TEXT NOT NULL, action TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', "
                    "change_kind TEXT NOT NULL DEFAULT '', change_target TEXT NOT NULL DEFAULT 'task', "
                    "change_phase TEXT NOT NULL DEFAULT '', change_task TEXT NOT NULL DEFAULT '', "
                    "change_new_text TEXT NOT NULL DEFAULT '', change_expected TEXT NOT NULL DEFAULT '', "
                    "created_by TEXT NOT NULL, created_at TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE template_versions (id BIGINT PRIMARY KEY, name TEXT NOT NULL, "
                    "version INTEGER NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                    "changelog TEXT NOT NULL, runbook TEXT NOT NULL, file_path TEXT NOT NULL DEFAULT '', "
                    "UNIQUE (name, version))"),
            } },
        // 6: the result statement marked final (once; announced through the outbox in the same transaction).
        { 6,
            {
                QStringLiteral("CREATE TABLE result_final (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "final_by TEXT NOT NULL, final_at TEXT NOT NULL)"),
            } },
        // 7: the session's metric source (kind and settings as JSON; credentials only by name). Started by
        // the composition root whenever the session opens.
        { 7,
            {
                QStringLiteral("CREATE TABLE metric_source (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "kind TEXT NOT NULL, settings TEXT NOT NULL, updated_by TEXT NOT NULL, "
                               "updated_at TEXT NOT NULL)"),
            } },
        // 8: the one controller of a session's traffic (a lease: who drives, from which host and process,
        // since when, last heartbeat; token tells two engines of one process apart). No row: nobody drives.
        { 8,
            {
                QStringLiteral("CREATE TABLE traffic_lease (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "holder TEXT NOT NULL, host TEXT NOT NULL, pid BIGINT NOT NULL, "
                               "token TEXT NOT NULL, since TEXT NOT NULL, heartbeat TEXT NOT NULL)"),
            } },
        // 9: electronic signatures (issue 12): one row per signed act, written in the act's transaction with
        // an audit record `signature.create`; the session's signature policy ('required' | 'declared').
        { 9,
            {
                QStringLiteral(
                    "CREATE TABLE signatures (id BIGINT PRIMARY KEY, at TEXT NOT NULL, act TEXT NOT NULL, "
                    "entity TEXT NOT NULL, entity_id BIGINT NOT NULL, meaning TEXT NOT NULL, "
                    "principal TEXT NOT NULL, display_name TEXT NOT NULL, chain_head TEXT NOT NULL, "
                    "statement TEXT NOT NULL, signature TEXT NOT NULL, "
                    "key_fingerprint TEXT NOT NULL DEFAULT '', audit_seq BIGINT NOT NULL)"),
                QStringLiteral("ALTER TABLE session ADD COLUMN signatures TEXT NOT NULL DEFAULT 'declared'"),
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

bool SessionSchema::hasTable(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                 "WHERE table_schema = current_schema() AND table_name = ?"));
    else
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

namespace {

// Table name -> primary key columns, from the migrations' CREATE TABLE statements: a column declared
// "name TYPE PRIMARY KEY" or a table constraint "PRIMARY KEY (a, b)".
struct DeclaredTables {
    QStringList names;
    QHash<QString, QStringList> keys;
};

const DeclaredTables &declaredTables()
{
    static const DeclaredTables tables = [] {
        DeclaredTables t;
        static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+) \\((.*)\\)$"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression columnKey(QStringLiteral("(?:^|[(,]) *(\\w+) \\w+ PRIMARY KEY"));
        static const QRegularExpression tableKey(QStringLiteral("PRIMARY KEY *\\(([^)]*)\\)"));
        for (const SchemaMigration &m : SessionSchema::migrations()) {
            for (const QString &sql : m.statements) {
                const QRegularExpressionMatch c = create.match(sql);
                if (!c.hasMatch())
                    continue;
                const QString name = c.captured(1);
                const QString body = c.captured(2);
                QStringList key;
                if (const QRegularExpressionMatch k = columnKey.match(body); k.hasMatch())
                    key << k.captured(1);
                else if (const QRegularExpressionMatch tk = tableKey.match(body); tk.hasMatch())
                    for (const QString &column : tk.captured(1).split(QLatin1Char(',')))
                        key << column.trimmed();
                t.names << name;
                t.keys.insert(name, key);
            }
        }
        return t;
    }();
    return tables;
}

}

QStringList SessionSchema::tableNames()
{
    return declaredTables().names;
}

QStringList SessionSchema::primaryKey(const QString &table)
{
    return declaredTables().keys.value(table);
}
