// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamSchema.h"

#include "audit/AuditChain.h"

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

// Table privileges of the group roles; the triggers decide what a member's change may be.
QStringList grantStatements(const QString &schema)
{
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3, %4")
            .arg(schema, TeamSchema::leadRole(), TeamSchema::memberRole(), TeamSchema::viewerRole()),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2, %3, %4")
            .arg(schema, TeamSchema::leadRole(), TeamSchema::memberRole(), TeamSchema::viewerRole()),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2, %3")
            .arg(schema, TeamSchema::leadRole(), TeamSchema::memberRole()),
    };
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
    const QString genesis = AuditChain::genesisHash();
    QStringList s;
    // The audit trail: append-only, the actor is the logged-in role, each record follows the head.
    s << QStringLiteral(
        "CREATE FUNCTION %1.audit_guard() RETURNS trigger LANGUAGE plpgsql "
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
        "  SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit a ORDER BY a.seq DESC LIMIT 1;\n"
        "  IF NOT FOUND THEN head_seq := 0; head_hash := '%2'; END IF;\n"
        "  IF NEW.seq <> head_seq + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN\n"
        "    RAISE EXCEPTION 'audit record %% does not follow record %%, the head of the trail',\n"
        "      NEW.seq, head_seq USING ERRCODE = 'serialization_failure';\n"
        "  END IF;\n"
        "  PERFORM pg_notify('%1', NEW.entity || ' ' || NEW.seq);\n"
        "  RETURN NEW;\n"
        "END $f$")
             .arg(schema, genesis)
             .replace(QStringLiteral("%%"), QStringLiteral("%"));
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
    for (const QString &role : { leadRole(), memberRole(), viewerRole() }) {
        s << QStringLiteral("DO $d$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE %1 NOLOGIN; END IF; END $d$")
                 .arg(role);
    }
    // Leads create sessions (a schema each); members and viewers only connect.
    s << QStringLiteral("GRANT CONNECT ON DATABASE \"%1\" TO %2, %3, %4")
             .arg(db.databaseName(), leadRole(), memberRole(), viewerRole());
    s << QStringLiteral("GRANT CREATE ON DATABASE \"%1\" TO %2").arg(db.databaseName(), leadRole());
    s << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
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
