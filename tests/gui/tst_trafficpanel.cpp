// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficPanel and BackendConfigDialog, offscreen, driving a real engine on the simulated backend.
#include "shell/ActionReasonDialog.h"
#include "store/SessionStore.h"
#include "traffic/BackendConfigDialog.h"
#include "traffic/CutoverEngine.h"
#include "traffic/PlanEditDialog.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/TrafficPanel.h"

#include "traffic/TrafficLease.h"
#include "traffic/TrafficStore.h"
#include "traffic/gates/GateMeasurementModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

class TestTrafficPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSplitAndThePlan();
    void backendErrorIsImpossibleToMiss();
    void driftShowsBanner();
    void rollbackFromThePanel();
    void readOnlyHasNoActions();
    void runPlanAsksForARunReason();
    void configDialogFollowsTheSchema();
    void planDialogNamesProblems();
    void measurementsGroupedByRunAndStep();
    void showsTheControllerAndTakesOver();
    void reopenedAfterAnInterruptionShowsMeantAndInForce();

private:
    QLabel *label(TrafficPanel &panel, const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<CutoverEngine> m_engine;
};

void TestTrafficPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = SessionStore::create(m_dir->filePath(QStringLiteral("p.cutover")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_engine = std::make_unique<CutoverEngine>(m_store.get());
    m_engine->setDriftInterval(0);
}

void TestTrafficPanel::cleanup()
{
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

QLabel *TestTrafficPanel::label(TrafficPanel &panel, const QString &text)
{
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    for (QLabel *l : labels)
        if (l->text() == text)
            return l;
    return nullptr;
}

void TestTrafficPanel::showsTheSplitAndThePlan()
{
    QVERIFY(m_engine->configureBackend(
        QStringLiteral("simulated"), { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"), {}));
    QString error;
    QVERIFY(m_engine->setPlan(
        StepPlan::fromPercents(QStringLiteral("1,5,25,100"), QStringLiteral("until-promoted"), {}, &error),
        QStringLiteral("alice"), {}));
    TrafficPanel panel(m_engine.get());
    panel.setActor(QStringLiteral("alice"));
    panel.show();
    QVERIFY(label(panel, QStringLiteral("100 %")));
    QVERIFY(label(panel, QStringLiteral("0 %")));
    auto *plan = panel.findChild<QListWidget *>(QStringLiteral("planSteps"));
    QCOMPARE(plan->count(), 4);
    QVERIFY(m_engine->start(QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), CutoverEngine::State::Holding, 10000);
    QVERIFY(label(panel, QStringLiteral("99 %")));
    QVERIFY(label(panel, QStringLiteral("1 %")));
    QVERIFY(label(panel, QStringLiteral("holding until promoted")));
    QVERIFY(plan->item(0)->text().startsWith(QStringLiteral("▶")));
    QVERIFY(panel.promote(QStringLiteral("fine")));
    QTRY_VERIFY_WITH_TIMEOUT(label(panel, QStringLiteral("5 %")), 10000);
    QTRY_VERIFY(plan->item(1)->text().startsWith(QStringLiteral("▶")));
    // Shortcuts are shown on the buttons.
    bool rollbackShortcut = false;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        rollbackShortcut = rollbackShortcut || (b->toolTip().startsWith(QLatin1String("Roll back (")));
    QVERIFY(rollbackShortcut);
}

void TestTrafficPanel::backendErrorIsImpossibleToMiss()
{
    m_engine->setCallTimeout(300);
    QVERIFY(m_engine->configureBackend(
        QStringLiteral("simulated"), { { QStringLiteral("hang"), true } }, QStringLiteral("alice"), {}));
    TrafficPanel panel(m_engine.get());
    panel.show();
    QVERIFY(!panel.bannerVisible());
    QVERIFY(m_engine->shiftTo(5, QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerVisible(), 10000);
    QVERIFY2(panel.bannerText().startsWith(QLatin1String("BACKEND ERROR")), qPrintable(panel.bannerText()));
    QVERIFY(panel.bannerText().contains(QLatin1String("did not answer")));
}

void TestTrafficPanel::driftShowsBanner()
{
    QVERIFY(m_engine->configureBackend(QStringLiteral("simulated"),
        { { QStringLiteral("latency_ms"), 5 }, { QStringLiteral("drift_after_ms"), 300 },
            { QStringLiteral("drift_to"), 60 } },
        QStringLiteral("alice"), {}));
    TrafficPanel panel(m_engine.get());
    panel.show();
    QVERIFY(m_engine->shiftTo(10, QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->percentInForce(), 10, 10000);
    m_engine->setDriftInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerVisible(), 10000);
    QVERIFY2(panel.bannerText().startsWith(QLatin1String("DRIFT")), qPrintable(panel.bannerText()));
    QVERIFY(panel.bannerText().contains(QLatin1String("60 % new")));
}

void TestTrafficPanel::rollbackFromThePanel()
{
    QVERIFY(m_engine->configureBackend(
        QStringLiteral("simulated"), { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"), {}));
    TrafficPanel panel(m_engine.get());
    panel.setActor(QStringLiteral("alice"));
    QVERIFY(m_engine->shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->percentInForce(), 25, 10000);
    QVERIFY(!panel.rollback(QString())); // a reason is required
    QVERIFY(panel.rollback(QStringLiteral("errors on new")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), CutoverEngine::State::RolledBack, 10000);
    QVERIFY(label(panel, QStringLiteral("100 %")));
}

void TestTrafficPanel::readOnlyHasNoActions()
{
    QVERIFY(m_engine->configureBackend(QStringLiteral("simulated"), {}, QStringLiteral("alice"), {}));
    TrafficPanel panel(m_engine.get());
    panel.setReadOnly(true);
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        const QString text = b->text().remove(QLatin1Char('&'));
        if (text == QLatin1String("Run plan") || text == QLatin1String("Promote")
            || text == QLatin1String("Hold") || text == QLatin1String("Roll back")
            || text == QLatin1String("Backend…"))
            QVERIFY2(!b->isEnabled(), qPrintable(text));
    }
}

// The run-plan confirmation suggests a reason for starting a run, not the rollback's example.
void TestTrafficPanel::runPlanAsksForARunReason()
{
    QVERIFY(m_engine->configureBackend(
        QStringLiteral("simulated"), { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"), {}));
    QString error;
    QVERIFY(m_engine->setPlan(
        StepPlan::fromPercents(QStringLiteral("1,100"), QStringLiteral("until-promoted"), {}, &error),
        QStringLiteral("alice"), {}));
    TrafficPanel panel(m_engine.get());
    panel.setActor(QStringLiteral("alice"));
    panel.show();
    QPushButton *run = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Run plan"))
            run = b;
    QVERIFY(run);
    QTRY_VERIFY(run->isEnabled());
    QString title;
    QString placeholder;
    QTimer::singleShot(0, &panel, [&] {
        auto *dialog = qobject_cast<ActionReasonDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        placeholder = dialog->findChild<QLineEdit *>()->placeholderText();
        dialog->reject();
    });
    run->click();
    QCOMPARE(title, QStringLiteral("Run the plan"));
    QVERIFY2(!placeholder.isEmpty() && !placeholder.contains(QLatin1String("error rate")),
        qPrintable(placeholder));
    QCOMPARE(m_engine->percentInForce(), 0); // cancelled: nothing moved
}

void TestTrafficPanel::configDialogFollowsTheSchema()
{
    TrafficBackendRegistry &registry = TrafficBackendRegistry::instance();
    BackendConfigDialog dialog(registry.backends(), { QStringLiteral("/x/libbroken.so is not a Qt plugin") });
    dialog.setCurrent(
        QStringLiteral("haproxy"), { { QStringLiteral("socket"), QStringLiteral("127.0.0.1:9999") } });
    QCOMPARE(dialog.backendId(), QStringLiteral("haproxy"));
    auto *socket = dialog.findChild<QLineEdit *>(QStringLiteral("socket"));
    QVERIFY(socket);
    QCOMPARE(socket->text(), QStringLiteral("127.0.0.1:9999"));
    dialog.findChild<QLineEdit *>(QStringLiteral("backend"))->setText(QStringLiteral("be_app"));
    auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("timeout_ms"));
    QVERIFY(timeout);
    QCOMPARE(timeout->value(), 3000);
    const QJsonObject config = dialog.config();
    QCOMPARE(config.value(QStringLiteral("backend")).toString(), QStringLiteral("be_app"));
    QVERIFY(config.value(QStringLiteral("timeout_ms")).isDouble());
    QVERIFY(!config.contains(
        QStringLiteral("old_server"))); // empty fields are left out, so validation names them
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("loadErrors")));
    dialog.setCurrent(QStringLiteral("simulated"), {});
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("hang")));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("socket")));
    // A schema with a secret: the form asks for the environment variable, never the value.
    BackendInfo secretInfo = BackendInfo::fromMetaData(
        QJsonObject { { QStringLiteral("id"), QStringLiteral("alb") },
            { QStringLiteral("configSchema"),
                QJsonObject { { QStringLiteral("properties"),
                    QJsonObject { { QStringLiteral("secret_key"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                            { QStringLiteral("secret"), true } } } } } } } },
        QStringLiteral("test"));
    BackendConfigDialog secretDialog({ secretInfo }, {});
    secretDialog.findChild<QLineEdit *>(QStringLiteral("secret_key"))->setText(QStringLiteral("AWS_SECRET"));
    QCOMPARE(secretDialog.config(),
        (QJsonObject { { QStringLiteral("secret_key_env"), QStringLiteral("AWS_SECRET") } }));
    QVERIFY(!secretInfo.validate({ { QStringLiteral("secret_key"), QStringLiteral("hunter2") } }).isEmpty());
    QCOMPARE(secretInfo.withoutSecrets({ { QStringLiteral("secret_key"), QStringLiteral("hunter2") } }),
        QJsonObject());
}

void TestTrafficPanel::planDialogNamesProblems()
{
    PlanEditDialog dialog(StepPlan {});
    QVERIFY(dialog.problem().isEmpty()); // the default plan 1, 5, 25, 100
    QCOMPARE(dialog.plan().steps.size(), 4);
    dialog.setPlanJson(
        QStringLiteral(R"({"steps": [{"percent": 1, "gates": [{"kind": "http", "name": "h"}]}]})"));
    QVERIFY2(dialog.problem().contains(QLatin1String("\"url\" is required")), qPrintable(dialog.problem()));
    dialog.setPlanJson(QStringLiteral(R"({"steps": [{"percent": 1}, {"percent": "x"}]})"));
    QVERIFY2(
        dialog.problem().contains(QLatin1String("Step 2: key \"percent\"")), qPrintable(dialog.problem()));
    dialog.setPlanJson(
        QStringLiteral("{\"steps\": [{\"percent\": 2, \"hold\": \"5m\"}, {\"percent\": 10, \"hold\": "
                       "\"5m\"}, {\"percent\": 100, \"hold_s\": 300, \"gates\": [{\"kind\": \"http\", "
                       "\"url\": \"http://127.0.0.1:1/\"}]}]}"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.plan().steps.at(1).percent, 10);
    QCOMPARE(dialog.plan().steps.at(1).holdSeconds, 300);
    QCOMPARE(dialog.plan().steps.at(2).gates.size(), 1);
}

void TestTrafficPanel::measurementsGroupedByRunAndStep()
{
    // Two runs recorded as the engine records them: a "run" event, the intent of each step, measurements.
    TrafficStore traffic(m_store.get());
    QString error;
    auto event = [&](const char *kind, int percent, int step) {
        TrafficStore::Event e;
        e.kind = QLatin1String(kind);
        e.actor = QStringLiteral("alice");
        e.percentNew = percent;
        e.stepIndex = step;
        QVERIFY2(traffic.recordEvent(e, &error), qPrintable(error));
        QTest::qWait(3);
    };
    auto measure = [&](int step, const char *gate, GateMeasurement::Verdict verdict, const char *value,
                       const char *reason) {
        GateMeasurement m;
        m.at = QDateTime::currentDateTimeUtc();
        m.stepIndex = step;
        m.gate = QLatin1String(gate);
        m.kind = QStringLiteral("http");
        m.value = QLatin1String(value);
        m.condition = QStringLiteral("status = 200");
        m.verdict = verdict;
        m.reason = QLatin1String(reason);
        QVERIFY2(traffic.recordMeasurement(m, QStringLiteral("alice"), &error), qPrintable(error));
        QTest::qWait(3);
    };
    using V = GateMeasurement::Verdict;
    event("run", 0, -1);
    event("intent", 1, 0);
    measure(0, "health", V::Pass, "HTTP 200 in 4 ms", "all conditions met");
    measure(0, "payment round trip", V::Fail, "exit code 1",
        "the command exited with 1: payment round trip: HTTP 500");
    event("intent", 0, 0);
    event("run", 0, 0);
    event("intent", 1, 0);
    measure(0, "health", V::Pass, "HTTP 200 in 3 ms", "all conditions met");
    event("intent", 5, 1);
    measure(1, "health", V::Pass, "HTTP 200 in 5 ms", "all conditions met");
    measure(1, "error ratio", V::Inconclusive, "0.007",
        "0.007 misses the success condition but not the failure condition");
    QVERIFY(m_engine->load());

    TrafficPanel panel(m_engine.get());
    panel.resize(1400, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("gateMeasurements"));
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Run 1 · step 1 (1 %)"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Run 2 · step 1 (1 %)"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Run 2 · step 2 (5 %)"));
    QVERIFY(tree->isExpanded(model->index(2, 0)));
    QVERIFY(tree->isFirstColumnSpanned(0, {}));
    const QModelIndex command = model->index(1, GateMeasurementModel::ReasonColumn, model->index(0, 0));
    QVERIFY(command.data().toString().endsWith(QLatin1String("payment round trip: HTTP 500")));
    // The time is shown with seconds, in one line, and fits its column.
    const QModelIndex time = model->index(0, 0, model->index(2, 0));
    const QString shown = qobject_cast<QStyledItemDelegate *>(tree->itemDelegateForColumn(0))
                              ->displayText(time.data(), QLocale());
    QCOMPARE(shown.count(QLatin1Char(':')), 2);
    QVERIFY(tree->fontMetrics().horizontalAdvance(shown) + tree->indentation()
        < tree->header()->sectionSize(GateMeasurementModel::TimeColumn));
    // The newest row is in view.
    QVERIFY(tree->visualRect(model->index(1, 0, model->index(2, 0))).isValid());
    const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        panel.grab().save(QDir(dir).filePath(QStringLiteral("traffic-panel.png")));
}

// Another cockpit drives: the panel says who, disables run/promote/hold and offers "Take over…"; the
// take-over (with a reason) makes this cockpit the controller and the other one stops.
void TestTrafficPanel::showsTheControllerAndTakesOver()
{
    QVERIFY(m_engine->configureBackend(
        QStringLiteral("simulated"), { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"), {}));
    QString error;
    QVERIFY(m_engine->setPlan(
        StepPlan::fromPercents(QStringLiteral("5,25,100"), QStringLiteral("until-promoted"), {}, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(m_engine->start(QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), CutoverEngine::State::Holding, 10000);

    CutoverEngine mine(m_store.get());
    mine.setDriftInterval(0);
    QVERIFY(mine.load());
    TrafficPanel panel(&mine);
    panel.setActor(QStringLiteral("bob"));
    panel.resize(1100, 640);
    panel.show();
    QVERIFY2(panel.controllerText().contains(QLatin1String("Controlled by alice on ")),
        qPrintable(panel.controllerText()));
    QVERIFY(
        panel.controllerText().contains(QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid())));
    // The timeout after which control passes on is shown, with the heartbeat's age.
    QVERIFY2(panel.controllerText().contains(QLatin1String("last heartbeat "))
            && panel.controllerText().contains(QStringLiteral("for %1 s").arg(TrafficLease::expirySeconds())),
        qPrintable(panel.controllerText()));
    QVERIFY(panel.takeOverVisible());
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        const QString t = b->text().remove(QLatin1Char('&'));
        if (t == QLatin1String("Run plan") || t == QLatin1String("Promote") || t == QLatin1String("Hold"))
            QVERIFY2(!b->isEnabled(), qPrintable(t));
    }
    const QByteArray shots = qgetenv("COCKPIT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        panel.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/traffic-panel-controller.png"));

    QSignalSpy lost(m_engine.get(), &CutoverEngine::leaseLost);
    QVERIFY(!panel.takeOver(QString())); // a reason is needed
    QVERIFY(panel.takeOver(QStringLiteral("alice went off shift")));
    QVERIFY(mine.holdsLease());
    QVERIFY(!panel.takeOverVisible());
    QVERIFY2(panel.controllerText().contains(QLatin1String("This cockpit controls")),
        qPrintable(panel.controllerText()));
    // alice's engine sees bob at its next heartbeat and stops driving.
    QVERIFY(lost.wait(TrafficLease::heartbeatMs() + 3000));
    QVERIFY(!m_engine->holdsLease());
    QVERIFY2(lost.first().at(0).toString().contains(QLatin1String("bob on ")),
        qPrintable(lost.first().at(0).toString()));
}

// Reopened after a kill during a plan: the banner says what was meant and what is in force; nothing runs.
void TestTrafficPanel::reopenedAfterAnInterruptionShowsMeantAndInForce()
{
    QVERIFY(m_engine->configureBackend(QStringLiteral("simulated"),
        { { QStringLiteral("latency_ms"), 5 },
            { QStringLiteral("state_file"), m_dir->filePath(QStringLiteral("split")) } },
        QStringLiteral("alice"), {}));
    QVERIFY(m_engine->shiftTo(5, QStringLiteral("alice"), QStringLiteral("go")));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), CutoverEngine::State::Paused, 10000);
    TrafficStore traffic(m_store.get());
    TrafficStore::State gating;
    gating.state = QStringLiteral("gating");
    QString error;
    QVERIFY(traffic.saveState(gating, QStringLiteral("alice"), QStringLiteral("crash point"), &error));
    CutoverEngine reopened(m_store.get());
    reopened.setDriftInterval(0);
    TrafficPanel panel(&reopened);
    panel.resize(1100, 640);
    panel.show();
    QSignalSpy opened(&reopened, &CutoverEngine::opened);
    reopened.open();
    QVERIFY(opened.wait(10000));
    QVERIFY(panel.bannerVisible());
    QVERIFY2(panel.bannerText().contains(
                 QLatin1String("Reopened after an interruption: meant 5 % new, in force 5 % new")),
        qPrintable(panel.bannerText()));
    QCOMPARE(reopened.state(), CutoverEngine::State::Paused);
    const QByteArray shots = qgetenv("COCKPIT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        panel.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/traffic-panel-reopened.png"));
}

QTEST_MAIN(TestTrafficPanel)
#include "tst_trafficpanel.moc"
