// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureStore.h"

#include "audit/AuditChain.h"
#include "core/Timestamps.h"
#include "signing/ElectronicSignature.h"
#include "store/ServerError.h"
#include "store/SessionSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *const columns = "id, at, act, entity, entity_id, meaning, principal, display_name, chain_head, "
                            "statement, signature, key_fingerprint, audit_seq";

SignatureRecord fromRow(const QSqlQuery &q)
{
    SignatureRecord r;
    r.id = q.value(0).toLongLong();
    r.at = Timestamps::fromText(q.value(1).toString());
    r.act = q.value(2).toString();
    r.entity = q.value(3).toString();
    r.entityId = q.value(4).toLongLong();
    r.meaning = q.value(5).toString();
    r.principal = q.value(6).toString();
    r.displayName = q.value(7).toString();
    r.chainHead = q.value(8).toString();
    r.statement = q.value(9).toString();
    r.signature = q.value(10).toString();
    r.keyFingerprint = q.value(11).toString();
    r.auditSeq = q.value(12).toLongLong();
    return r;
}

QList<SignatureRecord> select(
    const QSqlDatabase &db, const QString &where, const QVariantList &binds, QString *error)
{
    QList<SignatureRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM signatures %2 ORDER BY id").arg(QLatin1String(columns), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = ServerError::describe(q);
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

}

bool SignatureStore::existsIn(const QSqlDatabase &db)
{
    return SessionSchema::hasTable(db, QStringLiteral("signatures"));
}

QString SignatureStore::toJson(const SignatureRecord &r)
{
    const QJsonObject o { { QStringLiteral("id"), r.id }, { QStringLiteral("at"), Timestamps::toText(r.at) },
        { QStringLiteral("act"), r.act }, { QStringLiteral("entity"), r.entity },
        { QStringLiteral("entity_id"), r.entityId }, { QStringLiteral("meaning"), r.meaning },
        { QStringLiteral("principal"), r.principal }, { QStringLiteral("display_name"), r.displayName },
        { QStringLiteral("chain_head"), r.chainHead }, { QStringLiteral("statement"), r.statement },
        { QStringLiteral("signature"), r.signature }, { QStringLiteral("key_fingerprint"), r.keyFingerprint },
        { QStringLiteral("audit_seq"), r.auditSeq } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool SignatureStore::fromJson(const QString &json, SignatureRecord *r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    r->id = o.value(QStringLiteral("id")).toInteger();
    r->at = Timestamps::fromText(o.value(QStringLiteral("at")).toString());
    r->act = o.value(QStringLiteral("act")).toString();
    r->entity = o.value(QStringLiteral("entity")).toString();
    r->entityId = o.value(QStringLiteral("entity_id")).toInteger();
    r->meaning = o.value(QStringLiteral("meaning")).toString();
    r->principal = o.value(QStringLiteral("principal")).toString();
    r->displayName = o.value(QStringLiteral("display_name")).toString();
    r->chainHead = o.value(QStringLiteral("chain_head")).toString();
    r->statement = o.value(QStringLiteral("statement")).toString();
    r->signature = o.value(QStringLiteral("signature")).toString();
    r->keyFingerprint = o.value(QStringLiteral("key_fingerprint")).toString();
    r->auditSeq = o.value(QStringLiteral("audit_seq")).toInteger();
    return true;
}

bool SignatureStore::write(QSqlDatabase &db, const ElectronicSignature &signature, qint64 *id, QString *error)
{
    if (!existsIn(db)) {
        *error = QStringLiteral("the session has no signatures table (schema too old)");
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM signatures")) || !q.next()) {
        *error = ServerError::describe(q);
        return false;
    }
    const SignatureStatement &st = signature.statement;
    SignatureRecord r;
    r.id = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit")) || !q.next()) {
        *error = ServerError::describe(q);
        return false;
    }
    // This row's signature.create record takes the next seq; the act's own record the one after.
    r.auditSeq = q.value(0).toLongLong() + 2;
    r.at = st.time;
    r.act = st.act;
    r.entity = st.entity;
    r.entityId = st.entityId;
    r.meaning = st.meaning;
    r.principal = st.principal;
    r.displayName = st.displayName;
    r.chainHead = st.chainHead;
    r.statement = QString::fromUtf8(st.toText());
    r.signature = QString::fromUtf8(signature.signature);
    r.keyFingerprint = signature.isDeclared() ? QString() : signature.keyFingerprint;

    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO signatures (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(QLatin1String(columns)));
    ins.addBindValue(r.id);
    ins.addBindValue(Timestamps::toText(r.at));
    ins.addBindValue(r.act);
    ins.addBindValue(r.entity);
    ins.addBindValue(r.entityId);
    ins.addBindValue(r.meaning);
    ins.addBindValue(r.principal);
    ins.addBindValue(r.displayName.isNull() ? QStringLiteral("") : r.displayName);
    ins.addBindValue(r.chainHead);
    ins.addBindValue(r.statement);
    ins.addBindValue(r.signature.isNull() ? QStringLiteral("") : r.signature);
    ins.addBindValue(r.keyFingerprint.isNull() ? QStringLiteral("") : r.keyFingerprint);
    ins.addBindValue(r.auditSeq);
    if (!ins.exec()) {
        *error = ins.lastError().text();
        return false;
    }
    AuditRecord a;
    a.at = Timestamps::now();
    a.actor = r.principal;
    a.action = QStringLiteral("signature.create");
    a.entity = QStringLiteral("signature");
    a.entityId = r.id;
    a.newValue = toJson(r);
    if (!AuditChain::append(db, a, error))
        return false;
    if (id)
        *id = r.id;
    return true;
}

QList<SignatureRecord> SignatureStore::readAll(const QSqlDatabase &db, QString *error)
{
    if (!existsIn(db))
        return {};
    return select(db, QString(), {}, error);
}

QList<SignatureRecord> SignatureStore::forEntity(
    const QSqlDatabase &db, const QString &entity, qint64 entityId, QString *error)
{
    if (!existsIn(db))
        return {};
    return select(db, QStringLiteral("WHERE entity = ? AND entity_id = ?"), { entity, entityId }, error);
}
