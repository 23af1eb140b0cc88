// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"

#include "audit/TrailReplayerRegistry.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using SqlText::notNull;

// Length-prefixed so that moving text between adjacent fields changes the hash.
void addField(QCryptographicHash &h, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    h.addData(QByteArray::number(utf8.size()));
    h.addData(QByteArrayView(":"));
    h.addData(utf8);
    h.addData(QByteArrayView("|"));
}

}

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::computeHash(const AuditRecord &r)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, r.prevHash);
    addField(h, QString::number(r.seq));
    addField(h, Timestamps::toText(r.at));
    addField(h, r.actor);
    addField(h, r.action);
    addField(h, r.entity);
    addField(h, QString::number(r.entityId));
    addField(h, r.field);
    addField(h, r.oldValue);
    addField(h, r.newValue);
    addField(h, r.reason);
    return QString::fromLatin1(h.result().toHex());
}

bool AuditChain::append(QSqlDatabase &db, AuditRecord &record, QString *error)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))) {
        *error = last.lastError().text();
        return false;
    }
    if (last.next()) {
        record.seq = last.value(0).toLongLong() + 1;
        record.prevHash = last.value(1).toString();
    } else {
        record.seq = 1;
        record.prevHash = genesisHash();
    }
    if (!record.at.isValid())
        record.at = Timestamps::now();
    // Round-trip through text so the hash covers exactly what is stored.
    record.at = Timestamps::fromText(Timestamps::toText(record.at));
    record.hash = computeHash(record);

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO audit (seq, at, actor, action, entity, entity_id, field, old_value, "
                       "new_value, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(record.seq);
    q.addBindValue(Timestamps::toText(record.at));
    q.addBindValue(notNull(record.actor));
    q.addBindValue(notNull(record.action));
    q.addBindValue(notNull(record.entity));
    q.addBindValue(record.entityId);
    q.addBindValue(notNull(record.field));
    q.addBindValue(notNull(record.oldValue));
    q.addBindValue(notNull(record.newValue));
    q.addBindValue(notNull(record.reason));
    q.addBindValue(record.prevHash);
    q.addBindValue(record.hash);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString AuditChain::headHash(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return genesisHash();
}

qint64 AuditChain::seqOfHash(const QSqlDatabase &db, const QString &hash)
{
    if (hash == genesisHash())
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq FROM audit WHERE hash = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(hash.trimmed().toLower());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<AuditRecord> AuditChain::readAll(const QSqlDatabase &db, QString *error)
{
    QList<AuditRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, field, old_value, new_value, "
                           "reason, prev_hash, hash FROM audit ORDER BY seq"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditRecord r;
        r.seq = q.value(0).toLongLong();
        r.at = Timestamps::fromText(q.value(1).toString());
        r.actor = q.value(2).toString();
        r.action = q.value(3).toString();
        r.entity = q.value(4).toString();
        r.entityId = q.value(5).toLongLong();
        r.field = q.value(6).toString();
        r.oldValue = q.value(7).toString();
        r.newValue = q.value(8).toString();
        r.reason = q.value(9).toString();
        r.prevHash = q.value(10).toString();
        r.hash = q.value(11).toString();
        out.append(r);
    }
    return out;
}

AuditChain::Verification AuditChain::verify(const QSqlDatabase &db)
{
    Verification v;
    QString error;
    const QList<AuditRecord> records = readAll(db, &error);
    if (!error.isEmpty()) {
        v.intact = false;
        v.problem = QCoreApplication::translate("AuditChain", "cannot read the audit trail: %1").arg(error);
        return v;
    }
    v.recordCount = records.size();
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    for (const AuditRecord &r : records) {
        QString problem;
        if (r.seq != expectedSeq)
            problem
                = QCoreApplication::translate("AuditChain", "record %1 is missing (next stored record is %2)")
                      .arg(expectedSeq)
                      .arg(r.seq);
        else if (r.prevHash != expectedPrev)
            problem = QCoreApplication::translate("AuditChain",
                "record %1 does not follow the record before it "
                "(a record before it was changed or deleted)")
                          .arg(r.seq);
        else if (computeHash(r) != r.hash)
            problem = QCoreApplication::translate("AuditChain", "record %1 was changed after it was written")
                          .arg(r.seq);
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBrokenSeq = r.seq == expectedSeq ? r.seq : expectedSeq;
            v.problem = problem;
            break;
        }
        expectedPrev = r.hash;
        ++expectedSeq;
    }
    v.headHash = records.isEmpty() ? genesisHash() : records.constLast().hash;

    // Each feature checks its own tables against the trail (items, incident log, outbox, ...).
    v.stateMismatches = TrailReplayerRegistry::mismatches(db, records);
    if (!v.stateMismatches.isEmpty())
        v.intact = false;
    return v;
}
