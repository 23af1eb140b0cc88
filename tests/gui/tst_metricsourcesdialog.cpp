// SPDX-License-Identifier: GPL-3.0-or-later
// Session → Metric sources…: the dialog edits the session's metric source with the Prometheus editor; Save
// stores it in the session (audited, no secret) through the runtime, which starts the source; a session
// reopened in a new window resumes it.
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "identity/OperatingSystemAccount.h"
#include "metrics/MetricSourcesDialog.h"
#include "metrics/PrometheusSourceEditor.h"
#include "metrics/SessionMetricSources.h"
#include "metrics/sources/MetricSource.h"
#include "runbook/RunbookTemplates.h"
#include "session/SessionRuntime.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/SessionCommands.h"
#include "shell/SessionView.h"
#include "shell/UserIdentity.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestMetricSourcesDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(
            QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("cutover-cockpit-test"));
        qputenv("COCKPIT_NO_KEYCHAIN", "1");
    }

    void savesTheSourceIntoTheSession()
    {
        SessionInfo info;
        info.name = QStringLiteral("Sources");
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("sources.cutover"));
        QVERIFY2(CutoverSession::create(path, info, RunbookTemplates::defaultRunbook(QStringLiteral("en")),
                     QStringLiteral("alice"), &error),
            qPrintable(error));
        UserIdentity identity;
        identity.setDisplayName(QStringLiteral("carol"), false);
        LanguageManager language;
        {
            MainWindow window(&identity, &language);
            window.setQuiet(true);
            QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
            window.show();
            SessionView *view = window.sessionView();
            QAction *action = view->commands()->metricSourcesAction();
            // In the Session menu.
            bool inMenu = false;
            for (QAction *menu : window.menuBar()->actions())
                if (menu->menu() && menu->menu()->actions().contains(action))
                    inMenu = true;
            QVERIFY(inMenu);
            action->trigger();
            auto *dialog = view->findChild<MetricSourcesDialog *>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->settings().kind, MetricSourceSettings::Kind::None);
            QAbstractButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);

            dialog->kindBox()->setCurrentIndex(1); // Prometheus
            QVERIFY(!save->isEnabled()); // no address yet
            QLineEdit *url = nullptr;
            for (QLineEdit *e : dialog->prometheusEditor()->findChildren<QLineEdit *>())
                if (e->placeholderText() == QLatin1String("http://127.0.0.1:9090"))
                    url = e;
            QVERIFY(url);
            url->setFocus();
            QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:9"));
            QTRY_VERIFY(save->isEnabled());
            if (const QByteArray shots = qgetenv("COCKPIT_SCREENSHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(
                    QString::fromLocal8Bit(shots) + QStringLiteral("/metric-sources-dialog.png"));
            save->click();
            QTRY_VERIFY(!dialog->isVisible());

            // Stored in the session, audited, and running in this cockpit.
            const MetricSourceSettings stored = SessionMetricSources(view->session()->store()).load();
            QCOMPARE(stored.kind, MetricSourceSettings::Kind::Prometheus);
            QCOMPARE(stored.prometheus.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
            QCOMPARE(stored.prometheus.queries.size(), PrometheusSource::defaultQueries().size());
            bool audited = false;
            for (const AuditRecord &r : AuditChain::readAll(view->session()->store()->database()))
                audited = audited
                    || (r.action == QLatin1String("metrics.source")
                        && r.actor == OperatingSystemAccount::accountName()
                        && r.newValue.contains(QLatin1String("http://127.0.0.1:9")));
            QVERIFY(audited);
            QVERIFY(view->runtime()->metricSource());
            QCOMPARE(view->runtime()->metricSource()->kind(), QStringLiteral("prometheus"));
            QVERIFY(view->runtime()->metricSource()->isRunning());
        }
        // Reopened: the same source is started again, and the dialog shows it.
        MainWindow window(&identity, &language);
        window.setQuiet(true);
        QVERIFY2(window.openSession(path), qPrintable(window.lastError()));
        SessionView *view = window.sessionView();
        QVERIFY(view->runtime()->metricSource());
        QVERIFY(view->runtime()->metricSource()->isRunning());
        view->commands()->metricSourcesAction()->trigger();
        auto *dialog = view->findChild<MetricSourcesDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->settings().kind, MetricSourceSettings::Kind::Prometheus);
        QCOMPARE(dialog->settings().prometheus.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMetricSourcesDialog)
#include "tst_metricsourcesdialog.moc"
