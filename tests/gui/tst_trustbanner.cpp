// SPDX-License-Identifier: GPL-3.0-or-later
// The window opens a session it does not trust read-only, with the banner naming what it would run;
// nothing runs; after Review and trust… it is opened again writable and runs.
#include "checklist/CutoverSession.h"
#include "session/SessionRuntime.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"
#include "trust/SessionTrust.h"
#include "trust/TrustBanner.h"
#include "trust/TrustDialog.h"

#include "support/RawSqliteConnection.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestTrustBanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void untrustedSessionOpensReadOnlyUntilTrusted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mailed.cutover"));
        const QString marker = dir.filePath(QStringLiteral("marker"));
        {
            SessionInfo info;
            info.name = QStringLiteral("Mailed");
            QString error;
            QVERIFY2(CutoverSession::create(path, info, Runbook {}, QStringLiteral("mallory"), &error),
                qPrintable(error));
            RawSqliteConnection raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO traffic_backend (id, backend_id, config, set_at, set_by) "
                               "VALUES (1, 'command', '{\"apply_command\": \"/bin/sh\", "
                               "\"read_command\": \"/bin/sh\", \"old\": \"-c\", \"new\": \"touch %1; "
                               "echo 0\"}', 'x', 'mallory')")
                    .arg(marker)));
        }
        UserIdentity identity;
        identity.setDisplayName(QStringLiteral("carol"), false);
        LanguageManager language;
        MainWindow window(&identity, &language);
        window.setQuiet(true);
        window.resize(1400, 800);
        QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
        window.show();
        SessionView *view = window.sessionView();
        QVERIFY(view->session()->isReadOnly());
        QVERIFY(!view->runtime()->runs());
        TrustBanner *banner = view->trustBanner();
        QVERIFY(banner && banner->isVisible());
        const QString text = banner->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("Untrusted")) && text.contains(QStringLiteral("/bin/sh -c")),
            qPrintable(text));
        QTest::qWait(1000);
        QVERIFY(!QFile::exists(marker));
        if (const QString shot = qEnvironmentVariable("TRUST_SCREENSHOT"); !shot.isEmpty())
            window.grab().save(shot);

        // Keep read-only: nothing changes.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<TrustDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->manifestView()->toPlainText().contains(
                QStringLiteral("program: /bin/sh -c 'touch ")));
            if (const QString shot = qEnvironmentVariable("TRUST_DIALOG_SCREENSHOT"); !shot.isEmpty())
                dialog->grab().save(shot);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(banner->reviewButton(), Qt::Key_Space);
        QVERIFY(window.sessionView()->session()->isReadOnly());

        // Trust: opened again, writable, running.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<TrustDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text().contains(QStringLiteral("Trust")))
                    b->click();
        });
        QTest::keyClick(banner->reviewButton(), Qt::Key_Space);
        QTRY_VERIFY(window.sessionView() != view || !window.sessionView()->session()->isReadOnly());
        QTRY_VERIFY(!window.sessionView()->session()->isReadOnly());
        QVERIFY(window.sessionView()->runtime()->runs());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000);
    }
};

QTEST_MAIN(TestTrustBanner)
#include "tst_trustbanner.moc"
