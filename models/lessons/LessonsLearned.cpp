// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonsLearned.h"

#include "core/SqlText.h"

#include "notify/Outbox.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureStore.h"

#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "empty".
QString text(const QString &value)
{
    return SqlText::notNull(value);
}

// The lesson's own columns, in the order the INSERT and the UPDATE name them (text … change_expected).
void bindLessonFields(QSqlQuery &q, const Lesson &l)
{
    q.addBindValue(text(l.text));
    q.addBindValue(text(l.action));
    q.addBindValue(text(l.owner));
    q.addBindValue(text(RunbookChange::kindKey(l.change.kind)));
    q.addBindValue(text(RunbookChange::targetKey(l.change.target)));
    q.addBindValue(text(l.change.phase));
    q.addBindValue(text(l.change.task));
    q.addBindValue(text(l.change.newText));
    q.addBindValue(text(l.change.expected));
}

QJsonObject lessonJson(const Lesson &l)
{
    return QJsonObject { { QStringLiteral("text"), l.text }, { QStringLiteral("action"), l.action },
        { QStringLiteral("owner"), l.owner },
        { QStringLiteral("change"), RunbookChange::kindKey(l.change.kind) },
        { QStringLiteral("target"), RunbookChange::targetKey(l.change.target) },
        { QStringLiteral("phase"), l.change.phase }, { QStringLiteral("task"), l.change.task },
        { QStringLiteral("new_text"), l.change.newText }, { QStringLiteral("expected"), l.change.expected } };
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}

LessonsLearned::LessonsLearned(CutoverSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    QString error;
    load(&error);
}

bool LessonsLearned::load(QString *error)
{
    QSqlDatabase db = m_session->store()->database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    m_result = ResultStatement();
    if (!q.exec(QStringLiteral(
            "SELECT goal, went_well, open_points, updated_by, updated_at FROM result_statement "
            "WHERE id = 1"))) {
        *error = tr("Cannot read the result statement: %1").arg(q.lastError().text());
        return false;
    }
    if (q.next()) {
        m_result.goal = q.value(0).toString();
        m_result.wentWell = q.value(1).toString();
        m_result.openPoints = q.value(2).toString();
        m_result.updatedBy = q.value(3).toString();
        m_result.updatedAt = Timestamps::fromText(q.value(4).toString());
    }
    // Version 6: whether the statement was marked final (older sessions have no such table yet).
    m_finalBy.clear();
    m_finalAt = QDateTime();
    if (q.exec(QStringLiteral("SELECT final_by, final_at FROM result_final WHERE id = 1")) && q.next()) {
        m_finalBy = q.value(0).toString();
        m_finalAt = Timestamps::fromText(q.value(1).toString());
    }
    m_lessons.clear();
    if (!q.exec(QStringLiteral(
            "SELECT id, position, text, action, owner, change_kind, change_target, change_phase, "
            "change_task, change_new_text, change_expected, created_by, created_at FROM lessons "
            "ORDER BY position, id"))) {
        *error = tr("Cannot read the lessons learned: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Lesson l;
        l.id = q.value(0).toLongLong();
        l.position = q.value(1).toInt();
        l.text = q.value(2).toString();
        l.action = q.value(3).toString();
        l.owner = q.value(4).toString();
        if (!RunbookChange::kindFromKey(q.value(5).toString(), &l.change.kind)
            || !RunbookChange::targetFromKey(q.value(6).toString(), &l.change.target)) {
            *error = tr("Lesson %1 has an unknown runbook change \"%2 %3\"; the session file is damaged.")
                         .arg(l.id)
                         .arg(q.value(5).toString(), q.value(6).toString());
            return false;
        }
        l.change.phase = q.value(7).toString();
        l.change.task = q.value(8).toString();
        l.change.newText = q.value(9).toString();
        l.change.expected = q.value(10).toString();
        l.createdBy = q.value(11).toString();
        l.createdAt = Timestamps::fromText(q.value(12).toString());
        m_lessons.append(l);
    }
    return true;
}

Lesson LessonsLearned::lesson(qint64 id) const
{
    for (const Lesson &l : m_lessons) {
        if (l.id == id)
            return l;
    }
    return Lesson();
}

ActionResult LessonsLearned::checkWritable(const QString &actor) const
{
    if (m_session->isReadOnly())
        return ActionResult::failure(tr("This session is open read-only; nothing can be changed here."));
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    return ActionResult::success();
}

QString LessonsLearned::checkChange(const RunbookChange &c)
{
    using K = RunbookChange::Kind;
    using T = RunbookChange::Target;
    if (c.kind == K::None)
        return QString();
    if (c.phase.trimmed().isEmpty())
        return tr("A runbook change names the phase it changes.");
    if (c.kind == K::Add && c.target == T::Task) {
        if (c.newText.trimmed().isEmpty())
            return tr("Adding a task needs the text of the new task.");
        return QString();
    }
    if (c.task.trimmed().isEmpty())
        return tr("A runbook change names the task it changes (its text or its number in the phase).");
    if (c.kind == K::Change && c.target == T::Task && c.newText.trimmed().isEmpty())
        return tr("Changing a task needs its new text.");
    if (c.target == T::Expected && c.kind != K::Remove && c.expected.trimmed().isEmpty())
        return tr("Adding or changing an expected result needs the expected result.");
    return QString();
}

ActionResult LessonsLearned::checkLesson(const Lesson &l) const
{
    if (l.text.trimmed().isEmpty())
        return ActionResult::failure(tr("A lesson needs a text: what did we learn?"));
    const QString problem = checkChange(l.change);
    if (!problem.isEmpty())
        return ActionResult::failure(problem);
    return ActionResult::success();
}

ActionResult LessonsLearned::setResultStatement(
    const ResultStatement &statement, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(actor); !r)
        return r;
    if (isResultFinal())
        return ActionResult::failure(
            tr("The result statement was marked final by %1 and announced; it is no longer "
               "edited. Add what changed as a lesson or an incident entry.")
                .arg(m_finalBy));
    struct Field {
        const char *column;
        QString oldValue;
        QString newValue;
    };
    const QList<Field> fields
        = { { "goal", m_result.goal, statement.goal }, { "went_well", m_result.wentWell, statement.wentWell },
              { "open_points", m_result.openPoints, statement.openPoints } };
    bool changed = false;
    for (const Field &f : fields)
        changed = changed || f.oldValue != f.newValue;
    if (!changed)
        return ActionResult::success();

    SessionStore *store = m_session->store();
    QString error;
    if (!store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = store->database();
    const QDateTime now = Timestamps::now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM result_statement WHERE id = 1"));
    bool ok = q.exec();
    if (ok) {
        q.prepare(
            QStringLiteral("INSERT INTO result_statement (id, goal, went_well, open_points, updated_by, "
                           "updated_at) VALUES (1, ?, ?, ?, ?, ?)"));
        q.addBindValue(text(statement.goal));
        q.addBindValue(text(statement.wentWell));
        q.addBindValue(text(statement.openPoints));
        q.addBindValue(text(actor.trimmed()));
        q.addBindValue(text(Timestamps::toText(now)));
        ok = q.exec();
    }
    if (!ok) {
        error = q.lastError().text();
        store->rollback();
        return ActionResult::failure(tr("The result statement was not saved: %1").arg(error));
    }
    for (const Field &f : fields) {
        if (f.oldValue == f.newValue)
            continue;
        AuditRecord r;
        r.at = now;
        r.actor = actor.trimmed();
        r.action = QStringLiteral("result.edit");
        r.entity = QStringLiteral("result");
        r.entityId = 1;
        r.field = QLatin1String(f.column);
        r.oldValue = f.oldValue;
        r.newValue = f.newValue;
        r.reason = reason.trimmed();
        if (!AuditChain::append(db, r, &error)) {
            store->rollback();
            return ActionResult::failure(tr("The result statement was not saved: %1").arg(error));
        }
    }
    if (!store->commit(&error))
        return ActionResult::failure(tr("The result statement was not saved: %1").arg(error));
    m_result.goal = statement.goal;
    m_result.wentWell = statement.wentWell;
    m_result.openPoints = statement.openPoints;
    m_result.updatedBy = actor.trimmed();
    m_result.updatedAt = now;
    Q_EMIT resultStatementChanged();
    return ActionResult::success();
}

QString LessonsLearned::resultStatementText() const
{
    QStringList parts;
    if (!m_result.goal.trimmed().isEmpty())
        parts << tr("Goal: %1").arg(m_result.goal.trimmed());
    if (!m_result.wentWell.trimmed().isEmpty())
        parts << tr("What went well: %1").arg(m_result.wentWell.trimmed());
    if (!m_result.openPoints.trimmed().isEmpty())
        parts << tr("What is open: %1").arg(m_result.openPoints.trimmed());
    return parts.join(QLatin1Char('\n'));
}

ActionResult LessonsLearned::markResultFinal(const QString &actor, Outbox *outbox)
{
    if (ActionResult r = checkWritable(actor); !r)
        return r;
    return ElectronicSignature::withDeclared(
        [&]() { return resultFinalStatement(actor.trimmed(), QString()); },
        [&](const ElectronicSignature &s) { return markFinal(s.statement.principal, &s, outbox); });
}

namespace {

QString finalRecord(const QString &statementText)
{
    return QStringLiteral("result statement: %1").arg(SignatureStatement::oneLine(statementText));
}

}

SignatureStatement LessonsLearned::resultFinalStatement(
    const QString &principal, const QString &displayName) const
{
    return ElectronicSignature::statementFor(m_session->store()->database(), SignatureAct::resultFinal,
        QStringLiteral("result"), 1, finalRecord(resultStatementText()), principal, displayName);
}

ActionResult LessonsLearned::markResultFinal(const ElectronicSignature &signature, Outbox *outbox)
{
    return markFinal(signature.statement.principal, &signature, outbox);
}

ActionResult LessonsLearned::markFinal(
    const QString &actor, const ElectronicSignature *signature, Outbox *outbox)
{
    if (ActionResult r = checkWritable(actor); !r)
        return r;
    if (isResultFinal())
        return ActionResult::failure(
            tr("The result statement was already marked final by %1 on %2.")
                .arg(m_finalBy, m_finalAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    if (m_result.isEmpty())
        return ActionResult::failure(
            tr("The result statement is empty; write what the cutover achieved first."));
    SessionStore *store = m_session->store();
    QString error;
    if (!store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = store->database();
    if (signature) {
        // Inside the transaction: the trail (and so the statement text) is as signed; verified if required.
        QString problem = signature->check(
            db, SignaturePolicyText::read(db), SignatureAct::resultFinal, QStringLiteral("result"), 1);
        if (problem.isEmpty() && signature->statement.record != finalRecord(resultStatementText()))
            problem = tr("The signed statement is not the result statement as it is now; sign again.");
        if (problem.isEmpty() && !SignatureStore::write(db, *signature, nullptr, &error))
            problem = tr("The result statement was not marked final: %1").arg(error);
        if (!problem.isEmpty()) {
            store->rollback();
            return ActionResult::failure(problem);
        }
    }
    const QDateTime now = Timestamps::now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO result_final (id, final_by, final_at) VALUES (1, ?, ?)"));
    q.addBindValue(text(actor.trimmed()));
    q.addBindValue(Timestamps::toText(now));
    if (!q.exec()) {
        error = q.lastError().text();
        store->rollback();
        return ActionResult::failure(tr("The result statement was not marked final: %1").arg(error));
    }
    AuditRecord r;
    r.at = now;
    r.actor = actor.trimmed();
    r.action = QStringLiteral("result.final");
    r.entity = QStringLiteral("result");
    r.entityId = 1;
    r.field = QStringLiteral("final");
    r.oldValue = QStringLiteral("");
    r.newValue = text(resultStatementText());
    r.reason = QStringLiteral("");
    if (!AuditChain::append(db, r, &error)) {
        store->rollback();
        return ActionResult::failure(tr("The result statement was not marked final: %1").arg(error));
    }
    if (outbox) {
        const QString title = tr("Result of the cutover");
        if (outbox->enqueueInTransaction(QStringLiteral("result"), 0, title, title, resultStatementText(),
                false, actor.trimmed(), &error)
            < 0) {
            store->rollback();
            return ActionResult::failure(
                tr("The result statement was not announced, so it was not marked final: %1").arg(error));
        }
    }
    if (!store->commit(&error))
        return ActionResult::failure(tr("The result statement was not marked final: %1").arg(error));
    m_finalBy = actor.trimmed();
    m_finalAt = now;
    if (outbox)
        outbox->kick();
    Q_EMIT resultStatementChanged();
    return ActionResult::success();
}

ActionResult LessonsLearned::addLesson(const Lesson &lesson, const QString &actor, qint64 *id)
{
    if (ActionResult r = checkWritable(actor); !r)
        return r;
    if (ActionResult r = checkLesson(lesson); !r)
        return r;
    SessionStore *store = m_session->store();
    QString error;
    if (!store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = store->database();
    Lesson l = lesson;
    l.id = store->nextId(QStringLiteral("lessons"));
    l.position = m_lessons.isEmpty() ? 0 : m_lessons.constLast().position + 1;
    l.createdBy = actor.trimmed();
    l.createdAt = Timestamps::now();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO lessons (id, position, text, action, owner, change_kind, change_target, "
                       "change_phase, change_task, change_new_text, change_expected, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(l.id);
    q.addBindValue(l.position);
    bindLessonFields(q, l);
    q.addBindValue(text(l.createdBy));
    q.addBindValue(text(Timestamps::toText(l.createdAt)));
    AuditRecord r;
    r.at = l.createdAt;
    r.actor = l.createdBy;
    r.action = QStringLiteral("lesson.add");
    r.entity = QStringLiteral("lesson");
    r.entityId = l.id;
    r.newValue = compact(lessonJson(l));
    if (!q.exec()) {
        error = q.lastError().text();
        store->rollback();
        return ActionResult::failure(tr("The lesson was not saved: %1").arg(error));
    }
    if (!AuditChain::append(db, r, &error)) {
        store->rollback();
        return ActionResult::failure(tr("The lesson was not saved: %1").arg(error));
    }
    if (!store->commit(&error))
        return ActionResult::failure(tr("The lesson was not saved: %1").arg(error));
    m_lessons.append(l);
    if (id)
        *id = l.id;
    Q_EMIT lessonsChanged();
    return ActionResult::success();
}

ActionResult LessonsLearned::updateLesson(const Lesson &lesson, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(actor); !r)
        return r;
    int index = -1;
    for (int i = 0; i < m_lessons.size(); ++i) {
        if (m_lessons.at(i).id == lesson.id)
            index = i;
    }
    if (index < 0)
        return ActionResult::failure(tr("There is no lesson %1 in this session.").arg(lesson.id));
    if (ActionResult r = checkLesson(lesson); !r)
        return r;
    const Lesson old = m_lessons.at(index);
    const QJsonObject oldJson = lessonJson(old);
    const QJsonObject newJson = lessonJson(lesson);
    if (oldJson == newJson)
        return ActionResult::success();

    SessionStore *store = m_session->store();
    QString error;
    if (!store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE lessons SET text = ?, action = ?, owner = ?, change_kind = ?, change_target = ?, "
        "change_phase = ?, change_task = ?, change_new_text = ?, change_expected = ? "
        "WHERE id = ?"));
    bindLessonFields(q, lesson);
    q.addBindValue(lesson.id);
    if (!q.exec()) {
        error = q.lastError().text();
        store->rollback();
        return ActionResult::failure(tr("The lesson was not saved: %1").arg(error));
    }
    const QDateTime now = Timestamps::now();
    for (auto it = newJson.constBegin(); it != newJson.constEnd(); ++it) {
        const QString oldValue = oldJson.value(it.key()).toString();
        if (oldValue == it.value().toString())
            continue;
        AuditRecord r;
        r.at = now;
        r.actor = actor.trimmed();
        r.action = QStringLiteral("lesson.edit");
        r.entity = QStringLiteral("lesson");
        r.entityId = lesson.id;
        r.field = it.key();
        r.oldValue = oldValue;
        r.newValue = it.value().toString();
        r.reason = reason.trimmed();
        if (!AuditChain::append(db, r, &error)) {
            store->rollback();
            return ActionResult::failure(tr("The lesson was not saved: %1").arg(error));
        }
    }
    if (!store->commit(&error))
        return ActionResult::failure(tr("The lesson was not saved: %1").arg(error));
    Lesson updated = lesson;
    updated.position = old.position;
    updated.createdBy = old.createdBy;
    updated.createdAt = old.createdAt;
    m_lessons[index] = updated;
    Q_EMIT lessonsChanged();
    return ActionResult::success();
}

ActionResult LessonsLearned::removeLesson(qint64 id, const QString &actor, const QString &reason)
{
    if (ActionResult r = checkWritable(actor); !r)
        return r;
    int index = -1;
    for (int i = 0; i < m_lessons.size(); ++i) {
        if (m_lessons.at(i).id == id)
            index = i;
    }
    if (index < 0)
        return ActionResult::failure(tr("There is no lesson %1 in this session.").arg(id));
    SessionStore *store = m_session->store();
    QString error;
    if (!store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM lessons WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        error = q.lastError().text();
        store->rollback();
        return ActionResult::failure(tr("The lesson was not removed: %1").arg(error));
    }
    AuditRecord r;
    r.actor = actor.trimmed();
    r.action = QStringLiteral("lesson.remove");
    r.entity = QStringLiteral("lesson");
    r.entityId = id;
    r.oldValue = compact(lessonJson(m_lessons.at(index)));
    r.reason = reason.trimmed();
    if (!AuditChain::append(db, r, &error)) {
        store->rollback();
        return ActionResult::failure(tr("The lesson was not removed: %1").arg(error));
    }
    if (!store->commit(&error))
        return ActionResult::failure(tr("The lesson was not removed: %1").arg(error));
    m_lessons.removeAt(index);
    Q_EMIT lessonsChanged();
    return ActionResult::success();
}
