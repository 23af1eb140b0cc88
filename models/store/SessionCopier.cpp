// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionCopier.h"

#include "audit/AuditChain.h"
#include "session/TrailReplayers.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

// Progress is reported at most this often (and at the end of every table).
constexpr qint64 kProgressEvery = 2000;
// A copy's problems list names at most this many rows that differ from the trail.
constexpr int kNamedMismatches = 5;

// meta rows that belong to the store itself, not to the session: the target keeps its own.
const QStringList &ownMetaKeys()
{
    static const QStringList keys = { QStringLiteral("schema_version"), QStringLiteral("application") };
    return keys;
}

// The one engine-specific part: a table without a declared primary key is identified by SQLite's hidden
// rowid (the trail's metrics.batch records name rowid ranges), so on SQLite it is copied as a column.
// Other engines have no hidden row identity; a table of theirs declares its key.
QString hiddenRowIdentity(const QSqlDatabase &db)
{
    // SQLite's hidden rowid; a team session's tables have a rowid column in its place (TeamSchema).
    return db.driverName() == QLatin1String("QSQLITE") || db.driverName() == QLatin1String("QPSQL")
        ? QStringLiteral("rowid")
        : QString();
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList out;
    const bool team = db.driverName() == QLatin1String("QPSQL");
    for (int i = 0; i < record.count(); ++i) {
        if (team && record.fieldName(i) == QLatin1String("rowid"))
            continue; // the stand-in for SQLite's hidden rowid, copied as such
        out << record.fieldName(i);
    }
    return out;
}

QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

QString joinedQuoted(const QSqlDatabase &db, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << quoted(db, n);
    return out.join(QStringLiteral(", "));
}

// "WHERE key NOT IN (?, ?)" for meta (values bound by the caller), nothing for the other tables.
QString filterOf(const QSqlDatabase &db, const QString &table)
{
    if (table != QLatin1String("meta"))
        return {};
    return QStringLiteral(" WHERE %1 NOT IN (?, ?)").arg(quoted(db, QStringLiteral("key")));
}

void bindFilter(QSqlQuery &q, const QString &table)
{
    if (table == QLatin1String("meta"))
        for (const QString &key : ownMetaKeys())
            q.addBindValue(key);
}

// Rows of the table to copy (meta without the store's own rows); -1 with *error on failure.
qint64 rowCount(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                  .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName), filterOf(db, table)));
    bindFilter(q, table);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

}

SessionCopier::Result SessionCopier::copy(
    SessionStore &source, SessionStore &target, const Progress &progress)
{
    QString error;
    if (!target.beginWrite(&error)) {
        Result r;
        r.error = tr("Cannot write to %1: %2").arg(target.path(), error);
        return r;
    }
    Result r = copyInTransaction(source, target, progress);
    if (r.ok && !target.commit(&error)) {
        r = Result();
        r.error = tr("Cannot commit the copy to %1: %2").arg(target.path(), error);
    }
    if (!r.ok)
        target.rollback();
    return r;
}

SessionCopier::Result SessionCopier::copyToNewTeamSession(
    SessionStore &source, const QString &address, const Progress &progress)
{
    Result r;
    QString error;
    // The rows, the trail among them, are copied before the server's rules exist: its records were written
    // by other people, whom the rules would refuse as actors of this connection.
    const std::unique_ptr<SessionStore> target = SessionStore::createTeam(
        address,
        [&](SessionStore &created, QString *fillError) {
            r = copyInTransaction(source, created, progress);
            *fillError = r.error;
            return r.ok;
        },
        &error);
    if (!target) {
        r = Result();
        r.error = error;
    }
    return r;
}

SessionCopier::Result SessionCopier::copyInTransaction(
    SessionStore &source, SessionStore &target, const Progress &progress)
{
    Result r;
    const int current = SessionSchema::currentVersion();
    if (source.schemaVersion() != current) {
        r.error = tr("%1 uses schema version %2; a copy is made of a session with the current version %3. "
                     "Open it for writing once (in the cockpit or with any cutoverctl command that "
                     "changes it) to upgrade it, then copy it again.")
                      .arg(source.path())
                      .arg(source.schemaVersion())
                      .arg(current);
        return r;
    }
    if (target.schemaVersion() != current || target.isReadOnly()) {
        r.error
            = tr("%1 is not a freshly created session of schema version %2.").arg(target.path()).arg(current);
        return r;
    }
    QSqlDatabase from = source.database();
    QSqlDatabase to = target.database();
    const QStringList tables = SessionSchema::tableNames();
    registerTrailReplayers(); // the copy's verification covers every feature's tables

    QString error;
    for (const QString &table : tables) {
        const qint64 n = rowCount(to, table, &error);
        if (n != 0) {
            r.error = n < 0 ? tr("Cannot read table %1 of %2: %3").arg(table, target.path(), error)
                            : tr("%1 is not empty (table %2 holds %3 rows); a session is copied only into a "
                                 "new one.")
                                  .arg(target.path(), table)
                                  .arg(n);
            return r;
        }
    }

    // One snapshot of the source for the counts, the head and every table's rows.
    const AuditChain::ReadSnapshot snapshot(from);
    const AuditChain::Head sourceHead = AuditChain::head(from);
    QList<qint64> counts;
    qint64 total = 0;
    for (const QString &table : tables) {
        const qint64 n = rowCount(from, table, &error);
        if (n < 0) {
            r.error = tr("Cannot read table %1 of %2: %3").arg(table, source.path(), error);
            return r;
        }
        counts << n;
        total += n;
    }

    auto fail = [&](const QString &message) {
        r.ok = false;
        r.error = message;
        r.tables.clear();
        r.rows = 0;
        return r;
    };
    qint64 copied = 0;
    if (progress)
        progress(0, total);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QString &table = tables.at(t);
        QStringList columns = columnsOf(from, table);
        const QStringList targetColumns = columnsOf(to, table);
        if (columns != targetColumns)
            return fail(tr("Table %1 has the columns (%2) in %3 but (%4) in %5; the two sessions do not "
                           "have the same schema.")
                            .arg(table, columns.join(QStringLiteral(", ")), source.path(),
                                targetColumns.join(QStringLiteral(", ")), target.path()));
        QStringList order = SessionSchema::primaryKey(table);
        if (order.isEmpty()) {
            const QString rowid = hiddenRowIdentity(from);
            if (!rowid.isEmpty() && rowid == hiddenRowIdentity(to))
                columns.prepend(rowid);
            order = columns;
        }
        const QString escapedTable = from.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        QSqlQuery read(from);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                         .arg(joinedQuoted(from, columns), escapedTable, filterOf(from, table),
                             joinedQuoted(from, order)));
        bindFilter(read, table);
        if (!read.exec())
            return fail(
                tr("Cannot read table %1 of %2: %3").arg(table, source.path(), read.lastError().text()));

        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders << QStringLiteral("?");
        QSqlQuery write(to);
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(to.driver()->escapeIdentifier(table, QSqlDriver::TableName),
                                   joinedQuoted(to, columns), placeholders.join(QStringLiteral(", ")))))
            return fail(
                tr("Cannot write table %1 of %2: %3").arg(table, target.path(), write.lastError().text()));
        qint64 rows = 0;
        while (read.next()) {
            // The value as the driver read it (QString, qlonglong, double or QByteArray) is bound as is, so
            // the target stores the same kind of value. A NULL is bound as an untyped null: the PostgreSQL
            // driver writes Qt 6's null of a type (a QVariant of a type without a value) as that type's
            // default, 0 or ''.
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.isNull(i) ? QVariant() : read.value(i));
            if (!write.exec())
                return fail(tr("Cannot copy row %1 of table %2 into %3: %4")
                                .arg(rows + 1)
                                .arg(table, target.path(), write.lastError().text()));
            ++rows;
            if (progress && (copied + rows) % kProgressEvery == 0)
                progress(copied + rows, total);
        }
        if (read.lastError().isValid())
            return fail(
                tr("Cannot read table %1 of %2: %3").arg(table, source.path(), read.lastError().text()));
        if (rows != counts.at(t))
            return fail(tr("Table %1 of %2 gave %3 rows while it counted %4.")
                            .arg(table, source.path())
                            .arg(rows)
                            .arg(counts.at(t)));
        copied += rows;
        r.tables.append({ table, rows });
        if (progress)
            progress(copied, total);
    }
    r.rows = copied;

    // Verified before it commits, in the write transaction (verify starts no snapshot of its own inside it).
    const AuditChain::Verification v = AuditChain::verify(to);
    if (!v.intact) {
        QString problem = v.problem;
        if (v.firstBrokenSeq > 0)
            problem = tr("record %1: %2").arg(v.firstBrokenSeq).arg(v.problem);
        QStringList named = v.stateMismatches.mid(0, kNamedMismatches);
        if (v.stateMismatches.size() > kNamedMismatches)
            named << tr("%1 more").arg(v.stateMismatches.size() - kNamedMismatches);
        if (!named.isEmpty())
            problem += (problem.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("stored values differ from the trail: %1").arg(named.join(QStringLiteral("; ")));
        return fail(
            tr("The audit trail of the copy does not verify, so %1 itself does not (its trail is broken "
               "or its tables were changed behind the trail; `cutoverctl audit verify` names what). "
               "Nothing was copied: %2")
                .arg(source.path(), problem));
    }
    if (v.headHash != sourceHead.hash || v.recordCount != sourceHead.seq)
        return fail(tr("The copy's audit head (%1 records, %2) differs from the source's (%3 records, %4); "
                       "nothing was copied.")
                        .arg(v.recordCount)
                        .arg(v.headHash)
                        .arg(sourceHead.seq)
                        .arg(sourceHead.hash));
    r.ok = true;
    r.auditRecords = v.recordCount;
    r.headHash = v.headHash;
    return r;
}

namespace {

void removeSessionFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

}

SessionCopier::Result SessionCopier::copyToNewFile(
    SessionStore &source, const QString &path, const Progress &progress)
{
    Result r;
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        r.error
            = tr("%1 already exists; a copy never overwrites a file. Choose another file name.").arg(path);
        return r;
    }
    const QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        r.error = tr("The folder %1 does not exist.").arg(dir.path());
        return r;
    }
    // Hidden beside the target, so the rename stays on one file system and a half-written copy is never
    // found under the target's name.
    const QString partial
        = dir.filePath(QStringLiteral(".%1.%2.partial")
                           .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    QString error;
    std::unique_ptr<SessionStore> target = SessionStore::create(partial, &error);
    if (!target) {
        removeSessionFiles(partial);
        r.error = tr("Cannot create the copy beside %1: %2").arg(path, error);
        return r;
    }
    r = copy(source, *target, progress);
    target.reset(); // the last connection closes: SQLite folds the -wal into the file and removes it
    if (r.ok && QFileInfo::exists(partial + QStringLiteral("-wal"))) {
        r.ok = false;
        r.error = tr("The copy %1 was not closed cleanly (its -wal file is left).").arg(partial);
    }
    if (r.ok && !QFile::rename(partial, path)) { // QFile::rename never replaces an existing file
        r.ok = false;
        r.error = QFileInfo::exists(path)
            ? tr("%1 was created by someone else while the copy was made; it was left as it is.").arg(path)
            : tr("Cannot rename the copy to %1.").arg(path);
    }
    if (!r.ok) {
        removeSessionFiles(partial);
        r.tables.clear();
        r.rows = 0;
    }
    return r;
}
