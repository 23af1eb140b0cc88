// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "lessons/Lesson.h"
#include "lessons/ResultStatement.h"
#include "signing/ElectronicSignature.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class CutoverSession;
class Outbox;

// The result statement and the lessons learned of one session. Every change is checked (a name is given,
// a lesson has a text, a runbook change names what it changes), written together with its audit records
// in one transaction, and only then reflected in memory and signalled.
class LessonsLearned : public QObject {
    Q_OBJECT
public:
    // The session must outlive this object.
    explicit LessonsLearned(CutoverSession *session, QObject *parent = nullptr);

    // Re-reads from the session file; false with *error on a damaged file.
    bool load(QString *error);

    const ResultStatement &resultStatement() const { return m_result; }
    const QList<Lesson> &lessons() const { return m_lessons; }
    Lesson lesson(qint64 id) const;

    ActionResult setResultStatement(
        const ResultStatement &statement, const QString &actor, const QString &reason = {});
    // Marks the result statement final: recorded (with its audit record) once, and, when an outbox is given,
    // announced to its channels in the same transaction. A final statement is no longer edited.
    // Declared (actor = the declared principal); refused in Required sessions.
    ActionResult markResultFinal(const QString &actor, Outbox *outbox = nullptr);
    // The statement of marking the result final (act result.final, responsible for).
    SignatureStatement resultFinalStatement(const QString &principal, const QString &displayName) const;
    // The signed act: result_final.final_by receives the principal.
    ActionResult markResultFinal(const ElectronicSignature &signature, Outbox *outbox = nullptr);
    // The statement as one text for an announcement (labelled goal, what went well, what is open).
    QString resultStatementText() const;
    bool isResultFinal() const { return !m_finalBy.isEmpty(); }
    QString resultFinalBy() const { return m_finalBy; }
    QDateTime resultFinalAt() const { return m_finalAt; }

    // On success *id (if given) receives the new lesson's id.
    ActionResult addLesson(const Lesson &lesson, const QString &actor, qint64 *id = nullptr);
    ActionResult updateLesson(const Lesson &lesson, const QString &actor, const QString &reason = {});
    // The lesson's last state stays in the audit trail.
    ActionResult removeLesson(qint64 id, const QString &actor, const QString &reason = {});

    // Checks a runbook change for completeness (not against a runbook); empty when fine.
    static QString checkChange(const RunbookChange &change);

Q_SIGNALS:
    void resultStatementChanged();
    void lessonsChanged();

private:
    ActionResult checkWritable(const QString &actor) const;
    ActionResult checkLesson(const Lesson &lesson) const;
    ActionResult markFinal(const QString &actor, const ElectronicSignature *signature, Outbox *outbox);

    CutoverSession *m_session;
    ResultStatement m_result;
    QString m_finalBy; // who marked the result statement final, empty while it is not
    QDateTime m_finalAt;
    QList<Lesson> m_lessons;
};
