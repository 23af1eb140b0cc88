// SPDX-License-Identifier: GPL-3.0-or-later
// The lead's window follows the session file: what another process (cutoverctl) commits shows in every
// panel, and the strip's audit head is the one `cutoverctl audit verify` prints.
#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "incidents/IncidentLogModel.h"
#include "incidents/IncidentLogPanel.h"
#include "session/SessionRuntime.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/SessionStatusStrip.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "support/CtlProcess.h"
#include "support/OsAccount.h"
#include "support/SharedFolder.h"

#include <QAbstractItemModel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestFollowSession : public QObject {
    Q_OBJECT

    using Run = CtlResult;

    static Run ctl(const QStringList &args)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("COCKPIT_NO_KEYCHAIN"), QStringLiteral("1"));
        for (const char *c : { "SLACK", "TEAMS", "MATTERMOST" })
            e.remove(QStringLiteral("COCKPIT_%1_WEBHOOK").arg(QLatin1String(c)));
        return runCtl(args, 60000, e); // the window keeps polling meanwhile
    }

    // cutoverctl as a second person: another OS account (the principal is the account, not --by).
    static Run ctlAs(const OsAccount &account, const QString &dir, const QStringList &args)
    {
        SharedFolder::open(dir);
        QProcessEnvironment e;
        e.insert(QStringLiteral("COCKPIT_NO_KEYCHAIN"), QStringLiteral("1"));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const OsAccount::Result r = account.run(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), args, e);
        return { r.code, r.out, r.err };
    }

    static QString stateOfRow(QAbstractItemModel *model, int row)
    {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString text = model->index(row, c).data().toString();
            if (text == QLatin1String("Draft") || text == QLatin1String("Verified"))
                return text;
        }
        return {};
    }

private Q_SLOTS:
    void entriesAndTheHeadOfAnotherProcessShow()
    {
        QString why;
        if (!OsAccount::canCreate(&why))
            QSKIP(qPrintable(why)); // a second person is a second OS account
        OsAccount bob(QStringLiteral("bob"));
        QVERIFY2(bob.create(&why), qPrintable(why));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("follow.cutover"));
        Run r = ctl({ QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("default"),
            QStringLiteral("--name"), QStringLiteral("Follow"), QStringLiteral("--out"), path,
            QStringLiteral("--rehearsal"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.code == 0, qPrintable(r.err));

        UserIdentity identity;
        identity.setDisplayName(QStringLiteral("carol"), false);
        LanguageManager language;
        MainWindow window(&identity, &language);
        window.setQuiet(true);
        QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
        window.show();
        SessionView *view = window.sessionView();
        QVERIFY(view);
        auto *table = view->incidentLogPanel()->findChild<QTableView *>(QStringLiteral("incidentTable"));
        QVERIFY(table);
        QAbstractItemModel *rows = table->model();
        QCOMPARE(rows->rowCount(), 0);

        // Another process adds an entry and a second person verifies it.
        r = ctl({ QStringLiteral("log"), QStringLiteral("add"), path, QStringLiteral("--text"),
            QStringLiteral("Queue depth rising on the new path"), QStringLiteral("--by"),
            QStringLiteral("alice") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(view->runtime()->log()->entries().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, 5000);
        QCOMPARE(stateOfRow(rows, 0), QStringLiteral("Draft"));
        r = ctlAs(
            bob, dir.path(), { QStringLiteral("log"), QStringLiteral("verify"), path, QStringLiteral("1") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(rows, 0), QStringLiteral("Verified"), 5000);

        // A checklist change of another process shows too, and the strip's head is the file's head.
        r = ctl({ QStringLiteral("item"), path, QStringLiteral("1"), QStringLiteral("--status"),
            QStringLiteral("in-progress"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(view->session()->item(1).status, ItemStatus::InProgress, 5000);
        auto *strip = view->findChild<SessionStatusStrip *>();
        QVERIFY(strip);
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), path });
        QCOMPARE(r.code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(r.out.contains(strip->headHash()) && !strip->headHash().isEmpty(), 5000);

        // An entry verified in this window shows as verified at once (not "Draft" under a success message).
        QVERIFY(view->incidentLogPanel()->addEntry(QStringLiteral("Settlement feed delayed 2 min")));
        QTRY_COMPARE(rows->rowCount(), 2);
        r = ctlAs(
            bob, dir.path(), { QStringLiteral("log"), QStringLiteral("verify"), path, QStringLiteral("2") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(rows, 1), QStringLiteral("Verified"), 5000);
        r = ctlAs(bob, dir.path(),
            { QStringLiteral("log"), QStringLiteral("add"), path, QStringLiteral("--text"),
                QStringLiteral("Partner bank confirms settlement") });
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 3, 5000);
        table->selectRow(2);
        QVERIFY(view->incidentLogPanel()->verifySelected());
        QTRY_COMPARE(stateOfRow(rows, 2), QStringLiteral("Verified"));

        // And the head after this window's own commit is the file's head again.
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), path });
        QCOMPARE(r.code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(r.out.contains(strip->headHash()), 5000);
    }
};

QTEST_MAIN(TestFollowSession)
#include "tst_followsession.moc"
