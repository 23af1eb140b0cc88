// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "runbook/TemplateVersions.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Lesson lesson(const QString &text, RunbookChange::Kind kind, RunbookChange::Target target,
    const QString &phase, const QString &task, const QString &newText = {}, const QString &expected = {})
{
    Lesson l;
    l.text = text;
    l.owner = QStringLiteral("erin");
    l.change.kind = kind;
    l.change.target = target;
    l.change.phase = phase;
    l.change.task = task;
    l.change.newText = newText;
    l.change.expected = expected;
    return l;
}

const RunbookTask *findTask(const Runbook &rb, const QString &phase, const QString &task)
{
    for (const RunbookPhase &p : rb.phases) {
        if (p.name != phase)
            continue;
        for (const RunbookTask &t : p.tasks) {
            if (t.task == task)
                return &t;
        }
    }
    return nullptr;
}

}

class TestTemplateVersions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void applyAddChangeRemove()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 0);
        const Runbook base = session->toRunbook();
        using K = RunbookChange::Kind;
        using T = RunbookChange::Target;
        const QList<Lesson> lessons = {
            lesson(QStringLiteral("Caches were cold"), K::Add, T::Task, QStringLiteral("cutover"), {},
                QStringLiteral("Warm the caches"), QStringLiteral("Hit rate above 90 %")),
            lesson(QStringLiteral("Name was unclear"), K::Change, T::Task, QStringLiteral("Preparation"),
                QStringLiteral("task number 1"), QStringLiteral("Freeze deployments")),
            lesson(QStringLiteral("Step is obsolete"), K::Remove, T::Task, QStringLiteral("Preparation"),
                QStringLiteral("2")),
            lesson(QStringLiteral("Expected result vague"), K::Change, T::Expected,
                QStringLiteral("After the cutover"), QStringLiteral("Task number 5"), {},
                QStringLiteral("Reconciliation balanced to the cent")),
            lesson(QStringLiteral("Result not checkable"), K::Remove, T::Expected, QStringLiteral("Cutover"),
                QStringLiteral("Task number 3")),
            lesson(QStringLiteral("Just a note"), K::None, T::Task, {}, {}),
        };
        const TemplateVersions::Applied applied = TemplateVersions::applyLessons(base, lessons);
        QVERIFY2(applied.ok, qPrintable(applied.errors.join(QLatin1Char('\n'))));
        QCOMPARE(applied.changelog.size(), 5);
        QVERIFY(applied.changelog.at(0).contains(QStringLiteral("Add task \"Warm the caches\"")));
        QVERIFY(applied.changelog.at(0).contains(QStringLiteral("Caches were cold")));
        const Runbook &rb = applied.runbook;
        QCOMPARE(rb.taskCount(), base.taskCount()); // one added, one removed
        const RunbookTask *warm = findTask(rb, QStringLiteral("Cutover"), QStringLiteral("Warm the caches"));
        QVERIFY(warm);
        QCOMPARE(warm->expected, QStringLiteral("Hit rate above 90 %"));
        QVERIFY(findTask(rb, QStringLiteral("Preparation"), QStringLiteral("Freeze deployments")));
        QVERIFY(!findTask(rb, QStringLiteral("Preparation"), QStringLiteral("Task number 1")));
        QVERIFY(!findTask(rb, QStringLiteral("Preparation"), QStringLiteral("Task number 2")));
        QCOMPARE(findTask(rb, QStringLiteral("After the cutover"), QStringLiteral("Task number 5"))->expected,
            QStringLiteral("Reconciliation balanced to the cent"));
        QCOMPARE(
            findTask(rb, QStringLiteral("Cutover"), QStringLiteral("Task number 3"))->expected, QString());

        // The diff shows the same changes.
        const QList<TemplateDiffEntry> diff = TemplateVersions::diff(base, rb);
        QStringList summary;
        for (const TemplateDiffEntry &e : diff)
            summary << QStringLiteral("%1 %2 %3 %4").arg(e.kindKey(), e.phase, e.task, e.field);
        QVERIFY2(summary.contains(QStringLiteral("added Cutover Warm the caches ")),
            qPrintable(summary.join(QLatin1Char('\n'))));
        QVERIFY(summary.contains(QStringLiteral("added Preparation Freeze deployments ")));
        QVERIFY(summary.contains(QStringLiteral("removed Preparation Task number 1 ")));
        QVERIFY(summary.contains(QStringLiteral("removed Preparation Task number 2 ")));
        QVERIFY(summary.contains(QStringLiteral("changed After the cutover Task number 5 expected")));
        QVERIFY(summary.contains(QStringLiteral("changed Cutover Task number 3 expected")));
        QCOMPARE(diff.size(), 6);
    }

    void changesThatCannotApplyAreNamed()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 0);
        using K = RunbookChange::Kind;
        using T = RunbookChange::Target;
        const TemplateVersions::Applied applied = TemplateVersions::applyLessons(session->toRunbook(),
            { lesson(QStringLiteral("a"), K::Remove, T::Task, QStringLiteral("Nowhere"), QStringLiteral("x")),
                lesson(QStringLiteral("b"), K::Change, T::Expected, QStringLiteral("Cutover"),
                    QStringLiteral("No such task"), {}, QStringLiteral("e")),
                lesson(QStringLiteral("c"), K::Add, T::Task, QStringLiteral("Cutover"), {},
                    QStringLiteral("task number 2")) });
        QVERIFY(!applied.ok);
        QCOMPARE(applied.errors.size(), 3);
        QVERIFY(applied.errors.at(0).contains(QStringLiteral("no phase \"Nowhere\"")));
        QVERIFY(applied.errors.at(1).contains(QStringLiteral("no task \"No such task\"")));
        QVERIFY(applied.errors.at(2).contains(QStringLiteral("already has")));

        TemplateLibrary library(dir.filePath(QStringLiteral("templates")));
        LessonsLearned notes(session.get());
        QVERIFY(notes
                    .addLesson(lesson(QStringLiteral("a"), K::Remove, T::Task, QStringLiteral("Nowhere"),
                                   QStringLiteral("x")),
                        QStringLiteral("alice"))
                    .ok);
        const qint64 before = session->auditRecordCount();
        const ActionResult r = TemplateVersions::saveVersion(
            *session, notes.lessons(), QStringLiteral("bank"), QStringLiteral("alice"), library);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("Nowhere")));
        QCOMPARE(session->auditRecordCount(), before);
        QVERIFY(TemplateVersions::libraryVersions(library, QStringLiteral("bank")).isEmpty());
    }

    void versionsAreKeptAndLoadable()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 6, 6);
        TemplateLibrary library(dir.filePath(QStringLiteral("templates")));
        LessonsLearned notes(session.get());
        using K = RunbookChange::Kind;
        using T = RunbookChange::Target;

        // No change in any lesson: nothing to version.
        Lesson plain;
        plain.text = QStringLiteral("Coffee ran out");
        QVERIFY(notes.addLesson(plain, QStringLiteral("alice")).ok);
        ActionResult r = TemplateVersions::saveVersion(
            *session, notes.lessons(), QStringLiteral("bank"), QStringLiteral("alice"), library);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("nothing")));

        QVERIFY(notes
                    .addLesson(lesson(QStringLiteral("Caches were cold"), K::Add, T::Task,
                                   QStringLiteral("Cutover"), {}, QStringLiteral("Warm the caches")),
                        QStringLiteral("alice"))
                    .ok);
        QVERIFY(!TemplateVersions::saveVersion(
            *session, notes.lessons(), QStringLiteral("bad name!"), QStringLiteral("alice"), library)
                     .ok);
        QVERIFY(!TemplateVersions::saveVersion(
            *session, notes.lessons(), QStringLiteral("bank"), QString(), library)
                     .ok);

        TemplateVersion v1;
        r = TemplateVersions::saveVersion(
            *session, notes.lessons(), QStringLiteral("bank"), QStringLiteral("alice"), library, &v1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v1.version, 1);
        QCOMPARE(v1.reference(), QStringLiteral("bank@v1"));
        QCOMPARE(QFileInfo(v1.filePath).fileName(), QStringLiteral("bank.v1.json"));

        // The file carries the changelog; the session keeps the version, audited.
        QFile f(v1.filePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("changelog")).toArray().size(), 1);
        QVERIFY(json.value(QStringLiteral("changelog"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("Warm the caches")));
        QCOMPARE(TemplateVersions::sessionVersions(*session).size(), 1);
        bool audited = false;
        for (const AuditRecord &a : AuditChain::readAll(session->store()->database()))
            audited = audited
                || (a.action == QLatin1String("template.version")
                    && a.newValue.contains(QStringLiteral("bank.v1.json")));
        QVERIFY(audited);
        QVERIFY(AuditChain::verify(session->store()->database()).intact);

        // A second save makes v2; both are listed; a new session starts from either.
        TemplateVersion v2;
        QVERIFY(TemplateVersions::saveVersion(
            *session, notes.lessons(), QStringLiteral("bank"), QStringLiteral("bob"), library, &v2)
                    .ok);
        QCOMPARE(v2.version, 2);
        const QList<TemplateVersion> listed
            = TemplateVersions::libraryVersions(library, QStringLiteral("bank"));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1).createdBy, QStringLiteral("bob"));

        const RunbookCodec::ParseResult loaded = library.load(QStringLiteral("bank@v1"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY(findTask(loaded.runbook, QStringLiteral("Cutover"), QStringLiteral("Warm the caches")));
        QCOMPARE(loaded.runbook.taskCount(), 7);
        QVERIFY(library.load(QStringLiteral("bank@v2")).ok);
        QVERIFY(!library.load(QStringLiteral("bank@v9")).ok);

        QString error;
        SessionInfo info;
        info.name = QStringLiteral("Next cutover");
        info.goal = QStringLiteral("g");
        info.templateName = QStringLiteral("bank@v1");
        auto next = CutoverSession::create(dir.filePath(QStringLiteral("next.cutover")), info, loaded.runbook,
            QStringLiteral("alice"), &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(next->allItems().size(), 7);

        // v1 and v2 both apply this session's lessons to this session's runbook, so they are equal.
        QVERIFY(TemplateVersions::diff(v1.runbook, v2.runbook).isEmpty());
        QCOMPARE(TemplateVersions::diff(session->toRunbook(), v1.runbook).size(), 1);
    }

    void references()
    {
        QString name;
        int version = 0;
        QVERIFY(TemplateVersions::parseReference(QStringLiteral("core-bank@v12"), &name, &version));
        QCOMPARE(name, QStringLiteral("core-bank"));
        QCOMPARE(version, 12);
        QVERIFY(!TemplateVersions::parseReference(QStringLiteral("core-bank"), &name, &version));
        QVERIFY(!TemplateVersions::parseReference(QStringLiteral("x@v0"), &name, &version));
    }
};

QTEST_GUILESS_MAIN(TestTemplateVersions)
#include "tst_templateversions.moc"
