// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/LessonDialog.h"
#include "report/ResultPanel.h"
#include "support/ReportFixtures.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QPushButton *button(QWidget *parent, const QString &textStart)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')).startsWith(textStart))
            return b;
    }
    return nullptr;
}
}

class TestResultPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultStatementIsSavedThroughTheModel()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 6);
        LessonsLearned lessons(session.get());
        ResultPanel panel(session.get(), &lessons);
        panel.show();
        QPushButton *save = button(&panel, QStringLiteral("Save result statement"));
        QVERIFY(save);
        const QList<QPlainTextEdit *> edits = panel.findChildren<QPlainTextEdit *>();
        QCOMPARE(edits.size(), 3);
        edits.at(0)->setFocus();
        QTest::keyClicks(edits.at(0), QStringLiteral("Payments on the new adapter"));
        QVERIFY(!save->isEnabled()); // no name yet: nothing can be recorded
        panel.setActor(QStringLiteral("alice"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(lessons.resultStatement().goal, QStringLiteral("Payments on the new adapter"));
        QCOMPARE(lessons.resultStatement().updatedBy, QStringLiteral("alice"));
        QVERIFY(!save->isEnabled());
    }

    void exportRunsInTheBackground()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 20, 20);
        LessonsLearned lessons(session.get());
        ResultPanel panel(session.get(), &lessons);
        panel.setActor(QStringLiteral("alice"));
        QSignalSpy finished(&panel, &ResultPanel::exportFinished);
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(panel.exportReport(path, ReportExporter::Format::Pdf, QStringLiteral("de")));
        QVERIFY(!button(&panel, QStringLiteral("Export report"))->isEnabled() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(path));
        QVERIFY(panel.lastMessage().contains(path));
        QVERIFY(button(&panel, QStringLiteral("Export report"))->isEnabled());
    }

    void templateVersionFromLessons()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 6);
        LessonsLearned lessons(session.get());
        ResultPanel panel(session.get(), &lessons);
        panel.setActor(QStringLiteral("alice"));
        panel.setTemplateDirectory(dir.filePath(QStringLiteral("templates")));
        QVERIFY(!button(&panel, QStringLiteral("Save as new template version"))->isEnabled());
        Lesson l;
        l.text = QStringLiteral("Caches were cold");
        l.change.kind = RunbookChange::Kind::Add;
        l.change.phase = QStringLiteral("Cutover");
        l.change.newText = QStringLiteral("Warm the caches");
        QVERIFY(lessons.addLesson(l, QStringLiteral("alice")).ok);
        QCOMPARE(panel.findChild<QTableView *>()->model()->rowCount(), 1);
        QVERIFY(button(&panel, QStringLiteral("Save as new template version"))->isEnabled());
        QVERIFY(panel.saveTemplateVersion(QStringLiteral("bank")));
        QVERIFY(panel.lastMessage().contains(QStringLiteral("bank@v1")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("templates/bank.v1.json"))));
        QVERIFY(!panel.saveTemplateVersion(QStringLiteral("no spaces allowed")));
        QVERIFY(panel.lastMessage().contains(QStringLiteral("letters")));
    }

    void lessonDialogBuildsTheChange()
    {
        Runbook rb;
        rb.phases = { RunbookPhase { QStringLiteral("Cutover"),
            { RunbookTask { QStringLiteral("Switch DNS"), QStringLiteral("TTL 60"), {}, false, 0 } } } };
        LessonDialog dialog(rb);
        Lesson l;
        l.id = 7;
        l.text = QStringLiteral("DNS TTL was too long");
        l.owner = QStringLiteral("erin");
        l.change.kind = RunbookChange::Kind::Change;
        l.change.target = RunbookChange::Target::Expected;
        l.change.phase = QStringLiteral("Cutover");
        l.change.task = QStringLiteral("Switch DNS");
        l.change.expected = QStringLiteral("TTL 30");
        dialog.setLesson(l);
        const Lesson out = dialog.lesson();
        QCOMPARE(out.id, 7);
        QCOMPARE(out.change.kind, RunbookChange::Kind::Change);
        QCOMPARE(out.change.task, QStringLiteral("Switch DNS"));
        QCOMPARE(out.change.expected, QStringLiteral("TTL 30"));
        QVERIFY(out.change.newText.isEmpty()); // not part of an expected-result change

        // An incomplete change keeps the dialog open and says what is missing.
        l.change.task.clear();
        dialog.setLesson(l);
        dialog.findChildren<QComboBox *>().at(3)->setCurrentText(QString());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        bool explained = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            explained = explained || label->text().contains(QStringLiteral("names the task"));
        QVERIFY(explained);
    }
};

QTEST_MAIN(TestResultPanel)
#include "tst_resultpanel.moc"
