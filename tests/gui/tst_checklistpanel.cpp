// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the checklist of a real session in the main window with the keyboard, then reopens the file
// and checks what was stored; a declared sign-off says so in the table, a signed one does not.
#include "../support/SigningKeys.h"
#include "audit/AuditChain.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistPanel.h"
#include "checklist/CutoverSession.h"
#include "checklist/SignOffDelegate.h"
#include "identity/OperatingSystemAccount.h"
#include "runbook/RunbookTemplates.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/SessionStatusStrip.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "signing/ElectronicSignature.h"
#include "signing/SignatureDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

class TestChecklistPanelGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void driveTheChecklistWithTheKeyboard();
    void refusedActionIsShown();
    void languageSwitchesLive();
    void declaredSignOffIsMarked();

private:
    QString createSession(const QString &name, const QString &signatures = QString());
    void answerNextDialog(const QString &objectName, const QString &text);
    void confirmNextSignOff(QString *refusal = nullptr);
    QTemporaryDir m_dir;
};

void TestChecklistPanelGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never touch the settings of the person running the tests.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("cutover-cockpit-test"));
}

QString TestChecklistPanelGui::createSession(const QString &name, const QString &signatures)
{
    SessionInfo info;
    info.name = name;
    info.signatures = signatures;
    QString error;
    const QString path = m_dir.filePath(name + QStringLiteral(".cutover"));
    auto session = CutoverSession::create(
        path, info, RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    if (!session)
        qWarning("%s", qPrintable(error));
    return session ? path : QString();
}

void TestChecklistPanelGui::confirmNextSignOff(QString *refusal)
{
    // The signature dialog of a declared session: "Record (declared)". A refusal shows in the dialog
    // (which stays open; it is then cancelled); an accepted act closes it.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    auto clicked = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, this, [timer, refusal, clicked] {
        auto *dialog = qobject_cast<SignatureDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (*clicked) { // accepted and gone
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        if (!*clicked) {
            *clicked = true;
            dialog->signButton()->click();
            return;
        }
        if (dialog->errorText().isEmpty())
            return;
        timer->stop();
        timer->deleteLater();
        if (refusal)
            *refusal = dialog->errorText();
        dialog->reject();
    });
    timer->start();
}

void TestChecklistPanelGui::answerNextDialog(const QString &objectName, const QString &text)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, objectName, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->setTextValue(text);
        dialog->accept();
    });
    timer->start();
}

void TestChecklistPanelGui::driveTheChecklistWithTheKeyboard()
{
    const QString path = createSession(QStringLiteral("keyboard"));
    QVERIFY(!path.isEmpty());
    qint64 ids[5] = {};
    {
        QString error;
        auto s = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(s, qPrintable(error));
        const QList<ChecklistItem> prep = s->items(s->phases().at(0).id);
        for (int i = 0; i < 5; ++i)
            ids[i] = prep.at(i).id;
    }

    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("carol"), false);
    LanguageManager language;
    auto window = std::make_unique<MainWindow>(&identity, &language);
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openSession(path));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ChecklistPanel *panel = window->sessionView()->checklistPanel();
    QTableView *table = panel->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    CutoverSession *session = window->sessionView()->session();
    QCOMPARE(panel->currentItemId(), ids[0]);

    // Down twice to the third item (no sign-off needed); Space: open -> in progress -> done.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(panel->currentItemId(), ids[2]);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(session->item(ids[2]).status, ItemStatus::InProgress);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(session->item(ids[2]).status, ItemStatus::Done);
    // Recorded as the principal (the OS account), not the display name "carol".
    QCOMPARE(session->item(ids[2]).completedBy, OperatingSystemAccount::accountName());

    // Enter edits the notes.
    answerNextDialog(QStringLiteral("notesDialog"), QStringLiteral("baseline 120 ms p95"));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(session->item(ids[2]).notes, QStringLiteral("baseline 120 ms p95"));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());

    // Next item: start it with the I key, fail it with F.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(panel->currentItemId(), ids[3]);
    QTest::keyClick(table, Qt::Key_I);
    QCOMPARE(session->item(ids[3]).status, ItemStatus::InProgress);
    QTest::keyClick(table, Qt::Key_F);
    QCOMPARE(session->item(ids[3]).status, ItemStatus::Failed);

    // Next item: skip it with S, answering the reason dialog.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(panel->currentItemId(), ids[4]);
    answerNextDialog(QStringLiteral("skipReasonDialog"), QStringLiteral("monitoring is owned by the vendor"));
    QTest::keyClick(table, Qt::Key_S);
    QTRY_COMPARE(session->item(ids[4]).status, ItemStatus::Skipped);
    QCOMPARE(session->item(ids[4]).skipReason, QStringLiteral("monitoring is owned by the vendor"));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());

    // Ctrl+Z takes the skip back (as a new audited change).
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session->item(ids[4]).status, ItemStatus::Open);
    // Ctrl+Shift+Z redoes it, Ctrl+Z once more undoes it again.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(session->item(ids[4]).status, ItemStatus::Skipped);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session->item(ids[4]).status, ItemStatus::Open);

    // The status strip follows the audit chain.
    QCOMPARE(window->sessionView()->statusStrip()->headHash(), session->headHash());

    window.reset(); // closes the session

    QString error;
    auto reopened = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->item(ids[2]).status, ItemStatus::Done);
    QCOMPARE(reopened->item(ids[2]).notes, QStringLiteral("baseline 120 ms p95"));
    QCOMPARE(reopened->item(ids[3]).status, ItemStatus::Failed);
    QCOMPARE(reopened->item(ids[4]).status, ItemStatus::Open);
    QVERIFY(reopened->item(ids[4]).skipReason.isEmpty());
    const QList<AuditRecord> trail = AuditChain::readAll(reopened->store()->database());
    bool undoRecorded = false;
    for (const AuditRecord &r : trail)
        undoRecorded |= r.entityId == ids[4] && r.reason == QLatin1String("undo")
            && r.actor == OperatingSystemAccount::accountName();
    QVERIFY(undoRecorded);
    QVERIFY(AuditChain::verify(reopened->store()->database()).intact);
}

void TestChecklistPanelGui::refusedActionIsShown()
{
    const QString path = createSession(QStringLiteral("refused"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("alice"), false);
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSession(path));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ChecklistPanel *panel = window.sessionView()->checklistPanel();
    QTableView *table = panel->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    CutoverSession *session = window.sessionView()->session();
    const qint64 first = panel->currentItemId(); // needs a sign-off
    QTest::keyClick(table, Qt::Key_D);
    QCOMPARE(session->item(first).status, ItemStatus::AwaitingSignOff);
    // Space on an item awaiting sign-off is refused, and the refusal is shown.
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_VERIFY(panel->messageBar()->isVisible());
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("Reopen")));
    // The one at the keyboard completed it (the operating-system account, whatever display name is set):
    // signing it off is refused by the core rule, and shown. Nobody can type another name.
    const QString me = OperatingSystemAccount::accountName();
    QCOMPARE(session->item(first).completedBy, me);
    QString refusal;
    confirmNextSignOff(&refusal);
    panel->itemAction(ChecklistPanel::SignOff)->trigger();
    QVERIFY2(refusal.contains(QStringLiteral("second person")), qPrintable(refusal));
    QCOMPARE(session->item(first).status, ItemStatus::AwaitingSignOff);
    // When another principal completed it, the one here can sign it off.
    QVERIFY(session->setStatus(first, ItemStatus::Open, QStringLiteral("alice"), QStringLiteral("redo")));
    QVERIFY(session->setStatus(first, ItemStatus::Done, QStringLiteral("alice"), QString()));
    confirmNextSignOff();
    panel->itemAction(ChecklistPanel::SignOff)->trigger();
    QTRY_COMPARE(session->item(first).status, ItemStatus::Done);
    QCOMPARE(session->item(first).signedOffBy, me);
}

void TestChecklistPanelGui::languageSwitchesLive()
{
    const QString path = createSession(QStringLiteral("language"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    identity.setDisplayName(QStringLiteral("alice"), false);
    // The .qm files the build made for the application.
    LanguageManager language(QStringLiteral(COCKPIT_BIN_DIR "/../app"));
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&identity, &language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSession(path));
    QTableView *table = window.sessionView()->checklistPanel()->table();
    QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Task"));
    QCOMPARE(window.sessionView()->tabs()->tabText(0), QStringLiteral("Checklist"));

    language.setLanguage(QStringLiteral("de"));
    QTRY_COMPARE(window.sessionView()->tabs()->tabText(0), QStringLiteral("Checkliste"));
    QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Aufgabe"));
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Offen"));
    QCOMPARE(window.sessionView()->checklistPanel()->itemAction(ChecklistPanel::Done)->text(),
        QStringLiteral("&Erledigt"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("stripMode"))->text() == QStringLiteral("PROBE"));

    language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.sessionView()->tabs()->tabText(0), QStringLiteral("Checklist"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("stripMode"))->text() == QStringLiteral("REHEARSAL"));
}

void TestChecklistPanelGui::declaredSignOffIsMarked()
{
    // A declared session (rehearsal default): alice completed an item, the one here signs it off.
    const QString path = createSession(QStringLiteral("declared-marker"));
    QVERIFY(!path.isEmpty());
    UserIdentity identity;
    LanguageManager language;
    MainWindow window(&identity, &language);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSession(path));
    ChecklistPanel *panel = window.sessionView()->checklistPanel();
    QTableView *table = panel->table();
    CutoverSession *session = window.sessionView()->session();
    QCOMPARE(session->signaturePolicy(), SignaturePolicy::Declared);
    const qint64 first = panel->currentItemId();
    QVERIFY(session->item(first).signOffRequired);
    QVERIFY(session->setStatus(first, ItemStatus::Done, QStringLiteral("alice")));
    auto *delegate = qobject_cast<SignOffDelegate *>(table->itemDelegateForColumn(ChecklistModel::SignOff));
    QVERIFY(delegate);
    const QModelIndex cell = table->currentIndex().siblingAtColumn(ChecklistModel::SignOff);
    QCOMPARE(cell.data(ChecklistModel::ItemIdRole).toLongLong(), first);
    QVERIFY(!delegate->isDeclared(cell)); // awaiting: nobody signed off yet, nothing to mark
    QVERIFY(delegate->declaredToolTip(cell).isEmpty());
    confirmNextSignOff();
    panel->itemAction(ChecklistPanel::SignOff)->trigger();
    QTRY_COMPARE(session->item(first).status, ItemStatus::Done);
    const QString me = OperatingSystemAccount::accountName();
    QCOMPARE(cell.data().toString(), me);
    // The sign-off cell says in plain words that the identity was not verified; its tooltip says why and
    // shows the manifestation.
    QVERIFY(delegate->isDeclared(cell));
    QCOMPARE(SignOffDelegate::markerText(), QStringLiteral("declared, not verified"));
    const QString tip = delegate->declaredToolTip(cell);
    QVERIFY2(tip.startsWith(QStringLiteral("Identity declared, not verified: %1").arg(me)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("reviewed and approved; identities declared, not verified")),
        qPrintable(tip));
    QVERIFY(table->columnWidth(ChecklistModel::SignOff) >= SignOffDelegate::markerWidth(table->font()));
    // Hovering the cell shows that tooltip.
    const QRect rect = table->visualRect(cell);
    QVERIFY(rect.isValid());
    QHelpEvent hover(QEvent::ToolTip, rect.center(), table->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(table->viewport(), &hover);
    QTRY_COMPARE(QToolTip::text(), tip);
    QToolTip::hideText();
    if (!qEnvironmentVariableIsEmpty("COCKPIT_SCREENSHOT_DIR"))
        table->grab().save(qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR")
            + QStringLiteral("/checklist-declared-signoff.png"));
    // Withdrawn, the marker goes with the sign-off.
    QVERIFY(session->withdrawSignOff(first, me, QStringLiteral("looked again")));
    QTRY_VERIFY(!delegate->isDeclared(cell));
    window.close();

    // A required session whose sign-off a key signed: no marker.
    SigningKeys keys;
    const QString bob = keys.make(QStringLiteral("id_bob"));
    QVERIFY(!bob.isEmpty());
    const QString signers = keys.allowedSigners(
        QStringLiteral("allowed_signers"), { { QStringLiteral("bob"), QStringLiteral("id_bob") } });
    const QString signedPath = createSession(QStringLiteral("signed-marker"), QStringLiteral("required"));
    QVERIFY(!signedPath.isEmpty());
    qint64 item = 0;
    {
        QString error;
        auto s = CutoverSession::open(signedPath, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(s, qPrintable(error));
        item = s->items(s->phases().at(0).id).at(0).id;
        QVERIFY(s->setStatus(item, ItemStatus::Done, QStringLiteral("alice")));
        const ElectronicSignature signature = ElectronicSignature::sign(
            s->signOffStatement(item, QStringLiteral("bob"), QString()), bob, {}, signers, &error);
        QVERIFY2(!signature.isDeclared(), qPrintable(error));
        const ActionResult r = s->signOff(item, signature);
        QVERIFY2(r, qPrintable(r.error));
    }
    MainWindow signedWindow(&identity, &language);
    signedWindow.setQuiet(true); // nobody signs in: read-only, enough to look
    QVERIFY(signedWindow.openSession(signedPath));
    QTableView *signedTable = signedWindow.sessionView()->checklistPanel()->table();
    auto *signedDelegate
        = qobject_cast<SignOffDelegate *>(signedTable->itemDelegateForColumn(ChecklistModel::SignOff));
    const QModelIndex signedCell = signedTable->currentIndex().siblingAtColumn(ChecklistModel::SignOff);
    QCOMPARE(signedCell.data(ChecklistModel::ItemIdRole).toLongLong(), item);
    QCOMPARE(signedCell.data().toString(), QStringLiteral("bob"));
    QVERIFY(!signedDelegate->isDeclared(signedCell));
    QVERIFY(signedDelegate->declaredToolTip(signedCell).isEmpty());
}

QTEST_MAIN(TestChecklistPanelGui)
#include "tst_checklistpanel.moc"
