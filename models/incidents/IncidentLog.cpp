// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentLog.h"

#include "audit/AuditChain.h"
#include "audit/TrailReplayerRegistry.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"
#include "incidents/IncidentTrailReplayer.h"
#include "notify/Outbox.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureStore.h"
#include "store/AuditedWrite.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString verifyRecord(const IncidentEntry &e)
{
    return QStringLiteral("incident entry %1 \"%2\"").arg(e.id).arg(SignatureStatement::oneLine(e.text));
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString entryLine(const IncidentEntry &e)
{
    return QStringLiteral("[%1] %2 UTC: %3")
        .arg(IncidentEntry::severityLabel(e.severity).toUpper(),
            e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.text);
}

}

IncidentLog::IncidentLog(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    TrailReplayerRegistry::addOnce<IncidentTrailReplayer>();
    QString error;
    load(&error);
}

bool IncidentLog::existsIn(SessionStore *store)
{
    return SessionSchema::hasTable(store->database(), QStringLiteral("incident_entries"));
}

bool IncidentLog::isReadOnly() const
{
    return m_store->isReadOnly();
}

IncidentEntry IncidentLog::entry(qint64 id) const
{
    const int row = m_index.value(id, -1);
    return row < 0 ? IncidentEntry() : m_entries.at(row);
}

QList<IncidentEntry> IncidentLog::stakeholderEntries(int limit) const
{
    QList<IncidentEntry> out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->kind != IncidentEntry::Kind::Retraction && it->isStakeholderVisible()) {
            out.append(*it);
            if (limit >= 0 && out.size() >= limit)
                break;
        }
    }
    return out;
}

bool IncidentLog::load(QString *error)
{
    QList<IncidentEntry> entries;
    QHash<qint64, int> index;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, text, severity, author, occurred_at, recorded_at, item_id, "
                               "traffic_step, refers_to, reason FROM incident_entries ORDER BY id"))) {
        *error = tr("The incident log cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        IncidentEntry e;
        e.id = q.value(0).toLongLong();
        IncidentEntry::kindFromKey(q.value(1).toString(), &e.kind);
        e.text = q.value(2).toString();
        IncidentEntry::severityFromKey(q.value(3).toString(), &e.severity);
        e.author = q.value(4).toString();
        e.occurredAt = Timestamps::fromText(q.value(5).toString());
        e.recordedAt = Timestamps::fromText(q.value(6).toString());
        e.itemId = q.value(7).toLongLong();
        e.trafficStep = q.value(8).toInt();
        e.refersTo = q.value(9).toLongLong();
        e.reason = q.value(10).toString();
        index.insert(e.id, entries.size());
        entries.append(e);
    }
    if (!q.exec(QStringLiteral(
            "SELECT entry_id, event, actor, at, caused_by FROM incident_events ORDER BY id"))) {
        *error = tr("The incident log cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const int row = index.value(q.value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        IncidentEntry &e = entries[row];
        const QString event = q.value(1).toString();
        const bool takenBack
            = e.state == IncidentEntry::State::Retracted || e.state == IncidentEntry::State::Superseded;
        if (event == QLatin1String("verified") && !takenBack) {
            e.state = IncidentEntry::State::Verified;
            e.verifiedBy = q.value(2).toString();
            e.verifiedAt = Timestamps::fromText(q.value(3).toString());
        } else if (event == QLatin1String("published") && e.state == IncidentEntry::State::Verified) {
            e.state = IncidentEntry::State::Published;
        } else if (event == QLatin1String("retracted") && !takenBack) {
            e.state = IncidentEntry::State::Retracted;
            e.replacedBy = q.value(4).toLongLong();
        } else if (event == QLatin1String("superseded") && !takenBack) {
            e.state = IncidentEntry::State::Superseded;
            e.replacedBy = q.value(4).toLongLong();
        }
    }
    m_entries = entries;
    m_index = index;
    return true;
}

ActionResult IncidentLog::reload()
{
    QString error;
    if (!load(&error))
        return ActionResult::failure(error);
    Q_EMIT reloaded();
    return ActionResult::success();
}

ActionResult IncidentLog::checkActor(const QString &actor) const
{
    if (isReadOnly())
        return ActionResult::failure(tr("This session is open read-only; nothing can be changed here."));
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every log entry is recorded with a name; give your name first."));
    return ActionResult::success();
}

ActionResult IncidentLog::add(const QString &text, IncidentEntry::Severity severity, const QString &author,
    const QDateTime &occurredAt, qint64 itemId, int trafficStep, qint64 *newId)
{
    IncidentEntry e;
    e.kind = IncidentEntry::Kind::Report;
    e.text = text.trimmed();
    e.severity = severity;
    e.author = author.trimmed();
    e.occurredAt = occurredAt;
    e.itemId = itemId;
    e.trafficStep = trafficStep;
    return addEntry(e, newId);
}

ActionResult IncidentLog::retract(qint64 id, const QString &author, const QString &reason, qint64 *newId)
{
    if (!hasEntry(id))
        return ActionResult::failure(tr("There is no log entry %1 in this session.").arg(id));
    if (reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Retracting entry %1 needs a reason.").arg(id));
    const IncidentEntry old = entry(id);
    IncidentEntry e;
    e.kind = IncidentEntry::Kind::Retraction;
    e.text = tr("Retraction of entry %1: %2").arg(id).arg(reason.trimmed());
    e.severity = old.severity;
    e.author = author.trimmed();
    e.refersTo = id;
    e.reason = reason.trimmed();
    e.itemId = old.itemId;
    e.trafficStep = old.trafficStep;
    return addEntry(e, newId);
}

ActionResult IncidentLog::correct(
    qint64 id, const QString &author, const QString &reason, const QString &text, qint64 *newId)
{
    if (!hasEntry(id))
        return ActionResult::failure(tr("There is no log entry %1 in this session.").arg(id));
    if (reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Correcting entry %1 needs a reason.").arg(id));
    const IncidentEntry old = entry(id);
    IncidentEntry e;
    e.kind = IncidentEntry::Kind::Correction;
    e.text = text.trimmed();
    e.severity = old.severity;
    e.author = author.trimmed();
    e.occurredAt = old.occurredAt;
    e.refersTo = id;
    e.reason = reason.trimmed();
    e.itemId = old.itemId;
    e.trafficStep = old.trafficStep;
    return addEntry(e, newId);
}

ActionResult IncidentLog::addEntry(IncidentEntry e, qint64 *newId)
{
    if (ActionResult r = checkActor(e.author); !r)
        return r;
    if (e.text.isEmpty())
        return ActionResult::failure(tr("A log entry needs text: write what you see."));
    if (e.refersTo > 0) {
        const IncidentEntry old = entry(e.refersTo);
        if (old.kind == IncidentEntry::Kind::Retraction)
            return ActionResult::failure(tr("Entry %1 is a retraction; a retraction cannot be retracted or "
                                            "corrected. Write a new entry instead.")
                                             .arg(old.id));
        if (old.state == IncidentEntry::State::Retracted || old.state == IncidentEntry::State::Superseded)
            return ActionResult::failure(tr("Entry %1 is already %2 (by entry %3).")
                                             .arg(old.id)
                                             .arg(IncidentEntry::stateLabel(old.state).toLower())
                                             .arg(old.replacedBy));
    }
    QSqlDatabase db = m_store->database();
    if (e.itemId > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = ?"));
        q.addBindValue(e.itemId);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() == 0)
            return ActionResult::failure(
                tr("There is no checklist item %1 to link this entry to.").arg(e.itemId));
    }
    if (e.trafficStep < 0)
        return ActionResult::failure(tr("A traffic step is numbered from 1 (got %1).").arg(e.trafficStep));

    e.recordedAt = Timestamps::fromText(Timestamps::toText(Timestamps::now()));
    e.occurredAt
        = e.occurredAt.isValid() ? Timestamps::fromText(Timestamps::toText(e.occurredAt)) : e.recordedAt;
    if (e.occurredAt > e.recordedAt.addSecs(60))
        return ActionResult::failure(
            tr("The time it happened (%1) lies in the future; give the time you saw it.")
                .arg(Timestamps::toText(e.occurredAt)));

    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    e.id = m_store->nextId(QStringLiteral("incident_entries"));
    QHash<QString, QString> values {
        { QStringLiteral("id"), QString::number(e.id) },
        { QStringLiteral("kind"), IncidentEntry::kindKey(e.kind) },
        { QStringLiteral("text"), e.text },
        { QStringLiteral("severity"), IncidentEntry::severityKey(e.severity) },
        { QStringLiteral("author"), e.author },
        { QStringLiteral("occurred_at"), Timestamps::toText(e.occurredAt) },
        { QStringLiteral("recorded_at"), Timestamps::toText(e.recordedAt) },
        { QStringLiteral("item_id"), idText(e.itemId) },
        { QStringLiteral("traffic_step"), e.trafficStep > 0 ? QString::number(e.trafficStep) : QString() },
        { QStringLiteral("refers_to"), idText(e.refersTo) },
        { QStringLiteral("reason"), e.reason },
    };
    QVariantList row;
    QJsonObject trail;
    for (const QString &name : IncidentTrailReplayer::entryColumns()) {
        const QString v = values.value(name);
        const bool nullable = name == QLatin1String("item_id") || name == QLatin1String("traffic_step")
            || name == QLatin1String("refers_to");
        row << (nullable && v.isEmpty() ? QVariant() : QVariant(SqlText::notNull(v)));
        trail.insert(name, v);
    }
    AuditRecord r;
    r.actor = e.author;
    r.action = QStringLiteral("incident.add");
    r.entity = QStringLiteral("incident");
    r.entityId = e.id;
    r.newValue = compactJson(trail);
    r.reason = e.reason;
    r.at = e.recordedAt;
    if (!AuditedWrite::addIncidentEntry(db, row, r, &error) || !m_store->commit(&error)) {
        m_store->rollback();
        return ActionResult::failure(tr("The log entry could not be written: %1").arg(error));
    }
    m_index.insert(e.id, m_entries.size());
    m_entries.append(e);
    if (newId)
        *newId = e.id;
    Q_EMIT entryAdded(e.id);
    return ActionResult::success();
}

bool IncidentLog::appendEvent(QSqlDatabase &db, qint64 entryId, const QString &event, const QString &actor,
    qint64 causedBy, const QString &reason, QString *error)
{
    const qint64 id = m_store->nextId(QStringLiteral("incident_events"));
    const QString at = Timestamps::toText(Timestamps::now());
    AuditRecord r;
    r.actor = actor;
    r.action = QStringLiteral("incident.") + event;
    r.entity = QStringLiteral("incident");
    r.entityId = entryId;
    r.field = QStringLiteral("event");
    r.newValue = compactJson(QJsonObject { { QStringLiteral("id"), QString::number(id) },
        { QStringLiteral("entry_id"), QString::number(entryId) }, { QStringLiteral("event"), event },
        { QStringLiteral("actor"), actor }, { QStringLiteral("at"), at },
        { QStringLiteral("caused_by"), idText(causedBy) }, { QStringLiteral("reason"), reason } });
    r.reason = reason;
    return AuditedWrite::addIncidentEvent(db,
        { id, entryId, event, actor, at, causedBy > 0 ? QVariant(causedBy) : QVariant(),
            SqlText::notNull(reason) },
        r, error);
}

ActionResult IncidentLog::verify(qint64 id, const QString &verifier)
{
    if (ActionResult r = checkActor(verifier); !r)
        return r;
    return ElectronicSignature::withDeclared(
        [&]() { return verifyStatement(id, verifier.trimmed(), QString()); },
        [&](const ElectronicSignature &s) { return verify(id, s); });
}

SignatureStatement IncidentLog::verifyStatement(
    qint64 id, const QString &principal, const QString &displayName) const
{
    IncidentEntry e = entry(id);
    e.id = id;
    return ElectronicSignature::statementFor(m_store->database(), SignatureAct::incidentVerify,
        QStringLiteral("incident"), id, verifyRecord(e), principal, displayName);
}

ActionResult IncidentLog::verify(qint64 id, const ElectronicSignature &signature)
{
    return verifyEntry(id, signature.statement.principal, &signature);
}

ActionResult IncidentLog::verifyEntry(
    qint64 id, const QString &verifier, const ElectronicSignature *signature)
{
    if (ActionResult r = checkActor(verifier); !r)
        return r;
    if (!hasEntry(id))
        return ActionResult::failure(tr("There is no log entry %1 in this session.").arg(id));
    const IncidentEntry e = entry(id);
    if (e.state != IncidentEntry::State::Draft)
        return ActionResult::failure(tr("Entry %1 is %2; only a draft can be verified.")
                                         .arg(id)
                                         .arg(IncidentEntry::stateLabel(e.state).toLower()));
    // Four eyes on principals, compared exactly (never display names, never case-folded).
    if (e.author == verifier)
        return ActionResult::failure(
            tr("An entry must be verified by a second person: %1 wrote entry %2 and cannot "
               "verify it too.")
                .arg(e.author, QString::number(id)));

    const IncidentEntry target = e.refersTo > 0 ? entry(e.refersTo) : IncidentEntry();
    const bool targetOpen = e.refersTo > 0 && target.state != IncidentEntry::State::Retracted
        && target.state != IncidentEntry::State::Superseded;

    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = m_store->database();
    const QString who = verifier;
    if (signature) {
        // Judged inside the transaction: the chain head is still the one signed (so the entry is as the
        // person saw it), the statement is this act's, and (signatures required) it verifies.
        QString problem = signature->check(
            db, SignaturePolicyText::read(db), SignatureAct::incidentVerify, QStringLiteral("incident"), id);
        if (problem.isEmpty() && signature->statement.record != verifyRecord(e))
            problem = tr("The signed statement describes \"%1\", not entry %2; sign again.")
                          .arg(signature->statement.record)
                          .arg(id);
        if (problem.isEmpty() && !SignatureStore::write(db, *signature, nullptr, &error))
            problem = tr("Entry %1 could not be verified: %2").arg(id).arg(error);
        if (!problem.isEmpty()) {
            m_store->rollback();
            return ActionResult::failure(problem);
        }
    }
    bool ok = appendEvent(db, id, QStringLiteral("verified"), who, 0, QString(), &error);
    if (ok && targetOpen) {
        const QString event = e.kind == IncidentEntry::Kind::Retraction ? QStringLiteral("retracted")
                                                                        : QStringLiteral("superseded");
        ok = appendEvent(db, e.refersTo, event, who, id, e.reason, &error);
    }
    // Stakeholders hear of a report and a correction; of a retraction only when they saw the entry.
    const bool announce = e.kind != IncidentEntry::Kind::Retraction || target.isStakeholderVisible();
    if (ok && announce && m_outbox) {
        QString title;
        QString text;
        if (e.kind == IncidentEntry::Kind::Report) {
            title = tr("Update %1 (%2)").arg(id).arg(IncidentEntry::severityLabel(e.severity));
            text = entryLine(e);
        } else if (e.kind == IncidentEntry::Kind::Correction) {
            title = tr("Correction of update %1").arg(e.refersTo);
            text = entryLine(e) + QStringLiteral("\n") + tr("Reason: %1").arg(e.reason);
        } else {
            title = tr("Retraction of update %1").arg(e.refersTo);
            text = tr("Update %1 is withdrawn: %2").arg(e.refersTo).arg(e.reason);
        }
        text += QStringLiteral("\n") + tr("Reported by %1, verified by %2.").arg(e.author, who);
        const int written = m_outbox->enqueueInTransaction(QStringLiteral("incident"), id, title, title, text,
            e.severity == IncidentEntry::Severity::Critical, who, &error);
        ok = written >= 0;
        if (ok && written > 0)
            ok = appendEvent(db, id, QStringLiteral("published"), who, 0, QString(), &error);
    }
    if (!ok || !m_store->commit(&error)) {
        m_store->rollback();
        return ActionResult::failure(tr("Entry %1 could not be verified: %2").arg(id).arg(error));
    }
    load(&error);
    Q_EMIT entryChanged(id);
    if (targetOpen)
        Q_EMIT entryChanged(e.refersTo);
    if (m_outbox) {
        Q_EMIT m_outbox->messagesChanged();
        m_outbox->kick();
    }
    return ActionResult::success();
}
