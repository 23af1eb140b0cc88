// SPDX-License-Identifier: GPL-3.0-or-later
// The plan editor, offscreen, driven with keys and the mouse as a user would: steps in a table, gates
// edited per kind, problems named at once, OK only for a usable plan, the JSON tab round-trips.
#include "traffic/GateEditor.h"
#include "traffic/PlanEditDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

class TestPlanEditDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editAPlanWithTheKeyboard();
    void jsonTabRoundTrips();
    void everyKindHasItsFields();
    void removeWithShortcuts();

private:
    static void show(PlanEditDialog &d);
    static QPushButton *ok(PlanEditDialog &d);
    static QString problems(PlanEditDialog &d);
    static void retype(QWidget *field, const QString &text);
};

void TestPlanEditDialog::show(PlanEditDialog &d)
{
    d.show();
    QApplication::setActiveWindow(&d);
    QVERIFY(QTest::qWaitForWindowActive(&d));
}

QPushButton *TestPlanEditDialog::ok(PlanEditDialog &d)
{
    const QList<QPushButton *> buttons = d.findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("OK"))
            return b;
    return nullptr;
}

QString TestPlanEditDialog::problems(PlanEditDialog &d)
{
    return d.findChild<QLabel *>(QStringLiteral("problems"))->text();
}

void TestPlanEditDialog::retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void TestPlanEditDialog::editAPlanWithTheKeyboard()
{
    QString error;
    PlanEditDialog d(StepPlan::fromPercents(QStringLiteral("1,25"), QStringLiteral("5m"), {}, &error));
    show(d);
    QVERIFY(ok(d)->isEnabled());
    auto *table = d.findChild<QTableWidget *>(QStringLiteral("stepTable"));
    QCOMPARE(table->rowCount(), 2);

    // Select the last step with the mouse, add a step after it with Ctrl+N: 25 → 100.
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(1, 1)).center());
    QCOMPARE(d.currentStep(), 1);
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(d.currentStep(), 2);
    QCOMPARE(d.plan().steps.at(2).percent, 100);
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("100 %"));

    // A hold that is no duration is named, and OK waits for it.
    auto *hold = d.findChild<QLineEdit *>(QStringLiteral("stepHold"));
    retype(hold, QStringLiteral("soon"));
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(problems(d).contains(QLatin1String("Step 3: the hold \"soon\" is not a duration")),
        qPrintable(problems(d)));
    QVERIFY(!hold->property("problem").toString().isEmpty());
    retype(hold, QStringLiteral("2h"));
    QVERIFY2(ok(d)->isEnabled(), qPrintable(problems(d)));
    QCOMPARE(d.plan().steps.at(2).holdSeconds, 7200);

    // Ctrl+G adds an HTTP health gate to step 3; its URL is missing, then invalid, then right.
    QTest::keyClick(hold, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(d.plan().steps.at(2).gates.size(), 1);
    QCOMPARE(d.currentGate(), 0);
    QCOMPARE(QApplication::focusWidget(), d.gateEditor()->kindBox());
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(problems(d).contains(QLatin1String("Step 3, gate 1 \"http\": key \"url\" is required")),
        qPrintable(problems(d)));
    QWidget *url = d.gateEditor()->field(QStringLiteral("url"));
    QVERIFY(url);
    QTest::keyClick(d.gateEditor()->kindBox(), Qt::Key_Tab); // kind → name
    QCOMPARE(QApplication::focusWidget(), d.gateEditor()->field(QStringLiteral("name")));
    retype(QApplication::focusWidget(), QStringLiteral("health"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // name → URL
    QCOMPARE(QApplication::focusWidget(), url);
    QTest::keyClicks(url, QStringLiteral("htp//new.internal/health"));
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(problems(d).contains(
                 QLatin1String("Step 3, gate 1 \"health\": key \"url\" is \"htp//new.internal/health\", "
                               "which is not an http:// or https:// URL with a host.")),
        qPrintable(problems(d)));
    QVERIFY(url->property("problem").toString().contains(QLatin1String("not an http://")));
    retype(url, QStringLiteral("http://new.internal:8080/health"));
    QVERIFY2(ok(d)->isEnabled(), qPrintable(problems(d)));
    QVERIFY(url->property("problem").toString().isEmpty());
    QVERIFY(problems(d).isEmpty());

    // Three measurements, 5 s apart, one failure tolerated.
    auto *count = qobject_cast<QSpinBox *>(d.gateEditor()->field(QStringLiteral("count")));
    retype(count, QStringLiteral("3"));
    auto *failures = qobject_cast<QSpinBox *>(d.gateEditor()->field(QStringLiteral("failure_limit")));
    QTest::keyClick(failures, Qt::Key_Up);
    auto *interval = qobject_cast<QDoubleSpinBox *>(d.gateEditor()->field(QStringLiteral("interval_ms")));
    retype(interval, QStringLiteral("5"));

    const QJsonObject expected = QJsonDocument::fromJson(R"({"steps": [
        {"percent": 1, "hold_s": 300, "gates": []},
        {"percent": 25, "hold_s": 300, "gates": []},
        {"percent": 100, "hold_s": 7200, "gates": [
            {"kind": "http", "name": "health", "url": "http://new.internal:8080/health",
             "interval_ms": 5000, "count": 3, "failure_limit": 1, "inconclusive_limit": 0,
             "consecutive_error_limit": 4, "no_data": "inconclusive", "timeout_ms": 10000}]}]})")
                                     .object();
    QCOMPARE(d.plan().toJson(), expected);

    const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        d.grab().save(QDir(dir).filePath(QStringLiteral("plan-editor.png")));

    // Enter is OK.
    auto *reason = d.findChild<QLineEdit *>(QStringLiteral("reason"));
    QTest::keyClicks(reason, QStringLiteral("health gate at 100 %"));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.reason(), QStringLiteral("health gate at 100 %"));
}

void TestPlanEditDialog::jsonTabRoundTrips()
{
    const QByteArray json = R"({"steps": [
        {"percent": 1, "hold_s": -1, "gates": [
            {"kind": "business", "name": "pay", "command": "/opt/checks/pay", "args": ["--amount", "1.00 EUR"],
             "interval_ms": 10000, "count": 1, "failure_limit": 0, "inconclusive_limit": 0,
             "consecutive_error_limit": 4, "no_data": "inconclusive", "timeout_ms": 30000, "note": "kept"},
            {"kind": "metric", "name": "p99", "series": "p99_seconds/new", "baseline": "p99_seconds/old",
             "max_ratio": 1.2, "interval_ms": 10000, "count": 6, "failure_limit": 0, "inconclusive_limit": 0,
             "consecutive_error_limit": 4, "no_data": "fail", "timeout_ms": 10000}]},
        {"percent": 100, "hold_s": 0, "gates": []}],
        "old_health_url": "http://old.internal/health"})";
    QString error;
    const StepPlan plan = StepPlan::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PlanEditDialog d(plan);
    show(d);
    auto *tabs = d.findChild<QTabWidget *>();
    auto *text = d.findChild<QPlainTextEdit *>(QStringLiteral("planJson"));
    // Into the JSON tab with its mnemonic: the same plan.
    QTest::keyClick(&d, Qt::Key_J, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(QJsonDocument::fromJson(text->toPlainText().toUtf8()).object(), plan.toJson());
    // The form shows what the JSON says, and editing it there leaves the rest (unknown keys too) alone.
    QTest::keyClick(&d, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(d.currentGate(), 0);
    QCOMPARE(d.gateEditor()->kindBox()->currentText(), QStringLiteral("Business transaction"));
    auto *args = qobject_cast<QLineEdit *>(d.gateEditor()->field(QStringLiteral("args")));
    QCOMPARE(args->text(), QStringLiteral("--amount \"1.00 EUR\""));
    QVERIFY(d.findChild<QCheckBox *>(QStringLiteral("holdUntilPromoted"))->isChecked());
    retype(args, QStringLiteral("--amount 2"));
    QJsonObject expected = plan.toJson();
    {
        QJsonArray steps = expected.value(QLatin1String("steps")).toArray();
        QJsonObject s0 = steps.at(0).toObject();
        QJsonArray gates = s0.value(QLatin1String("gates")).toArray();
        QJsonObject g0 = gates.at(0).toObject();
        g0.insert(QStringLiteral("args"), QJsonArray { QStringLiteral("--amount"), QStringLiteral("2") });
        gates.replace(0, g0);
        s0.insert(QStringLiteral("gates"), gates);
        steps.replace(0, s0);
        expected.insert(QStringLiteral("steps"), steps);
    }
    QCOMPARE(d.plan().toJson(), expected);
    // The second gate, picked in the list with the keyboard, is a ratio gate.
    auto *gates = d.findChild<QListWidget *>(QStringLiteral("gateList"));
    gates->setFocus();
    QTest::keyClick(gates, Qt::Key_Down);
    QCOMPARE(d.currentGate(), 1);
    QCOMPARE(qobject_cast<QLineEdit *>(d.gateEditor()->field(QStringLiteral("baseline")))->text(),
        QStringLiteral("p99_seconds/old"));
    QCOMPARE(qobject_cast<QCheckBox *>(d.gateEditor()->field(QStringLiteral("no_data")))->isChecked(), true);

    // Back to JSON: the edit is there; broken JSON is named and blocks OK; a fix is taken over.
    QTest::keyClick(&d, Qt::Key_J, Qt::AltModifier);
    QCOMPARE(QJsonDocument::fromJson(text->toPlainText().toUtf8()).object(), expected);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral(","));
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(problems(d).startsWith(QLatin1String("JSON: not valid JSON at line")), qPrintable(problems(d)));
    QTest::keyClick(text, Qt::Key_Backspace);
    QVERIFY2(ok(d)->isEnabled(), qPrintable(problems(d)));
    d.setPlanJson(QStringLiteral(R"({"steps": [{"percent": 1, "gates": [{"name": "booking"}]}]})"));
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(problems(d).contains(QLatin1String("JSON: Step 1, gate 1 \"booking\": key \"kind\" is missing; "
                                                "use one of http, business, consistency, metric.")),
        qPrintable(problems(d)));
    d.setPlanJson(
        QStringLiteral(R"({"steps": [{"percent": 2, "hold": "until-promoted"}, {"percent": 50}]})"));
    QVERIFY2(ok(d)->isEnabled(), qPrintable(problems(d)));
    QCOMPARE(d.plan().steps.size(), 2);
    QCOMPARE(d.plan().steps.at(0).holdSeconds, -1);
    QCOMPARE(d.findChild<QTableWidget *>(QStringLiteral("stepTable"))->item(0, 2)->text(),
        QStringLiteral("until promoted"));
    // Escape cancels.
    QTest::keyClick(text, Qt::Key_Escape);
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestPlanEditDialog::everyKindHasItsFields()
{
    PlanEditDialog d(StepPlan::defaultPlan());
    show(d);
    d.addGate();
    QComboBox *kind = d.gateEditor()->kindBox();
    const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR");
    const struct {
        const char *label;
        QStringList keys;
        const char *missing;
    } kinds[] = {
        { "HTTP health",
            { QStringLiteral("url"), QStringLiteral("expect_status"), QStringLiteral("body_regex") },
            "\"url\"" },
        { "Business transaction", { QStringLiteral("requests"), QStringLiteral("command") }, "\"requests\"" },
        { "Data consistency",
            { QStringLiteral("old/sql/query"), QStringLiteral("new/http"), QStringLiteral("tolerance") },
            "\"old/sql/query\"" },
        { "Metric condition", { QStringLiteral("series"), QStringLiteral("max"), QStringLiteral("fail_max") },
            "\"series\"" },
    };
    for (const auto &k : kinds) {
        kind->setCurrentIndex(kind->findText(QLatin1String(k.label)));
        for (const QString &key : k.keys)
            QVERIFY2(d.gateEditor()->field(key), qPrintable(key));
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY2(problems(d).contains(QLatin1String(k.missing)), qPrintable(problems(d)));
        if (!dir.isEmpty())
            d.grab().save(QDir(dir).filePath(QStringLiteral("gate-%1.png").arg(kind->currentIndex())));
    }
    // A metric gate with a threshold passes; the name follows the kind until the user names it.
    retype(d.gateEditor()->field(QStringLiteral("series")), QStringLiteral("error_ratio/new"));
    QVERIFY(!ok(d)->isEnabled());
    retype(d.gateEditor()->field(QStringLiteral("max")), QStringLiteral("0.005"));
    QVERIFY2(ok(d)->isEnabled(), qPrintable(problems(d)));
    const GateDefinition g = d.plan().steps.at(0).gates.at(0);
    QCOMPARE(g.name, QStringLiteral("metric"));
    QCOMPARE(g.params.value(QLatin1String("max")).toDouble(), 0.005);
    // Switching away and back keeps what was typed for the kind.
    kind->setCurrentIndex(kind->findText(QStringLiteral("HTTP health")));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Metric condition")));
    QCOMPARE(qobject_cast<QLineEdit *>(d.gateEditor()->field(QStringLiteral("series")))->text(),
        QStringLiteral("error_ratio/new"));
    QVERIFY(ok(d)->isEnabled());
}

void TestPlanEditDialog::removeWithShortcuts()
{
    PlanEditDialog d(StepPlan::defaultPlan());
    show(d);
    auto *table = d.findChild<QTableWidget *>(QStringLiteral("stepTable"));
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(d.plan().steps.at(0).gates.size(), 2);
    QCOMPARE(d.plan().steps.at(0).gates.at(1).name, QStringLiteral("http 2"));
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.plan().steps.at(0).gates.size(), 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(d.plan().steps.size(), 3);
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.plan().steps.size(), 2);
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.plan().steps.size(), 0);
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY(problems(d).contains(QLatin1String("no steps")));
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(d.plan().steps.size(), 1);
    QCOMPARE(d.plan().steps.at(0).percent, 1);
    QVERIFY(ok(d)->isEnabled());
}

QTEST_MAIN(TestPlanEditDialog)
#include "tst_planeditdialog.moc"
