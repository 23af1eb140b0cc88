// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/CutoverSession.h"

#include "store/AuditedWrite.h"
#include "store/ServerError.h"

#include "audit/AuditChain.h"
#include "audit/TrailReplayerRegistry.h"
#include "checklist/ChecklistTrailReplayer.h"
#include "checklist/CompactJsonObject.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureStore.h"
#include "store/SessionAddress.h"
#include "store/SessionConnection.h"
#include "trust/SessionIdentity.h"
#include "trust/SessionTrust.h"

#include "core/FileKind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <cerrno>
#include <csignal>

namespace {

using SqlText::notNull;

QString evidenceToText(const QStringList &links)
{
    if (links.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(links)).toJson(QJsonDocument::Compact));
}

QStringList evidenceFromText(const QString &text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

// The value of a column as the text the audit trail records.
QString fieldText(const ChecklistItem &item, const QString &field)
{
    if (field == QLatin1String("task"))
        return item.task;
    if (field == QLatin1String("expected"))
        return item.expected;
    if (field == QLatin1String("owner"))
        return item.owner;
    if (field == QLatin1String("status"))
        return ItemStatusText::key(item.status);
    if (field == QLatin1String("skip_reason"))
        return item.skipReason;
    if (field == QLatin1String("notes"))
        return item.notes;
    if (field == QLatin1String("evidence"))
        return evidenceToText(item.evidence);
    if (field == QLatin1String("completed_by"))
        return item.completedBy;
    if (field == QLatin1String("signed_off_by"))
        return item.signedOffBy;
    if (field == QLatin1String("signoff_required"))
        return QString::number(item.signOffRequired ? 1 : 0);
    if (field == QLatin1String("planned_minutes"))
        return QString::number(item.plannedMinutes);
    if (field == QLatin1String("planned_start"))
        return Timestamps::toText(item.plannedStart);
    if (field == QLatin1String("actual_start"))
        return Timestamps::toText(item.actualStart);
    if (field == QLatin1String("actual_end"))
        return Timestamps::toText(item.actualEnd);
    return QString();
}

void setField(ChecklistItem &item, const QString &field, const QString &text)
{
    if (field == QLatin1String("task"))
        item.task = text;
    else if (field == QLatin1String("expected"))
        item.expected = text;
    else if (field == QLatin1String("owner"))
        item.owner = text;
    else if (field == QLatin1String("status"))
        ItemStatusText::fromKey(text, &item.status);
    else if (field == QLatin1String("skip_reason"))
        item.skipReason = text;
    else if (field == QLatin1String("notes"))
        item.notes = text;
    else if (field == QLatin1String("evidence"))
        item.evidence = evidenceFromText(text);
    else if (field == QLatin1String("completed_by"))
        item.completedBy = text;
    else if (field == QLatin1String("signed_off_by"))
        item.signedOffBy = text;
    else if (field == QLatin1String("signoff_required"))
        item.signOffRequired = text.toInt() != 0;
    else if (field == QLatin1String("planned_minutes"))
        item.plannedMinutes = text.toInt();
    else if (field == QLatin1String("planned_start"))
        item.plannedStart = Timestamps::fromText(text);
    else if (field == QLatin1String("actual_start"))
        item.actualStart = Timestamps::fromText(text);
    else if (field == QLatin1String("actual_end"))
        item.actualEnd = Timestamps::fromText(text);
}

bool isIntegerField(const QString &field)
{
    return field == QLatin1String("signoff_required") || field == QLatin1String("planned_minutes");
}

// The new_value of a phase.create record (SessionTrailReplayer replays it).
QString phaseCreateJson(int position, const QString &name)
{
    CompactJsonObject json; // keys in ascending order, as QJsonObject writes them
    json.add(QLatin1String("name"), notNull(name));
    json.add(QLatin1String("position"), position);
    return json.text();
}

// The new_value of an item.create record: every column the trail tracks (as fieldText gives it), the phase's
// name, and where the item sits (ChecklistTrailReplayer replays it). Written directly rather than through a
// QJsonObject: a runbook of 100,000 rows makes 100,000 of these.
QString itemCreateJson(const ChecklistItem &item, const QString &phaseName)
{
    CompactJsonObject json; // keys in ascending order, as QJsonObject writes them
    json.add(QLatin1String("completed_by"), item.completedBy);
    json.add(QLatin1String("evidence"), evidenceToText(item.evidence));
    json.add(QLatin1String("expected"), item.expected);
    json.add(QLatin1String("notes"), item.notes);
    json.add(QLatin1String("owner"), item.owner);
    json.add(QLatin1String("phase"), phaseName);
    json.add(QLatin1String("phase_id"), QString::number(item.phaseId));
    json.add(QLatin1String("planned_minutes"), QString::number(item.plannedMinutes));
    json.add(QLatin1String("planned_start"), Timestamps::toText(item.plannedStart));
    json.add(QLatin1String("position"), QString::number(item.position));
    json.add(QLatin1String("signed_off_by"), item.signedOffBy);
    json.add(QLatin1String("signoff_required"), QString::number(item.signOffRequired ? 1 : 0));
    json.add(QLatin1String("skip_reason"), item.skipReason);
    json.add(QLatin1String("status"), ItemStatusText::key(item.status));
    json.add(QLatin1String("task"), item.task);
    return json.text();
}

const char *const itemColumns = "id, phase_id, position, task, expected, owner, status, skip_reason, "
                                "planned_start, planned_minutes, actual_start, actual_end, notes, evidence, "
                                "signoff_required, completed_by, signed_off_by";

// One row of SELECT itemColumns FROM items.
bool itemFromRow(const QSqlQuery &q, ChecklistItem *it, QString *error)
{
    it->id = q.value(0).toLongLong();
    it->phaseId = q.value(1).toLongLong();
    it->position = q.value(2).toInt();
    it->task = q.value(3).toString();
    it->expected = q.value(4).toString();
    it->owner = q.value(5).toString();
    if (!ItemStatusText::fromKey(q.value(6).toString(), &it->status)) {
        *error = QCoreApplication::translate(
            "CutoverSession", "Item %1 has an unknown status \"%2\"; the session file is damaged.")
                     .arg(it->id)
                     .arg(q.value(6).toString());
        return false;
    }
    it->skipReason = q.value(7).toString();
    it->plannedStart = Timestamps::fromText(q.value(8).toString());
    it->plannedMinutes = q.value(9).toInt();
    it->actualStart = Timestamps::fromText(q.value(10).toString());
    it->actualEnd = Timestamps::fromText(q.value(11).toString());
    it->notes = q.value(12).toString();
    it->evidence = evidenceFromText(q.value(13).toString());
    it->signOffRequired = q.value(14).toInt() != 0;
    it->completedBy = q.value(15).toString();
    it->signedOffBy = q.value(16).toString();
    return true;
}

bool sameState(const ChecklistItem &a, const ChecklistItem &b)
{
    for (const char *f : { "task", "expected", "owner", "status", "skip_reason", "notes", "evidence",
             "completed_by", "signed_off_by", "signoff_required", "planned_minutes", "planned_start",
             "actual_start", "actual_end" }) {
        if (fieldText(a, QLatin1String(f)) != fieldText(b, QLatin1String(f)))
            return false;
    }
    return true;
}

}

namespace {

QString incompleteName(const QString &path, qint64 pid)
{
    return QStringLiteral("%1.incomplete-%2").arg(path).arg(pid);
}

void removeSessionFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// Removes what a killed create of this name left behind (NAME.incomplete-PID of a process no longer
// running). One whose process still runs is another create at work and is left alone.
void removeStaleIncomplete(const QString &path)
{
    const QFileInfo target(path);
    const QString prefix = target.fileName() + QStringLiteral(".incomplete-");
    const QStringList found
        = target.absoluteDir().entryList({ prefix + QLatin1Char('*') }, QDir::Files | QDir::Hidden);
    for (const QString &name : found) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || name.mid(prefix.size()) != QString::number(pid))
            continue; // -wal/-shm go with their file
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        removeSessionFiles(target.absoluteDir().filePath(name));
    }
}

}

CutoverSession::CutoverSession(std::unique_ptr<SessionStore> store)
    : m_store(std::move(store))
    , m_trust(std::make_unique<SessionTrust>(m_store.get()))
{
    if (m_store->isTeam())
        m_serverRole = SessionConnection::sessionUser(m_store->database());
    TrailReplayerRegistry::addOnce<ChecklistTrailReplayer>();
}

CutoverSession::~CutoverSession() = default;

std::unique_ptr<CutoverSession> CutoverSession::create(const QString &path, const SessionInfo &info,
    const Runbook &runbook, const QString &actor, QString *error)
{
    if (actor.trimmed().isEmpty()) {
        *error = tr("A session is created by a named person; give your name.");
        return nullptr;
    }
    if (info.name.trimmed().isEmpty()) {
        *error = tr("The session needs a name.");
        return nullptr;
    }
    // A team session (a postgresql:// address) is a new schema on the server, dropped again when writing
    // its content fails.
    const bool team = SessionAddress::isPostgres(path);
    if (!team && (QFileInfo::exists(path) || FileKind::of(path) != FileKind::Kind::Missing)) {
        *error = tr("%1 already exists; choose another file name.").arg(path);
        return nullptr;
    }
    // The session is written under a temporary name beside the target and renamed at the end: an import
    // that fails, or is killed, never leaves a half-written session under the name asked for. What a kill
    // leaves (NAME.incomplete-PID) is removed by the next create of that name.
    if (!team)
        removeStaleIncomplete(path);
    const QString partial = team ? path : incompleteName(path, QCoreApplication::applicationPid());
    const auto removePartial = [team, partial]() {
        if (team)
            SessionStore::dropTeam(partial);
        else
            removeSessionFiles(partial);
    };
    std::unique_ptr<SessionStore> store = SessionStore::create(partial, error);
    if (!store)
        return nullptr;
    QSqlDatabase db = store->database();
    if (!store->beginWrite(error)) {
        db = QSqlDatabase();
        store.reset();
        removePartial();
        return nullptr;
    }

    QSqlQuery pq; // the statements prepared once below; released before the store closes
    QSqlQuery iq;
    auto audit = std::make_unique<AuditChain::Batch>(db);
    auto fail = [&](const QString &message) {
        pq = QSqlQuery();
        iq = QSqlQuery();
        audit.reset();
        store->rollback();
        *error = tr("Cannot write the new session: %1").arg(message);
        db = QSqlDatabase(); // release the connection before the store removes it
        store.reset();
        removePartial();
        return nullptr;
    };

    const QDateTime created = info.createdAt.isValid() ? info.createdAt : Timestamps::now();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO session (id, name, goal, rehearsal, language, template_name, created_at) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(info.name.trimmed());
    q.addBindValue(notNull(info.goal));
    q.addBindValue(info.rehearsal ? 1 : 0);
    q.addBindValue(notNull(info.language));
    q.addBindValue(notNull(info.templateName));
    q.addBindValue(Timestamps::toText(created));
    if (!q.exec())
        return fail(q.lastError().text());
    if (QString idError; !SessionIdentity::assign(db, &idError))
        return fail(idError);
    SignaturePolicy policy = SignaturePolicyText::defaultFor(info.rehearsal);
    if (!info.signatures.isEmpty() && !SignaturePolicyText::fromKey(info.signatures, &policy))
        return fail(tr("unknown signature policy \"%1\" (required or declared)").arg(info.signatures));
    {
        QSqlQuery pol(db);
        pol.prepare(QStringLiteral("UPDATE session SET signatures = ? WHERE id = 1"));
        pol.addBindValue(SignaturePolicyText::key(policy));
        if (!pol.exec())
            return fail(pol.lastError().text());
    }

    AuditRecord sessionRecord;
    sessionRecord.actor = actor.trimmed();
    sessionRecord.action = QStringLiteral("session.create");
    sessionRecord.entity = QStringLiteral("session");
    sessionRecord.entityId = 1;
    sessionRecord.newValue = QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("name"), info.name.trimmed() }, { QStringLiteral("goal"), info.goal },
            { QStringLiteral("rehearsal"), info.rehearsal }, { QStringLiteral("language"), info.language },
            { QStringLiteral("template"), info.templateName },
            { QStringLiteral("created_at"), Timestamps::toText(created) },
            { QStringLiteral("signatures"), SignaturePolicyText::key(policy) },
            // Version 2 of the trail records every table of the session in full (SessionTrailReplayer).
            { QStringLiteral("trail"), 2 } }).toJson(QJsonDocument::Compact));
    QString message;
    if (!audit->append(sessionRecord, &message))
        return fail(message);

    // Every record of the runbook has the session record's actor and time.
    auto recordOf = [&sessionRecord](const QString &action, const QString &entity) {
        AuditRecord r;
        r.actor = sessionRecord.actor;
        r.action = action;
        r.entity = entity;
        r.at = sessionRecord.at;
        return r;
    };
    qint64 itemId = 1;
    // Prepared once: a runbook of 100,000 rows is written in linear time.
    pq = QSqlQuery(db);
    // Named placeholders: QSqlQuery binds a value by name at about two thirds of the cost of by position.
    pq.prepare(QStringLiteral("INSERT INTO phases (id, position, name) VALUES (:id, :position, :name)"));
    iq = QSqlQuery(db);
    iq.prepare(QStringLiteral("INSERT INTO items (id, phase_id, position, task, expected, owner, "
                              "signoff_required, planned_minutes) VALUES (:id, :phase_id, :position, :task, "
                              ":expected, :owner, :signoff_required, :planned_minutes)"));
    const QString idName = QStringLiteral(":id");
    const QString positionName = QStringLiteral(":position");
    const QString nameName = QStringLiteral(":name");
    const QString phaseIdName = QStringLiteral(":phase_id");
    const QString taskName = QStringLiteral(":task");
    const QString expectedName = QStringLiteral(":expected");
    const QString ownerName = QStringLiteral(":owner");
    const QString signOffName = QStringLiteral(":signoff_required");
    const QString minutesName = QStringLiteral(":planned_minutes");
    for (int p = 0; p < runbook.phases.size(); ++p) {
        const RunbookPhase &phase = runbook.phases.at(p);
        const qint64 phaseId = p + 1;
        pq.bindValue(idName, phaseId);
        pq.bindValue(positionName, p);
        pq.bindValue(nameName, notNull(phase.name));
        if (!pq.exec())
            return fail(pq.lastError().text());
        AuditRecord phaseRecord = recordOf(QStringLiteral("phase.create"), QStringLiteral("phase"));
        phaseRecord.entityId = phaseId;
        phaseRecord.newValue = phaseCreateJson(p, phase.name);
        if (!audit->append(phaseRecord, &message))
            return fail(message);
        for (int t = 0; t < phase.tasks.size(); ++t, ++itemId) {
            const RunbookTask &task = phase.tasks.at(t);
            iq.bindValue(idName, itemId);
            iq.bindValue(phaseIdName, phaseId);
            iq.bindValue(positionName, t);
            iq.bindValue(taskName, notNull(task.task));
            iq.bindValue(expectedName, notNull(task.expected));
            iq.bindValue(ownerName, notNull(task.owner));
            iq.bindValue(signOffName, task.signOffRequired ? 1 : 0);
            iq.bindValue(minutesName, task.plannedMinutes);
            if (!iq.exec())
                return fail(iq.lastError().text());

            ChecklistItem item;
            item.id = itemId;
            item.phaseId = phaseId;
            item.position = t;
            item.task = task.task;
            item.expected = task.expected;
            item.owner = task.owner;
            item.signOffRequired = task.signOffRequired;
            item.plannedMinutes = task.plannedMinutes;
            AuditRecord r = recordOf(QStringLiteral("item.create"), QStringLiteral("item"));
            r.entityId = itemId;
            r.newValue = itemCreateJson(item, phase.name);
            if (!audit->append(r, &message))
                return fail(message);
        }
    }
    pq = QSqlQuery();
    iq = QSqlQuery();
    audit.reset();
    if (!store->commit(&message))
        return fail(message);
    db = QSqlDatabase();
    store.reset(); // the last connection closes: the WAL is checkpointed into the file
    if (team)
        return open(path, SessionStore::Mode::ReadWrite, error);

    if (!QFile::rename(partial, path)) {
        removeSessionFiles(partial);
        *error = tr("Cannot write the new session: %1 could not be renamed to %2 (does %2 exist now?).")
                     .arg(partial, path);
        return nullptr;
    }
    removeSessionFiles(partial); // a -wal or -shm left by the closed connection
    return open(path, SessionStore::Mode::ReadWrite, error);
}

std::unique_ptr<CutoverSession> CutoverSession::open(
    const QString &path, SessionStore::Mode mode, QString *error)
{
    std::unique_ptr<SessionStore> store = SessionStore::open(path, mode, error);
    if (!store)
        return nullptr;
    std::unique_ptr<CutoverSession> session(new CutoverSession(std::move(store)));
    if (!session->load(error))
        return nullptr;
    return session;
}

bool CutoverSession::load(QString *error)
{
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT name, goal, rehearsal, language, template_name, created_at FROM session "
                           "WHERE id = 1"))) {
        // Not a damaged session: the server went away, or refused (a team session).
        *error = tr("Cannot read %1: %2")
                     .arg(path(), m_store->describe(q.lastError(), ServerError::Stage::Reading));
        return false;
    }
    if (!q.next()) {
        // A bare store (SessionStore::create: traffic, metrics, no checklist yet) has neither a header nor
        // phases and opens as an unnamed session; a file with a checklist but no header is damaged.
        QSqlQuery phases(db);
        if (!phases.exec(QStringLiteral("SELECT COUNT(*) FROM phases")) || !phases.next()
            || phases.value(0).toLongLong() > 0) {
            *error = tr("%1 has no session header; it is damaged.").arg(path());
            return false;
        }
        m_info = SessionInfo {};
        m_phases.clear();
        m_items.clear();
        m_phaseItems.clear();
        return true;
    }
    m_info.name = q.value(0).toString();
    m_info.goal = q.value(1).toString();
    m_info.rehearsal = q.value(2).toInt() != 0;
    m_info.language = q.value(3).toString();
    m_info.templateName = q.value(4).toString();
    m_info.createdAt = Timestamps::fromText(q.value(5).toString());
    m_info.signatures = SignaturePolicyText::key(SignaturePolicyText::read(db));

    m_phases.clear();
    if (!q.exec(QStringLiteral("SELECT id, position, name FROM phases ORDER BY position, id"))) {
        *error = tr("Cannot read %1: %2")
                     .arg(path(), m_store->describe(q.lastError(), ServerError::Stage::Reading));
        return false;
    }
    while (q.next())
        m_phases.append(Phase { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString() });

    m_items.clear();
    if (!q.exec(QStringLiteral("SELECT %1 FROM items").arg(QLatin1String(itemColumns)))) {
        *error = tr("Cannot read %1: %2")
                     .arg(path(), m_store->describe(q.lastError(), ServerError::Stage::Reading));
        return false;
    }
    while (q.next()) {
        ChecklistItem it;
        if (!itemFromRow(q, &it, error))
            return false;
        m_items.insert(it.id, it);
    }
    indexPhases();
    return true;
}

void CutoverSession::indexPhases()
{
    m_phaseItems.clear();
    for (const ChecklistItem &it : std::as_const(m_items))
        m_phaseItems[it.phaseId].append(it.id);
    for (QList<qint64> &ids : m_phaseItems) {
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const ChecklistItem &x = m_items[a];
            const ChecklistItem &y = m_items[b];
            return x.position != y.position ? x.position < y.position : x.id < y.id;
        });
    }
}

ActionResult CutoverSession::reload()
{
    QString error;
    if (!load(&error))
        return ActionResult::failure(error);
    Q_EMIT reloaded();
    return ActionResult::success();
}

QList<ChecklistItem> CutoverSession::items(qint64 phaseId) const
{
    QList<ChecklistItem> out;
    const QList<qint64> ids = m_phaseItems.value(phaseId);
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out.append(m_items.value(id));
    return out;
}

QList<ChecklistItem> CutoverSession::allItems() const
{
    QList<ChecklistItem> out;
    out.reserve(m_items.size());
    for (const Phase &p : m_phases) {
        for (const qint64 id : m_phaseItems.value(p.id))
            out.append(m_items.value(id));
    }
    return out;
}

QString CutoverSession::headHash() const
{
    return AuditChain::headHash(m_store->database());
}

qint64 CutoverSession::auditRecordCount() const
{
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Runbook CutoverSession::toRunbook() const
{
    Runbook rb;
    rb.name = m_info.name;
    rb.language = m_info.language;
    for (const Phase &p : m_phases) {
        RunbookPhase phase;
        phase.name = p.name;
        for (const ChecklistItem &it : items(p.id))
            phase.tasks.append(
                RunbookTask { it.task, it.expected, it.owner, it.signOffRequired, it.plannedMinutes });
        rb.phases.append(phase);
    }
    return rb;
}

QString CutoverSession::completedFirst(const ChecklistItem &item)
{
    if (!item.signedOffBy.isEmpty())
        return tr("\"%1\" was already signed off by %2 (completed by %3); it is %4. Nothing was changed.")
            .arg(item.task, item.signedOffBy, item.completedBy, ItemStatusText::key(item.status));
    return tr("\"%1\" was already completed by %2; it is %3. Nothing was changed.")
        .arg(item.task, item.completedBy, ItemStatusText::key(item.status));
}

ActionResult CutoverSession::checkWritable(qint64 id, const QString &actor) const
{
    if (isReadOnly())
        return ActionResult::failure(tr("This session is open read-only; nothing can be changed here."));
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    if (!m_items.contains(id))
        return ActionResult::failure(tr("There is no checklist item %1 in this session.").arg(id));
    return ActionResult::success();
}

ActionResult CutoverSession::setStatus(qint64 id, ItemStatus status, const QString &actor,
    const QString &reason, const Precondition &precondition)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    if (status == ItemStatus::AwaitingSignOff)
        return ActionResult::failure(
            tr("An item awaits sign-off after it is marked done; mark it done instead."));
    if (status == ItemStatus::Skipped && skipNeedsSignature(id)) {
        // Skipping an item that needs sign-off is a signed act; here with the declared actor.
        return ElectronicSignature::withDeclared(
            [&]() { return skipStatement(id, reason, actor.trimmed(), QString()); },
            [&](const ElectronicSignature &s) { return skip(id, s, reason, precondition); });
    }
    auto decide = [&](const ChecklistItem &item, QList<FieldChange> *changes) {
        if (precondition) {
            if (const QString problem = precondition(item); !problem.isEmpty())
                return ActionResult::failure(problem);
        }
        if (status == ItemStatus::Skipped && reason.trimmed().isEmpty())
            return ActionResult::failure(tr("Skipping \"%1\" needs a reason.").arg(item.task));
        ItemStatus target = status;
        if (status == ItemStatus::Done && item.signOffRequired)
            target = ItemStatus::AwaitingSignOff;
        if (target == item.status && status != ItemStatus::Skipped) {
            // Someone else got there first (two people completing one item at once): say whose state it is.
            if (!item.completedBy.isEmpty() && item.completedBy != actor.trimmed())
                return ActionResult::failure(completedFirst(item));
            return ActionResult::success();
        }

        const QDateTime now = Timestamps::now();
        changes->append({ QStringLiteral("status"), ItemStatusText::key(target) });
        changes->append(
            { QStringLiteral("skip_reason"), target == ItemStatus::Skipped ? reason.trimmed() : QString() });
        const bool finished = target != ItemStatus::Open && target != ItemStatus::InProgress;
        if (target != ItemStatus::Open && !item.actualStart.isValid())
            changes->append({ QStringLiteral("actual_start"), Timestamps::toText(now) });
        if (target == ItemStatus::Open)
            changes->append({ QStringLiteral("actual_start"), QString() });
        changes->append({ QStringLiteral("actual_end"), finished ? Timestamps::toText(now) : QString() });
        const bool completed = target == ItemStatus::AwaitingSignOff || target == ItemStatus::Done;
        changes->append({ QStringLiteral("completed_by"), completed ? actor.trimmed() : QString() });
        changes->append({ QStringLiteral("signed_off_by"), QString() });
        return ActionResult::success();
    };
    return apply(id, QStringLiteral("item.status"), decide, actor, reason);
}

ActionResult CutoverSession::signOff(qint64 id, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    return ElectronicSignature::withDeclared(
        [&]() { return signOffStatement(id, actor.trimmed(), QString()); },
        [&](const ElectronicSignature &s) { return signOff(id, s, reason); });
}

SignaturePolicy CutoverSession::signaturePolicy() const
{
    return SignaturePolicyText::read(m_store->database());
}

namespace {

QString itemRecord(const ChecklistItem &item)
{
    return QStringLiteral("item %1 \"%2\"").arg(item.id).arg(SignatureStatement::oneLine(item.task));
}

QString skipRecord(const ChecklistItem &item, const QString &reason)
{
    return QStringLiteral("item %1 \"%2\" skipped: %3")
        .arg(item.id)
        .arg(SignatureStatement::oneLine(item.task), SignatureStatement::oneLine(reason.trimmed()));
}

QString policyRecord(SignaturePolicy from, SignaturePolicy to)
{
    return QStringLiteral("signature policy %1 -> %2")
        .arg(SignaturePolicyText::key(from), SignaturePolicyText::key(to));
}

}

SignatureStatement CutoverSession::signOffStatement(
    qint64 id, const QString &principal, const QString &displayName) const
{
    ChecklistItem it = m_items.value(id);
    it.id = id;
    return ElectronicSignature::statementFor(m_store->database(), SignatureAct::itemSignOff,
        QStringLiteral("item"), id, itemRecord(it), principal, displayName);
}

bool CutoverSession::skipNeedsSignature(qint64 id) const
{
    return m_items.value(id).signOffRequired;
}

SignatureStatement CutoverSession::skipStatement(
    qint64 id, const QString &reason, const QString &principal, const QString &displayName) const
{
    ChecklistItem it = m_items.value(id);
    it.id = id;
    return ElectronicSignature::statementFor(m_store->database(), SignatureAct::itemSkip,
        QStringLiteral("item"), id, skipRecord(it, reason), principal, displayName);
}

ActionResult CutoverSession::signOff(qint64 id, const ElectronicSignature &signature, const QString &reason)
{
    const QString principal = signature.statement.principal;
    if (ActionResult r = checkWritable(id, principal); !r)
        return r;
    auto decide = [&](const ChecklistItem &item, QList<FieldChange> *changes) {
        if (!item.signOffRequired)
            return ActionResult::failure(tr("\"%1\" does not need a sign-off.").arg(item.task));
        if (!item.signedOffBy.isEmpty())
            return ActionResult::failure(completedFirst(item));
        if (item.status != ItemStatus::AwaitingSignOff)
            return ActionResult::failure(
                tr("\"%1\" is %2; it can be signed off once it has been marked done.")
                    .arg(item.task, ItemStatusText::label(item.status).toLower()));
        // Four eyes on principals, compared exactly (never display names, never case-folded).
        if (item.completedBy == principal)
            return ActionResult::failure(
                tr("The sign-off must come from a second person: %1 completed \"%2\" and "
                   "cannot sign it off too.")
                    .arg(item.completedBy, item.task));
        if (signature.statement.record != itemRecord(item))
            return ActionResult::failure(
                tr("The signed statement describes \"%1\", but the item is now %2; sign again.")
                    .arg(signature.statement.record, itemRecord(item)));
        changes->append({ QStringLiteral("signed_off_by"), principal });
        changes->append({ QStringLiteral("status"), ItemStatusText::key(ItemStatus::Done) });
        return ActionResult::success();
    };
    return apply(id, SignatureAct::itemSignOff, decide, principal, reason, &signature);
}

ActionResult CutoverSession::skip(
    qint64 id, const ElectronicSignature &signature, const QString &reason, const Precondition &precondition)
{
    const QString principal = signature.statement.principal;
    if (ActionResult r = checkWritable(id, principal); !r)
        return r;
    auto decide = [&](const ChecklistItem &item, QList<FieldChange> *changes) {
        if (precondition) {
            if (const QString problem = precondition(item); !problem.isEmpty())
                return ActionResult::failure(problem);
        }
        if (reason.trimmed().isEmpty())
            return ActionResult::failure(tr("Skipping \"%1\" needs a reason.").arg(item.task));
        if (signature.statement.record != skipRecord(item, reason))
            return ActionResult::failure(
                tr("The signed statement describes \"%1\", but the act is %2; sign again.")
                    .arg(signature.statement.record, skipRecord(item, reason)));
        const QDateTime now = Timestamps::now();
        changes->append({ QStringLiteral("status"), ItemStatusText::key(ItemStatus::Skipped) });
        changes->append({ QStringLiteral("skip_reason"), reason.trimmed() });
        if (!item.actualStart.isValid())
            changes->append({ QStringLiteral("actual_start"), Timestamps::toText(now) });
        changes->append({ QStringLiteral("actual_end"), Timestamps::toText(now) });
        changes->append({ QStringLiteral("completed_by"), QString() });
        changes->append({ QStringLiteral("signed_off_by"), QString() });
        return ActionResult::success();
    };
    // Recorded as item.status (as every status change), preceded by its signature.create record.
    return apply(id, QStringLiteral("item.status"), decide, principal, reason, &signature);
}

SignatureStatement CutoverSession::policyChangeStatement(
    SignaturePolicy policy, const QString &principal, const QString &displayName) const
{
    return ElectronicSignature::statementFor(m_store->database(), SignatureAct::policyChange,
        QStringLiteral("session"), 1, policyRecord(signaturePolicy(), policy), principal, displayName);
}

ActionResult CutoverSession::setSignaturePolicy(SignaturePolicy policy, const ElectronicSignature &signature)
{
    if (isReadOnly())
        return ActionResult::failure(tr("This session is open read-only; nothing can be changed here."));
    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = m_store->database();
    auto refuse = [&](const QString &message) {
        m_store->rollback();
        return ActionResult::failure(message);
    };
    const SignaturePolicy current = SignaturePolicyText::read(db);
    if (current == policy)
        return refuse(
            tr("The session's signature policy is already \"%1\".").arg(SignaturePolicyText::key(policy)));
    if (signature.statement.record != policyRecord(current, policy))
        return refuse(tr("The signed statement describes \"%1\", but the change is %2; sign again.")
                          .arg(signature.statement.record, policyRecord(current, policy)));
    // Leaving Required needs a verified signature (the session's current policy applies to its change).
    if (const QString problem
        = signature.check(db, current, SignatureAct::policyChange, QStringLiteral("session"), 1);
        !problem.isEmpty())
        return refuse(problem);
    if (!SignatureStore::write(db, signature, nullptr, &error))
        return refuse(tr("The change was not saved: %1").arg(error));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE session SET signatures = ? WHERE id = 1"));
    q.addBindValue(SignaturePolicyText::key(policy));
    if (!q.exec())
        return refuse(tr("The change was not saved: %1").arg(q.lastError().text()));
    AuditRecord r;
    r.actor = signature.statement.principal;
    r.action = SignatureAct::policyChange;
    r.entity = QStringLiteral("session");
    r.entityId = 1;
    r.field = QStringLiteral("signatures");
    r.oldValue = SignaturePolicyText::key(current);
    r.newValue = SignaturePolicyText::key(policy);
    if (!AuditChain::append(db, r, &error))
        return refuse(tr("The change was not saved: %1").arg(error));
    if (!m_store->commit(&error))
        return ActionResult::failure(tr("The change was not saved: %1").arg(error));
    m_info.signatures = SignaturePolicyText::key(policy);
    return ActionResult::success();
}

ActionResult CutoverSession::withdrawSignOff(qint64 id, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    auto decide = [&](const ChecklistItem &item, QList<FieldChange> *changes) {
        if (item.signedOffBy.isEmpty())
            return ActionResult::failure(
                tr("\"%1\" is not signed off; there is nothing to withdraw.").arg(item.task));
        if (item.signedOffBy != actor.trimmed())
            return ActionResult::failure(tr("Only %1, who signed off \"%2\", can withdraw that sign-off.")
                                             .arg(item.signedOffBy, item.task));
        if (reason.trimmed().isEmpty())
            return ActionResult::failure(tr("Withdrawing a sign-off needs a reason."));
        changes->append({ QStringLiteral("signed_off_by"), QString() });
        changes->append({ QStringLiteral("status"), ItemStatusText::key(ItemStatus::AwaitingSignOff) });
        return ActionResult::success();
    };
    return apply(id, QStringLiteral("item.signoff.withdraw"), decide, actor, reason);
}

namespace {

// A decision that sets one field, whatever the item holds now.
auto setTo(const QString &field, const QString &value)
{
    return [field, value](const ChecklistItem &, auto *changes) {
        changes->append({ field, value });
        return ActionResult::success();
    };
}

}

ActionResult CutoverSession::setNotes(
    qint64 id, const QString &notes, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    return apply(id, QStringLiteral("item.notes"), setTo(QStringLiteral("notes"), notes), actor, reason);
}

ActionResult CutoverSession::addNote(
    qint64 id, const QString &line, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    auto decide = [&line](const ChecklistItem &item, QList<FieldChange> *changes) {
        changes->append(
            { QStringLiteral("notes"), item.notes.isEmpty() ? line : item.notes + QLatin1Char('\n') + line });
        return ActionResult::success();
    };
    return apply(id, QStringLiteral("item.notes"), decide, actor, reason);
}

ActionResult CutoverSession::addEvidence(
    qint64 id, const QStringList &links, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    auto decide = [&links](const ChecklistItem &item, QList<FieldChange> *changes) {
        QStringList merged = item.evidence;
        for (const QString &l : links) {
            if (!l.trimmed().isEmpty() && !merged.contains(l.trimmed()))
                merged << l.trimmed();
        }
        changes->append({ QStringLiteral("evidence"), evidenceToText(merged) });
        return ActionResult::success();
    };
    return apply(id, QStringLiteral("item.evidence"), decide, actor, reason);
}

ActionResult CutoverSession::setEvidence(
    qint64 id, const QStringList &links, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    QStringList cleaned;
    for (const QString &l : links) {
        if (!l.trimmed().isEmpty())
            cleaned << l.trimmed();
    }
    return apply(id, QStringLiteral("item.evidence"),
        setTo(QStringLiteral("evidence"), evidenceToText(cleaned)), actor, reason);
}

ActionResult CutoverSession::setOwner(
    qint64 id, const QString &owner, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(id, actor); !r)
        return r;
    return apply(
        id, QStringLiteral("item.owner"), setTo(QStringLiteral("owner"), owner.trimmed()), actor, reason);
}

ActionResult CutoverSession::apply(qint64 id, const QString &action, const Decision &decide,
    const QString &actor, const QString &reason, const ElectronicSignature *signature)
{
    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = m_store->database();
    // The rules are judged on the row as it is now, inside this transaction: another process (a second
    // cutoverctl, another window) may have changed the item since this copy was read.
    ChecklistItem current;
    {
        QSqlQuery row(db);
        row.prepare(QStringLiteral("SELECT %1 FROM items WHERE id = ?").arg(QLatin1String(itemColumns)));
        row.addBindValue(id);
        if (!row.exec()) {
            error = m_store->describe(row.lastError());
            m_store->rollback();
            return ActionResult::failure(tr("The change was not saved: %1").arg(error));
        }
        if (!row.next()) {
            m_store->rollback();
            return ActionResult::failure(tr("There is no checklist item %1 in this session.").arg(id));
        }
        if (!itemFromRow(row, &current, &error)) {
            m_store->rollback();
            return ActionResult::failure(error);
        }
    }
    const bool refreshed = !sameState(current, m_items.value(id));
    m_items.insert(id, current);
    auto finishUnchanged = [&](const ActionResult &result) {
        m_store->rollback();
        if (refreshed)
            Q_EMIT itemChanged(id);
        return result;
    };

    QList<FieldChange> changes;
    if (ActionResult decided = decide(current, &changes); !decided)
        return finishUnchanged(decided);
    ChecklistItem updated = current;
    QList<FieldChange> effective;
    for (const FieldChange &c : changes) {
        if (fieldText(updated, c.field) != c.value.toString())
            effective.append(c);
    }
    if (effective.isEmpty())
        return finishUnchanged(ActionResult::success());
    if (signature) {
        // Judged inside the transaction: the chain head the person signed is still the head, the statement
        // is this act's, and (signatures required) the signature verifies against the allowed signers.
        if (const QString problem = signature->check(
                db, SignaturePolicyText::read(db), signature->statement.act, QStringLiteral("item"), id);
            !problem.isEmpty())
            return finishUnchanged(ActionResult::failure(problem));
        if (!SignatureStore::write(db, *signature, nullptr, &error)) {
            m_store->rollback();
            return ActionResult::failure(tr("The change was not saved: %1").arg(error));
        }
    }

    const QDateTime now = Timestamps::now();
    for (const FieldChange &c : effective) {
        AuditRecord r;
        r.at = now;
        r.actor = actor.trimmed();
        r.action = action;
        r.entity = QStringLiteral("item");
        r.entityId = id;
        r.field = c.field;
        r.oldValue = fieldText(updated, c.field);
        r.newValue = c.value.toString();
        r.reason = reason.trimmed();
        // Field names come from this file, never from input.
        const QVariant value = isIntegerField(c.field) ? QVariant(c.value.toString().toInt())
                                                       : QVariant(notNull(c.value.toString()));
        if (!AuditedWrite::setItemField(db, id, c.field, value, r, &error)) {
            m_store->rollback();
            return ActionResult::failure(tr("The change was not saved: %1").arg(error));
        }
    }
    if (!m_store->commit(&error))
        return ActionResult::failure(tr("The commit failed: %1").arg(error));
    for (const FieldChange &c : effective)
        setField(updated, c.field, c.value.toString());
    m_items.insert(id, updated);
    Q_EMIT itemChanged(id);
    return ActionResult::success();
}
