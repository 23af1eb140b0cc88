// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "checklist/ChecklistActions.h"
#include "checklist/CutoverSession.h"
#include "checklist/SetItemStatusCommand.h"
#include "checklist/SetItemTextCommand.h"
#include "runbook/RunbookTemplates.h"
#include "store/SessionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestUndoCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void statusUndoRedoAreAuditedChanges();
    void undoOfSkipRestoresTheReason();
    void undoOfDoneAwaitingSignOff();
    void notesUndoRedo();
    void refusedActionsAreNotPushed();
    void signOffIsNotUndoable();
    void undoOfACompletionSignedOffSinceIsRefused();
    void theSignerUndoesTheirSignOffByWithdrawingIt();
    void failingUndoIsReportedAndDropped();
    void nothingChangedNothingPushed();

private:
    AuditRecord lastRecord() const;
    QTemporaryDir m_dir;
    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<ChecklistActions> m_actions;
    qint64 m_plain = 0; // an item without sign-off
    qint64 m_signed = 0; // an item that needs a sign-off
};

void TestUndoCommands::init()
{
    SessionInfo info;
    info.name = QStringLiteral("Undo test");
    QString error;
    m_session = CutoverSession::create(m_dir.filePath(QStringLiteral("u.cutover")), info,
        RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    QVERIFY2(m_session, qPrintable(error));
    m_actions = std::make_unique<ChecklistActions>(m_session.get());
    m_actions->setActor(QStringLiteral("alice"));
    const QList<ChecklistItem> items = m_session->allItems();
    m_signed = items.at(0).id;
    m_plain = items.at(2).id;
    QVERIFY(items.at(0).signOffRequired);
    QVERIFY(!items.at(2).signOffRequired);
}

void TestUndoCommands::cleanup()
{
    m_actions.reset();
    const QString path = m_session ? m_session->path() : QString();
    m_session.reset();
    QFile::remove(path);
}

AuditRecord TestUndoCommands::lastRecord() const
{
    const QList<AuditRecord> all = AuditChain::readAll(m_session->store()->database());
    return all.isEmpty() ? AuditRecord() : all.constLast();
}

void TestUndoCommands::statusUndoRedoAreAuditedChanges()
{
    QUndoStack *stack = m_actions->undoStack();
    QVERIFY(m_actions->setStatus(m_plain, ItemStatus::InProgress));
    QCOMPARE(stack->count(), 1);
    QVERIFY(m_actions->advanceStatus(m_plain));
    QCOMPARE(m_session->item(m_plain).status, ItemStatus::Done);
    QCOMPARE(stack->count(), 2);
    const qint64 before = m_session->auditRecordCount();

    stack->undo();
    QCOMPARE(m_session->item(m_plain).status, ItemStatus::InProgress);
    QVERIFY(m_session->auditRecordCount() > before); // appended, nothing erased
    AuditRecord r = lastRecord();
    QCOMPARE(r.reason, QStringLiteral("undo"));
    QCOMPARE(r.actor, QStringLiteral("alice"));

    stack->redo();
    QCOMPARE(m_session->item(m_plain).status, ItemStatus::Done);
    QCOMPARE(lastRecord().reason, QStringLiteral("redo"));

    stack->undo();
    stack->undo();
    QCOMPARE(m_session->item(m_plain).status, ItemStatus::Open);
    QVERIFY(!m_session->item(m_plain).actualStart.isValid());
    QVERIFY(AuditChain::verify(m_session->store()->database()).intact);
}

void TestUndoCommands::undoOfSkipRestoresTheReason()
{
    QVERIFY(m_actions->setStatus(m_plain, ItemStatus::Skipped, QStringLiteral("covered by the vendor")));
    QVERIFY(m_actions->setStatus(m_plain, ItemStatus::InProgress));
    m_actions->undoStack()->undo();
    QCOMPARE(m_session->item(m_plain).status, ItemStatus::Skipped);
    QCOMPARE(m_session->item(m_plain).skipReason, QStringLiteral("covered by the vendor"));
    m_actions->undoStack()->undo();
    QCOMPARE(m_session->item(m_plain).status, ItemStatus::Open);
    QVERIFY(m_session->item(m_plain).skipReason.isEmpty());
    m_actions->undoStack()->redo();
    QCOMPARE(m_session->item(m_plain).skipReason, QStringLiteral("covered by the vendor"));
}

void TestUndoCommands::undoOfDoneAwaitingSignOff()
{
    QVERIFY(m_actions->setStatus(m_signed, ItemStatus::Done));
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::AwaitingSignOff);
    QVERIFY(m_actions->setStatus(m_signed, ItemStatus::Failed));
    m_actions->undoStack()->undo();
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::AwaitingSignOff);
    m_actions->undoStack()->redo();
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::Failed);
}

void TestUndoCommands::notesUndoRedo()
{
    QUndoStack *stack = m_actions->undoStack();
    QVERIFY(m_actions->setText(m_plain, SetItemTextCommand::Field::Notes, QStringLiteral("first")));
    QVERIFY(m_actions->setText(m_plain, SetItemTextCommand::Field::Notes, QStringLiteral("second")));
    QVERIFY(m_actions->setText(
        m_plain, SetItemTextCommand::Field::Evidence, QStringLiteral("https://x.example/1")));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QVERIFY(m_session->item(m_plain).evidence.isEmpty());
    stack->undo();
    QCOMPARE(m_session->item(m_plain).notes, QStringLiteral("first"));
    const AuditRecord r = lastRecord();
    QCOMPARE(r.field, QStringLiteral("notes"));
    QCOMPARE(r.oldValue, QStringLiteral("second"));
    QCOMPARE(r.newValue, QStringLiteral("first"));
    QCOMPARE(r.reason, QStringLiteral("undo"));
    stack->redo();
    QCOMPARE(m_session->item(m_plain).notes, QStringLiteral("second"));
    QCOMPARE(lastRecord().reason, QStringLiteral("redo"));
    QVERIFY(!stack->undoText().isEmpty());
}

void TestUndoCommands::refusedActionsAreNotPushed()
{
    QSignalSpy failed(m_actions.get(), &ChecklistActions::actionFailed);
    qint64 records = m_session->auditRecordCount();
    // Skipping needs a reason.
    QVERIFY(!m_actions->setStatus(m_plain, ItemStatus::Skipped, QStringLiteral("  ")));
    QCOMPARE(m_session->auditRecordCount(), records);
    // A finished item does not advance.
    QVERIFY(m_actions->setStatus(m_plain, ItemStatus::Skipped, QStringLiteral("n/a")));
    records = m_session->auditRecordCount();
    QVERIFY(!m_actions->advanceStatus(m_plain));
    QCOMPARE(m_session->auditRecordCount(), records);
    // The person who completed an item cannot sign it off.
    QVERIFY(m_actions->setStatus(m_signed, ItemStatus::Done));
    records = m_session->auditRecordCount();
    const ActionResult own = m_actions->signOff(m_signed);
    QVERIFY(!own);
    QVERIFY(own.error.contains(QStringLiteral("second person")));
    QCOMPARE(m_session->auditRecordCount(), records);
    // No name, no change.
    m_actions->setActor(QString());
    QVERIFY(!m_actions->setText(m_plain, SetItemTextCommand::Field::Notes, QStringLiteral("x")));
    QCOMPARE(m_session->auditRecordCount(), records);
    QCOMPARE(failed.count(), 4);
    QCOMPARE(m_actions->undoStack()->count(), 2); // only the two accepted changes
    for (const QList<QVariant> &args : failed)
        QVERIFY(!args.at(0).toString().isEmpty());
}

void TestUndoCommands::signOffIsNotUndoable()
{
    QVERIFY(m_actions->setStatus(m_signed, ItemStatus::Done));
    QCOMPARE(m_actions->undoStack()->count(), 1);
    // Bob signs off (in his own window: nobody types another person's name into Alice's).
    QVERIFY(m_session->signOff(m_signed, QStringLiteral("bob")));
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::Done);
    QCOMPARE(m_session->item(m_signed).signedOffBy, QStringLiteral("bob"));
    QCOMPARE(m_actions->undoStack()->count(), 1);
}

// Alice completes, Bob signs off (elsewhere): Alice's undo must not clear Bob's sign-off.
void TestUndoCommands::undoOfACompletionSignedOffSinceIsRefused()
{
    QVERIFY(m_actions->setStatus(m_signed, ItemStatus::Done));
    QVERIFY(m_session->signOff(m_signed, QStringLiteral("bob")));
    QSignalSpy failed(m_actions.get(), &ChecklistActions::actionFailed);
    const qint64 records = m_session->auditRecordCount();
    m_actions->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("signed off by bob")));
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::Done);
    QCOMPARE(m_session->item(m_signed).signedOffBy, QStringLiteral("bob"));
    QCOMPARE(m_session->item(m_signed).completedBy, QStringLiteral("alice"));
    QCOMPARE(m_session->auditRecordCount(), records);
    QCOMPARE(m_actions->undoStack()->count(), 0);
    // Nor can Alice withdraw it.
    QVERIFY(!m_actions->withdrawSignOff(m_signed, QStringLiteral("mine")));
    QCOMPARE(m_session->item(m_signed).signedOffBy, QStringLiteral("bob"));
}

// Bob signs off in his own window; his undo withdraws the sign-off (his recorded act), redo gives it again.
void TestUndoCommands::theSignerUndoesTheirSignOffByWithdrawingIt()
{
    QVERIFY(m_actions->setStatus(m_signed, ItemStatus::Done));
    m_actions->setActor(QStringLiteral("bob"));
    QCOMPARE(m_actions->undoStack()->count(), 0); // another person: an undo stack of their own
    QVERIFY(m_actions->signOff(m_signed));
    QCOMPARE(m_actions->undoStack()->count(), 1);
    m_actions->undoStack()->undo();
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::AwaitingSignOff);
    QCOMPARE(m_session->item(m_signed).signedOffBy, QString());
    QCOMPARE(m_session->item(m_signed).completedBy, QStringLiteral("alice"));
    m_actions->undoStack()->redo();
    QCOMPARE(m_session->item(m_signed).status, ItemStatus::Done);
    QCOMPARE(m_session->item(m_signed).signedOffBy, QStringLiteral("bob"));
    QCOMPARE(m_session->item(m_signed).completedBy, QStringLiteral("alice"));
    bool withdrawn = false;
    for (const AuditRecord &r : AuditChain::readAll(m_session->store()->database()))
        withdrawn = withdrawn
            || (r.action == QLatin1String("item.signoff.withdraw") && r.actor == QLatin1String("bob"));
    QVERIFY(withdrawn);
    const AuditChain::Verification v = AuditChain::verify(m_session->store()->database());
    QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char(';'))));
}

void TestUndoCommands::failingUndoIsReportedAndDropped()
{
    QVERIFY(m_actions->setText(m_plain, SetItemTextCommand::Field::Owner, QStringLiteral("carol")));
    QSignalSpy failed(m_actions.get(), &ChecklistActions::actionFailed);
    m_actions->setActor(QString());
    // The command keeps the actor who made the change, so undo works even after the name was cleared.
    m_actions->undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_session->item(m_plain).owner, QString());

    // A command whose undo is refused by the session reports it and leaves the stack.
    QUndoStack stack;
    QString reported;
    stack.push(new SetItemTextCommand(m_session.get(), m_plain, SetItemTextCommand::Field::Notes,
        QStringLiteral("a"), QStringLiteral("b"), QString(), [&](const QString &e) { reported = e; }));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(!reported.isEmpty());
    QCOMPARE(stack.count(), 0);
}

void TestUndoCommands::nothingChangedNothingPushed()
{
    QVERIFY(m_actions->setText(m_plain, SetItemTextCommand::Field::Notes, QString()));
    QVERIFY(m_actions->setStatus(m_plain, ItemStatus::Open));
    QCOMPARE(m_actions->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
