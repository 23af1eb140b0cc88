// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamSchema.h"

#include "audit/AuditChain.h"
#include "store/SessionSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamSchema", text);
}

bool run(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                            : q.lastError().databaseText();
            return false;
        }
    }
    return true;
}

// The session's write API: SECURITY DEFINER functions owned by the owner role (it cannot log in), with a
// fixed search_path and fully qualified names. Each takes the session's write lock, makes its change (the
// triggers' rules still hold: they judge session_user, which a definer function does not change) and
// appends the audit record of that change in the same statement, with the actor, seq, previous hash and
// hash set by the server. The caller gives what the record says (action, field, old and new value, reason,
// time); the entity and its id are the function's own. Version: writeApiVersion.
struct WriteFunction {
    QString name;
    QString signature; // the argument types, as ALTER and GRANT name the function
    bool callable; // EXECUTE for leads and members; false: a helper only the other functions call
    QString definition; // %1 the schema, %2 the write lock, %3 the genesis hash
};

const int writeApiVersion = 1;

// The columns of a checklist item the cockpit changes (CutoverSession::applyChange).
const char *const itemFields = "'task', 'expected', 'owner', 'status', 'skip_reason', 'notes', 'evidence', "
                               "'completed_by', 'signed_off_by', 'signoff_required', 'planned_minutes', "
                               "'planned_start', 'actual_start', 'actual_end'";

#define AUDIT_ARGS "a_action text, a_field text, a_old text, a_new text, a_reason text, a_at text"
#define AUDIT_TYPES "text, text, text, text, text, text"
#define DEFINER "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1 AS $f$\n"

const QList<WriteFunction> &writeFunctions()
{
    static const QList<WriteFunction> functions {
        { QStringLiteral("write_api_version"), QString(), true,
            QStringLiteral("CREATE OR REPLACE FUNCTION %1.write_api_version() RETURNS integer LANGUAGE sql "
                           "IMMUTABLE SET search_path = pg_catalog AS $f$ SELECT %4 $f$") },
        // The hash AuditChain::computeHash computes: each field length-prefixed (UTF-8 bytes) and ended by |.
        { QStringLiteral("audit_field"), QStringLiteral("text"), false,
            QStringLiteral("CREATE OR REPLACE FUNCTION %1.audit_field(t text) RETURNS text LANGUAGE sql "
                           "IMMUTABLE SET search_path = pg_catalog AS $f$ "
                           "SELECT octet_length(convert_to(t, 'UTF8'))::text || ':' || t || '|' $f$") },
        { QStringLiteral("audit_write"), QStringLiteral("text, bigint, " AUDIT_TYPES), false,
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION %1.audit_write(a_entity text, a_entity_id bigint, " AUDIT_ARGS
                ") RETURNS %1.audit " DEFINER "DECLARE r %1.audit;\n"
                "BEGIN\n"
                "  PERFORM %2;\n"
                "  SELECT a.seq, a.hash INTO r.seq, r.prev_hash FROM %1.audit a ORDER BY a.seq DESC "
                "LIMIT 1;\n"
                "  IF NOT FOUND THEN r.seq := 0; r.prev_hash := '%3'; END IF;\n"
                "  r.seq := r.seq + 1;\n"
                "  r.at := a_at; r.actor := session_user; r.action := coalesce(a_action, '');\n"
                "  r.entity := a_entity; r.entity_id := a_entity_id; r.field := coalesce(a_field, "
                "'');\n"
                "  r.old_value := coalesce(a_old, ''); r.new_value := coalesce(a_new, '');\n"
                "  r.reason := coalesce(a_reason, '');\n"
                "  r.hash := encode(sha256(convert_to(%1.audit_field(r.prev_hash) || "
                "%1.audit_field(r.seq::text) || %1.audit_field(r.at) || %1.audit_field(r.actor) || "
                "%1.audit_field(r.action) || %1.audit_field(r.entity) || "
                "%1.audit_field(r.entity_id::text) || %1.audit_field(r.field) || "
                "%1.audit_field(r.old_value) || %1.audit_field(r.new_value) || "
                "%1.audit_field(r.reason), 'UTF8')), 'hex');\n"
                "  INSERT INTO %1.audit (seq, at, actor, action, entity, entity_id, field, old_value, "
                "new_value, reason, prev_hash, hash) VALUES (r.seq, r.at, r.actor, r.action, "
                "r.entity, r.entity_id, r.field, r.old_value, r.new_value, r.reason, r.prev_hash, "
                "r.hash);\n"
                "  RETURN r;\n"
                "END $f$") },
        // One column of a checklist item; the record's field and new value are the column and the value.
        { QStringLiteral("item_change"), QStringLiteral("bigint, text, text, " AUDIT_TYPES), true,
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION %1.item_change(p_id bigint, p_field text, p_value "
                "text, " AUDIT_ARGS ") RETURNS %1.audit " DEFINER
                "DECLARE column_type text; changed integer;\n"
                "BEGIN\n"
                "  PERFORM %2;\n"
                "  IF p_field IS NULL OR p_field NOT IN (%5) THEN\n"
                "    RAISE EXCEPTION 'item %: \"%\" is not a field of a checklist item that can be "
                "changed', p_id, p_field USING ERRCODE = 'invalid_parameter_value';\n"
                "  END IF;\n"
                "  IF a_field IS DISTINCT FROM p_field OR a_new IS DISTINCT FROM p_value THEN\n"
                "    RAISE EXCEPTION 'item %: the audit record must say the change it records (% = "
                "%)', p_id, p_field, p_value USING ERRCODE = 'invalid_parameter_value';\n"
                "  END IF;\n"
                "  SELECT format_type(a.atttypid, a.atttypmod) INTO column_type FROM pg_attribute a\n"
                "    WHERE a.attrelid = '%1.items'::regclass AND a.attname = p_field AND NOT "
                "a.attisdropped;\n"
                "  EXECUTE format('UPDATE %1.items SET %I = CAST($1 AS %s) WHERE id = $2', p_field, "
                "column_type) USING p_value, p_id;\n"
                "  GET DIAGNOSTICS changed = ROW_COUNT;\n"
                "  IF changed <> 1 THEN\n"
                "    RAISE EXCEPTION 'there is no checklist item %', p_id USING ERRCODE = "
                "'no_data_found';\n"
                "  END IF;\n"
                "  RETURN %1.audit_write('item', p_id, a_action, a_field, a_old, a_new, a_reason, "
                "a_at);\n"
                "END $f$") },
        // A log entry (the trigger refuses an author other than the logged-in role).
        { QStringLiteral("incident_add"),
            QStringLiteral(
                "bigint, text, text, text, text, text, text, bigint, integer, bigint, text, " AUDIT_TYPES),
            true,
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION %1.incident_add(p_id bigint, p_kind text, p_text text, "
                "p_severity text, p_author text, p_occurred_at text, p_recorded_at text, "
                "p_item_id bigint, p_traffic_step integer, p_refers_to bigint, p_reason text, " AUDIT_ARGS
                ") RETURNS %1.audit " DEFINER "BEGIN\n"
                "  PERFORM %2;\n"
                "  INSERT INTO %1.incident_entries (id, kind, text, severity, author, occurred_at, "
                "recorded_at, item_id, traffic_step, refers_to, reason) VALUES (p_id, p_kind, p_text, "
                "p_severity, p_author, p_occurred_at, p_recorded_at, p_item_id, p_traffic_step, "
                "p_refers_to, coalesce(p_reason, ''));\n"
                "  RETURN %1.audit_write('incident', p_id, a_action, a_field, a_old, a_new, a_reason, "
                "a_at);\n"
                "END $f$") },
        // An event of a log entry (verified, retracted, superseded; the trigger keeps four eyes).
        { QStringLiteral("incident_event"),
            QStringLiteral("bigint, bigint, text, text, text, bigint, text, " AUDIT_TYPES), true,
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION %1.incident_event(p_id bigint, p_entry_id bigint, "
                "p_event text, p_actor text, p_at text, p_caused_by bigint, p_reason text, " AUDIT_ARGS
                ") RETURNS %1.audit " DEFINER "BEGIN\n"
                "  PERFORM %2;\n"
                "  INSERT INTO %1.incident_events (id, entry_id, event, actor, at, caused_by, reason) "
                "VALUES (p_id, p_entry_id, p_event, p_actor, p_at, p_caused_by, coalesce(p_reason, "
                "''));\n"
                "  RETURN %1.audit_write('incident', p_entry_id, a_action, a_field, a_old, a_new, "
                "a_reason, a_at);\n"
                "END $f$") },
    };
    return functions;
}

#undef AUDIT_ARGS
#undef AUDIT_TYPES
#undef DEFINER

// The entities whose audit records only the write functions append (their rows change nowhere else).
const char *const entitiesWrittenByFunctions = "'item', 'incident'";

// The audit trail's rule: append-only, the actor is the logged-in role, each record follows the head; a
// record of an entity behind the write functions comes only from them (they run as the owner role), or from
// the tables' owner (the lead who created the session, filling it).
QString auditGuard(const QString &schema)
{
    return QStringLiteral(
        "CREATE OR REPLACE FUNCTION %1.audit_guard() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = %1, pg_catalog AS $f$\n"
        "DECLARE head_seq bigint; head_hash text;\n"
        "BEGIN\n"
        "  IF TG_OP <> 'INSERT' THEN\n"
        "    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP\n"
        "      USING ERRCODE = 'insufficient_privilege';\n"
        "  END IF;\n"
        "  IF NEW.actor IS DISTINCT FROM session_user::text THEN\n"
        "    RAISE EXCEPTION 'an audit record is written by the role that is logged in (%%), not by %%',\n"
        "      session_user, NEW.actor USING ERRCODE = 'insufficient_privilege';\n"
        "  END IF;\n"
        "  IF NEW.entity IN (%3) AND current_user::text <> '%4' AND (SELECT c.relowner FROM pg_class c\n"
        "      WHERE c.oid = TG_RELID) <> (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user) "
        "THEN\n"
        "    RAISE EXCEPTION 'permission denied: an audit record of %% is written only by the session''s "
        "function that makes the change it records', NEW.entity USING ERRCODE = 'insufficient_privilege';\n"
        "  END IF;\n"
        "  SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit a ORDER BY a.seq DESC LIMIT 1;\n"
        "  IF NOT FOUND THEN head_seq := 0; head_hash := '%2'; END IF;\n"
        "  IF NEW.seq <> head_seq + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN\n"
        "    RAISE EXCEPTION 'audit record %% does not follow record %%, the head of the trail',\n"
        "      NEW.seq, head_seq USING ERRCODE = 'serialization_failure';\n"
        "  END IF;\n"
        "  PERFORM pg_notify('%1', NEW.entity || ' ' || NEW.seq);\n"
        "  RETURN NEW;\n"
        "END $f$")
        .arg(schema, AuditChain::genesisHash(), QLatin1String(entitiesWrittenByFunctions),
            TeamSchema::ownerRole())
        .replace(QStringLiteral("%%"), QStringLiteral("%"));
}

// The tables whose rows a member or lead changes only through the session's write functions (below).
const QStringList &tablesWrittenByFunctions()
{
    static const QStringList tables { QStringLiteral("items"), QStringLiteral("incident_entries"),
        QStringLiteral("incident_events") };
    return tables;
}

// Privileges: every group reads; leads and members change the tables not yet behind functions directly (the
// triggers decide what such a change may be) and the others only through the functions, which run as the
// owner role; viewers may only read.
QStringList grantStatements(const QString &schema)
{
    const QString writers = TeamSchema::leadRole() + QStringLiteral(", ") + TeamSchema::memberRole();
    QStringList s {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3, %4")
            .arg(schema, TeamSchema::leadRole(), TeamSchema::memberRole(), TeamSchema::viewerRole()),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2, %3, %4")
            .arg(schema, TeamSchema::leadRole(), TeamSchema::memberRole(), TeamSchema::viewerRole()),
        QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2").arg(schema, TeamSchema::ownerRole()),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(schema, TeamSchema::ownerRole()),
    };
    for (const QString &table : SessionSchema::tableNames()) {
        s << (tablesWrittenByFunctions().contains(table)
                ? QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1.%2 FROM %3")
                : QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1.%2 TO %3"))
                 .arg(schema, table, writers);
    }
    for (const WriteFunction &f : writeFunctions()) {
        const QString name = QStringLiteral("%1.%2(%3)").arg(schema, f.name, f.signature);
        // Granted by the creator, then handed on with the function (an upgrade runs as an administrator).
        s << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(name);
        if (f.callable)
            s << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(name, writers);
        s << QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(name, TeamSchema::ownerRole());
    }
    return s;
}

// The team groups a role is a member of.
QStringList groupsOf(const QSqlDatabase &db, const QString &role)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = ? AND g.rolname IN (?, ?, ?)"));
    q.addBindValue(role);
    q.addBindValue(TeamSchema::leadRole());
    q.addBindValue(TeamSchema::memberRole());
    q.addBindValue(TeamSchema::viewerRole());
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

}

QStringList TeamSchema::sessionTableStatements(const QString &schema)
{
    // Metric samples: the trail names them by SQLite's rowid, which PostgreSQL lacks; here it is a column
    // (numbered by the sample_rowid rule below, or copied as it was). SQLite's REAL is 8 bytes; PostgreSQL's
    // is 4.
    return {
        QStringLiteral("ALTER TABLE %1.metric_samples ALTER COLUMN value TYPE DOUBLE PRECISION").arg(schema),
        QStringLiteral("ALTER TABLE %1.metric_samples ADD COLUMN rowid BIGINT").arg(schema),
        QStringLiteral("CREATE UNIQUE INDEX metric_samples_rowid ON %1.metric_samples (rowid)").arg(schema),
    };
}

QStringList TeamSchema::sessionRuleStatements(const QString &schema)
{
    QStringList s;
    s << auditGuard(schema);
    s << QStringLiteral("CREATE TRIGGER audit_guard BEFORE INSERT OR UPDATE OR DELETE ON %1.audit "
                        "FOR EACH ROW EXECUTE FUNCTION %1.audit_guard()")
             .arg(schema);
    s << QStringLiteral(
        "CREATE FUNCTION %1.append_only() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = %1, pg_catalog AS $f$\n"
        "BEGIN\n"
        "  RAISE EXCEPTION '% on %.% refused: it is kept as recorded', TG_OP, TG_TABLE_SCHEMA,\n"
        "    TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';\n"
        "END $f$")
             .arg(schema);
    s << QStringLiteral("CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON %1.audit "
                        "FOR EACH STATEMENT EXECUTE FUNCTION %1.append_only()")
             .arg(schema);
    // Items: completed and signed off as the logged-in role; never signed off by whoever completed it.
    s << QStringLiteral(
        "CREATE FUNCTION %1.item_guard() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = %1, pg_catalog AS $f$\n"
        "BEGIN\n"
        "  IF NEW.completed_by IS DISTINCT FROM OLD.completed_by AND NEW.completed_by <> ''\n"
        "     AND NEW.completed_by <> session_user::text THEN\n"
        "    RAISE EXCEPTION 'item %: % cannot mark it completed by %', NEW.id, session_user,\n"
        "      NEW.completed_by USING ERRCODE = 'insufficient_privilege';\n"
        "  END IF;\n"
        "  IF NEW.signed_off_by IS DISTINCT FROM OLD.signed_off_by AND NEW.signed_off_by <> '' THEN\n"
        "    IF NEW.signed_off_by <> session_user::text THEN\n"
        "      RAISE EXCEPTION 'item %: % cannot sign it off in the name of %', NEW.id, session_user,\n"
        "        NEW.signed_off_by USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "    IF NEW.signed_off_by = NEW.completed_by THEN\n"
        "      RAISE EXCEPTION 'four eyes: % completed item % and cannot sign it off as well',\n"
        "        NEW.completed_by, NEW.id USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "  END IF;\n"
        "  RETURN NEW;\n"
        "END $f$")
             .arg(schema);
    s << QStringLiteral("CREATE TRIGGER item_guard BEFORE UPDATE ON %1.items "
                        "FOR EACH ROW EXECUTE FUNCTION %1.item_guard()")
             .arg(schema);
    // The incident log: entries and their events are never edited or deleted; an entry is written and
    // verified as the logged-in role, and never verified by its author.
    s << QStringLiteral("CREATE TRIGGER incident_entries_kept BEFORE UPDATE OR DELETE ON %1.incident_entries "
                        "FOR EACH ROW EXECUTE FUNCTION %1.append_only()")
             .arg(schema);
    s << QStringLiteral("CREATE TRIGGER incident_events_kept BEFORE UPDATE OR DELETE ON %1.incident_events "
                        "FOR EACH ROW EXECUTE FUNCTION %1.append_only()")
             .arg(schema);
    s << QStringLiteral(
        "CREATE FUNCTION %1.incident_guard() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = %1, pg_catalog AS $f$\n"
        "DECLARE entry_author text;\n"
        "BEGIN\n"
        "  IF TG_TABLE_NAME = 'incident_entries' THEN\n"
        "    IF NEW.author <> session_user::text THEN\n"
        "      RAISE EXCEPTION 'log entry %: % cannot post it in the name of %', NEW.id, session_user,\n"
        "        NEW.author USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "  END IF;\n"
        "  IF NEW.actor <> session_user::text THEN\n"
        "    RAISE EXCEPTION 'log entry %: % cannot record % in the name of %', NEW.entry_id,\n"
        "      session_user, NEW.event, NEW.actor USING ERRCODE = 'insufficient_privilege';\n"
        "  END IF;\n"
        "  IF NEW.event = 'verified' THEN\n"
        "    SELECT author INTO entry_author FROM incident_entries WHERE id = NEW.entry_id;\n"
        "    IF entry_author = NEW.actor THEN\n"
        "      RAISE EXCEPTION 'four eyes: % wrote log entry % and cannot verify it as well',\n"
        "        NEW.actor, NEW.entry_id USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "  END IF;\n"
        "  RETURN NEW;\n"
        "END $f$")
             .arg(schema);
    s << QStringLiteral("CREATE TRIGGER incident_entries_guard BEFORE INSERT ON %1.incident_entries "
                        "FOR EACH ROW EXECUTE FUNCTION %1.incident_guard()")
             .arg(schema);
    s << QStringLiteral("CREATE TRIGGER incident_events_guard BEFORE INSERT ON %1.incident_events "
                        "FOR EACH ROW EXECUTE FUNCTION %1.incident_guard()")
             .arg(schema);
    // Metric samples' rowid column (sessionTableStatements): the server numbers new rows one after the other,
    // under the session's write lock (so the numbers are what the sample writer records in its metrics.batch
    // record).
    s << QStringLiteral("CREATE FUNCTION %1.sample_rowid() RETURNS trigger LANGUAGE plpgsql "
                        "SET search_path = %1, pg_catalog AS $f$\n"
                        "BEGIN\n"
                        "  PERFORM %2;\n"
                        "  IF NEW.rowid IS NULL THEN\n"
                        "    SELECT COALESCE(MAX(rowid), 0) + 1 INTO NEW.rowid FROM metric_samples;\n"
                        "  END IF;\n"
                        "  RETURN NEW;\n"
                        "END $f$")
             .arg(schema, writeLock(QStringLiteral("TG_TABLE_SCHEMA")));
    s << QStringLiteral("CREATE TRIGGER sample_rowid BEFORE INSERT ON %1.metric_samples "
                        "FOR EACH ROW EXECUTE FUNCTION %1.sample_rowid()")
             .arg(schema);
    s << writeApiStatements(schema);
    return s;
}

QStringList TeamSchema::writeApiStatements(const QString &schema)
{
    QStringList s { auditGuard(schema) };
    for (const WriteFunction &f : writeFunctions()) {
        // Replaced by number (QString::arg numbers by rank, and not every definition uses every one).
        s << QString(f.definition)
                 .replace(QStringLiteral("%5"), QLatin1String(itemFields))
                 .replace(QStringLiteral("%4"), QString::number(writeApiVersion))
                 .replace(QStringLiteral("%3"), AuditChain::genesisHash())
                 .replace(QStringLiteral("%2"), writeLock(QLatin1Char('\'') + schema + QLatin1Char('\'')))
                 .replace(QStringLiteral("%1"), schema);
    }
    s << grantStatements(schema);
    return s;
}

QString TeamSchema::writeLock(const QString &schemaExpression)
{
    return QStringLiteral("pg_advisory_xact_lock(hashtext('cutover-cockpit:' || %1))").arg(schemaExpression);
}

bool TeamSchema::initDatabase(const QSqlDatabase &db, QString *error)
{
    QStringList s;
    for (const QString &role : { leadRole(), memberRole(), viewerRole(), ownerRole() }) {
        s << QStringLiteral("DO $d$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE %1 NOLOGIN; END IF; END $d$")
                 .arg(role);
    }
    // Leads create sessions (a schema each); members and viewers only connect.
    s << QStringLiteral("GRANT CONNECT ON DATABASE \"%1\" TO %2, %3, %4")
             .arg(db.databaseName(), leadRole(), memberRole(), viewerRole());
    s << QStringLiteral("GRANT CREATE ON DATABASE \"%1\" TO %2").arg(db.databaseName(), leadRole());
    s << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    // A lead installs a session's write functions and hands them to the owner role (which needs membership),
    // but does not inherit what the owner may do to the tables.
    s << QStringLiteral("ALTER ROLE %1 NOINHERIT").arg(leadRole());
    s << QStringLiteral("GRANT %1 TO %2").arg(ownerRole(), leadRole());
    if (!run(db, s, error)) {
        *error = tr("Cannot set up team mode in %1: %2").arg(db.databaseName(), *error);
        return false;
    }
    return true;
}

bool TeamSchema::installSessionTables(const QSqlDatabase &db, const QString &schema, QString *error)
{
    return run(db, sessionTableStatements(schema), error);
}

bool TeamSchema::installSessionRules(const QSqlDatabase &db, const QString &schema, QString *error)
{
    return run(db, sessionRuleStatements(schema), error);
}

bool TeamSchema::upgradeSessions(QSqlDatabase &db, QStringList *upgraded, QString *error)
{
    const QStringList names = sessions(db, error);
    if (!error->isEmpty())
        return false;
    for (const QString &name : names) {
        const QString schema = QStringLiteral("cutover_") + name;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT to_regprocedure(? || '.write_api_version()') IS NOT NULL"));
        q.addBindValue(schema);
        if (!q.exec() || !q.next()) {
            *error = tr("Cannot read the session %1: %2").arg(name, q.lastError().text());
            return false;
        }
        if (q.value(0).toBool()) {
            QSqlQuery v(db);
            if (!v.exec(QStringLiteral("SELECT %1.write_api_version()").arg(schema)) || !v.next()) {
                *error = tr("Cannot read the session %1: %2").arg(name, v.lastError().text());
                return false;
            }
            if (v.value(0).toInt() >= writeApiVersion)
                continue;
        }
        if (!db.transaction() || !run(db, writeApiStatements(schema), error) || !db.commit()) {
            db.rollback();
            *error = tr("Cannot bring the session %1 to the server's write functions: %2").arg(name, *error);
            return false;
        }
        *upgraded << name;
    }
    return true;
}

bool TeamSchema::mayCreateSessions(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.rolsuper, EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ?), "
                             "EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ? "
                             "AND pg_has_role(session_user, g.oid, 'MEMBER')), session_user "
                             "FROM pg_roles r WHERE r.rolname = session_user"));
    q.addBindValue(leadRole());
    q.addBindValue(leadRole());
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot look up your team role: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.value(1).toBool()) {
        *error = tr("The database %1 is not set up for team sessions; its owner runs cutoverctl team init "
                    "first.")
                     .arg(db.databaseName());
        return false;
    }
    if (q.value(0).toBool() || q.value(2).toBool())
        return true;
    *error = tr("Only a lead creates team sessions, and %1 is not a lead in the database %2 (the database's "
                "owner makes them one: cutoverctl team grant ADDRESS %1 --as lead).")
                 .arg(q.value(3).toString(), db.databaseName());
    return false;
}

bool TeamSchema::grant(const QSqlDatabase &db, const QString &role, const QString &as, QString *error)
{
    const QString group = as == QLatin1String("lead") ? leadRole()
        : as == QLatin1String("member")               ? memberRole()
        : as == QLatin1String("viewer")               ? viewerRole()
                                                      : QString();
    if (group.isEmpty()) {
        *error = tr("\"%1\" is not a team role: use lead, member or viewer.").arg(as);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec() || !q.next()) {
        *error
            = tr("There is no role \"%1\" on the server (create it with CREATE ROLE %1 LOGIN PASSWORD ...).")
                  .arg(role);
        return false;
    }
    const QString ident = q.value(0).toString();
    // One team role per person: a new grant replaces the old one.
    QStringList s;
    for (const QString &other : groupsOf(db, role)) {
        if (other != group)
            s << QStringLiteral("REVOKE %1 FROM %2").arg(other, ident);
    }
    s << QStringLiteral("GRANT %1 TO %2").arg(group, ident);
    if (!run(db, s, error)) {
        *error = tr("Cannot grant %1 to %2: %3").arg(as, role, *error);
        return false;
    }
    return true;
}

bool TeamSchema::revoke(const QSqlDatabase &db, const QString &role, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec() || !q.next()) {
        *error = tr("There is no role \"%1\" on the server.").arg(role);
        return false;
    }
    const QString ident = q.value(0).toString();
    QStringList s;
    for (const QString &group : groupsOf(db, role))
        s << QStringLiteral("REVOKE %1 FROM %2").arg(group, ident);
    if (s.isEmpty()) {
        *error = tr("%1 has no team role.").arg(role);
        return false;
    }
    if (!run(db, s, error)) {
        *error = tr("Cannot revoke %1's team role: %2").arg(role, *error);
        return false;
    }
    return true;
}

QStringList TeamSchema::sessions(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT substr(nspname, 9) FROM pg_namespace WHERE nspname LIKE 'cutover\\_%' "
                               "ORDER BY nspname"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}
