// SPDX-License-Identifier: GPL-3.0-or-later
// RunbookCodec: Markdown tables in the article's form, CSV and JSON; round trips; and malformed inputs, each
// refused whole with the line and the reason.
#include "runbook/RunbookCodec.h"
#include "runbook/RunbookTemplates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_DECLARE_METATYPE(RunbookCodec::Format)

namespace {

// The article's checklist as it appears in the text (copied from the article, with the text around it).
const char articleExcerpt[] = R"ARTICLE(Checklist: Production Cutover — Schritt für Schritt
Diese Checkliste nutze ich als Leitfaden für jeden Cutover. Sie ist so strukturiert, dass sie vor, während und nach dem Cutover abgehakt werden kann.
| Phase | Aufgabe | Ergebnis |
|---|---|---|
| Vorbereitung | Stakeholder‑Alignment und Cutover‑Fenster definieren | Freigabe durch Fachbereiche |
| Vorbereitung | Backup/Export wichtiger Daten (Sicherungsläufe, Snapshots) | Schneller Restore‑Punkt |
| Vorbereitung | End‑to‑end‑Smoke‑Tests & Performance‑Tests | Baselined Performance |
| Vorbereitung | Feature‑Flags und Canary‑Mechanismus implementiert | Stufenweises Aktivieren möglich |
| Vorbereitung | Monitoring & Tracing final konfiguriert | Alerting‑Regeln in Betrieb |
| Cutover | Traffic‑Shift schrittweise (z. B. 1%, 5%, 25%, 100%) | Kontrollierte Beobachtung |
| Cutover | Health Checks und Business‑Transaction‑Tests nach jedem Schritt | Sofortige Fehlererkennung |
| Cutover | Dual‑Writes / Backfill-Prozesse überwachen | Datenkonsistenz gewährleistet |
| Nach dem Cutover | Monitoring‑Intensität reduzieren, aber fortlaufende Checks | Stabilität bestätigt |
| Nach dem Cutover | Lessons Learned Session | Verbesserungen ins Runbook |
Kommunikation: der oft unterschätzte Erfolgsfaktor
Kommunikation ist für mich mindestens so wichtig wie die Technik. Vor jedem Cutover informiere ich:
)ARTICLE";

RunbookCodec::ParseResult parseText(const char *text, RunbookCodec::Format format)
{
    return RunbookCodec::parse(QByteArray(text), format);
}

// A runbook with everything that needs escaping in some format.
Runbook trickyRunbook(const QString &language, bool withNewlines)
{
    Runbook rb;
    rb.name = QStringLiteral("Tricky runbook");
    rb.language = language;
    RunbookPhase prep { QStringLiteral("Vorbereitung"), {} };
    prep.tasks.append({ QStringLiteral("Stakeholder\u2011Alignment | Fenster, \"definieren\"; jetzt"),
        QStringLiteral("Freigabe durch Fachbereiche"), QStringLiteral("Jörg Müller"), true, 30 });
    prep.tasks.append(
        { QStringLiteral("Backup/Export (Sicherungsläufe, Snapshots)"), QString(), QString(), false, 0 });
    RunbookPhase cut { QStringLiteral("Cut|over, \"live\"; now"), {} };
    cut.tasks.append({ QStringLiteral("Traffic shift 1%, 5%, 25%, 100%"),
        withNewlines ? QStringLiteral("Controlled\nobservation") : QStringLiteral("Controlled observation"),
        QStringLiteral("ops-team"), true, 45 });
    cut.tasks.append({ QStringLiteral("C:\\path\\to\\script.ps1 --all"), QStringLiteral("=SUM(A1:A3)"),
        QStringLiteral("a,b"), false, 5 });
    rb.phases = { prep, cut };
    return rb;
}

void compareRunbooks(const Runbook &actual, const Runbook &expected)
{
    QCOMPARE(actual.phases.size(), expected.phases.size());
    for (int p = 0; p < expected.phases.size(); ++p) {
        const RunbookPhase &a = actual.phases.at(p);
        const RunbookPhase &e = expected.phases.at(p);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.tasks.size(), e.tasks.size());
        for (int t = 0; t < e.tasks.size(); ++t) {
            QCOMPARE(a.tasks.at(t).task, e.tasks.at(t).task);
            QCOMPARE(a.tasks.at(t).expected, e.tasks.at(t).expected);
            QCOMPARE(a.tasks.at(t).owner, e.tasks.at(t).owner);
            QCOMPARE(a.tasks.at(t).signOffRequired, e.tasks.at(t).signOffRequired);
            QCOMPARE(a.tasks.at(t).plannedMinutes, e.tasks.at(t).plannedMinutes);
        }
    }
}

}

class TestRunbookCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void articleTableImports()
    {
        const RunbookCodec::ParseResult r = parseText(articleExcerpt, RunbookCodec::Format::Markdown);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.runbook.phases.size(), 3);
        QCOMPARE(r.runbook.taskCount(), 10);
        QCOMPARE(r.runbook.phases.at(0).name, QStringLiteral("Vorbereitung"));
        QCOMPARE(r.runbook.phases.at(1).name, QStringLiteral("Cutover"));
        QCOMPARE(r.runbook.phases.at(2).name, QStringLiteral("Nach dem Cutover"));
        QCOMPARE(r.runbook.phases.at(0).tasks.size(), 5);
        QCOMPARE(r.runbook.phases.at(1).tasks.size(), 3);
        QCOMPARE(r.runbook.phases.at(2).tasks.size(), 2);
        const RunbookTask &first = r.runbook.phases.at(0).tasks.at(0);
        QCOMPARE(
            first.task, QStringLiteral("Stakeholder\u2011Alignment und Cutover\u2011Fenster definieren"));
        QCOMPARE(first.expected, QStringLiteral("Freigabe durch Fachbereiche"));
        QCOMPARE(r.runbook.phases.at(1).tasks.at(0).task,
            QStringLiteral("Traffic\u2011Shift schrittweise (z. B. 1%, 5%, 25%, 100%)"));
        QCOMPARE(r.runbook.phases.at(2).tasks.at(1).expected, QStringLiteral("Verbesserungen ins Runbook"));
    }

    void builtInGermanChecklistMatchesTheArticle()
    {
        const RunbookCodec::ParseResult r = parseText(articleExcerpt, RunbookCodec::Format::Markdown);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Runbook builtIn = RunbookTemplates::defaultRunbook(QStringLiteral("de"));
        QCOMPARE(builtIn.phases.size(), r.runbook.phases.size());
        for (int p = 0; p < builtIn.phases.size(); ++p) {
            QCOMPARE(builtIn.phases.at(p).name, r.runbook.phases.at(p).name);
            QCOMPARE(builtIn.phases.at(p).tasks.size(), r.runbook.phases.at(p).tasks.size());
        }
    }

    void englishHeadersAndOptionalColumns()
    {
        const char text[] = "# Payments cutover\n\n"
                            "| Task | Phase | Expected result | Owner | Sign-off | Minutes |\n"
                            "|:---|---|---|---|:---:|---:|\n"
                            "| Freeze deployments | Preparation | No deploys | Alice | yes | 15 |\n"
                            "| Shift 1% | Cutover | Errors below 0.1% | Bob | no |  |\n"
                            "| Shift 5% \\| canary | Cutover |  |  | x | 0 |\n";
        const RunbookCodec::ParseResult r = parseText(text, RunbookCodec::Format::Markdown);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.runbook.name, QStringLiteral("Payments cutover"));
        QCOMPARE(r.runbook.phases.size(), 2);
        const RunbookTask &freeze = r.runbook.phases.at(0).tasks.at(0);
        QCOMPARE(freeze.task, QStringLiteral("Freeze deployments"));
        QCOMPARE(freeze.expected, QStringLiteral("No deploys"));
        QCOMPARE(freeze.owner, QStringLiteral("Alice"));
        QVERIFY(freeze.signOffRequired);
        QCOMPARE(freeze.plannedMinutes, 15);
        QCOMPARE(r.runbook.phases.at(1).tasks.size(), 2);
        QVERIFY(!r.runbook.phases.at(1).tasks.at(0).signOffRequired);
        QCOMPARE(r.runbook.phases.at(1).tasks.at(0).plannedMinutes, 0);
        QCOMPARE(r.runbook.phases.at(1).tasks.at(1).task, QStringLiteral("Shift 5% | canary"));
        QVERIFY(r.runbook.phases.at(1).tasks.at(1).signOffRequired);

        // Only Phase and Task are required; German optional headers work too.
        const RunbookCodec::ParseResult minimal = parseText(
            "| Phase | Aufgabe |\n|---|---|\n| Vorbereitung | Backup |\n", RunbookCodec::Format::Markdown);
        QVERIFY2(minimal.ok, qPrintable(minimal.error));
        QCOMPARE(minimal.runbook.phases.at(0).tasks.at(0).expected, QString());
        const RunbookCodec::ParseResult german
            = parseText("| Phase | Aufgabe | Ergebnis | Verantwortlich | Freigabe | Minuten "
                        "|\n|---|---|---|---|---|---|\n"
                        "| Cutover | Umschalten | Läuft | Team B | ja | 20 |\n",
                RunbookCodec::Format::Markdown);
        QVERIFY2(german.ok, qPrintable(german.error));
        QCOMPARE(german.runbook.phases.at(0).tasks.at(0).owner, QStringLiteral("Team B"));
        QVERIFY(german.runbook.phases.at(0).tasks.at(0).signOffRequired);
        QCOMPARE(german.runbook.phases.at(0).tasks.at(0).plannedMinutes, 20);
    }

    void csvSemicolonSeparatorAccepted()
    {
        const char text[] = "Phase;Aufgabe;Ergebnis;Verantwortlich\r\n"
                            "Vorbereitung;\"Backup; Export\";\"Schneller\nRestore-Punkt\";Jörg\r\n"
                            "Cutover;Traffic, schrittweise;\"Sagt \"\"ok\"\"\";\r\n";
        const RunbookCodec::ParseResult r = parseText(text, RunbookCodec::Format::Csv);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.runbook.phases.size(), 2);
        QCOMPARE(r.runbook.phases.at(0).tasks.at(0).task, QStringLiteral("Backup; Export"));
        QCOMPARE(r.runbook.phases.at(0).tasks.at(0).expected, QStringLiteral("Schneller\nRestore-Punkt"));
        QCOMPARE(r.runbook.phases.at(0).tasks.at(0).owner, QStringLiteral("Jörg"));
        QCOMPARE(r.runbook.phases.at(1).tasks.at(0).task, QStringLiteral("Traffic, schrittweise"));
        QCOMPARE(r.runbook.phases.at(1).tasks.at(0).expected, QStringLiteral("Sagt \"ok\""));
    }

    void csvFormulaCellsAreGuardedAndReadBack()
    {
        Runbook original = trickyRunbook(QStringLiteral("en"), false);
        original.phases[0].tasks[0].task = QStringLiteral("=HYPERLINK(\"http://evil\")");
        original.phases[0].tasks[0].expected = QStringLiteral("'@SUM(1)");
        original.phases[0].tasks[0].owner = QStringLiteral("-2+3");
        const QByteArray written = RunbookCodec::write(original, RunbookCodec::Format::Csv);
        QVERIFY2(written.contains("'=HYPERLINK"), written.constData());
        QVERIFY2(!written.contains(",=HYPERLINK") && !written.contains("\"=HYPERLINK"), written.constData());
        QVERIFY2(written.contains("''@SUM(1)"), written.constData());
        QVERIFY2(written.contains(",'-2+3"), written.constData());
        const RunbookCodec::ParseResult r = RunbookCodec::parse(written, RunbookCodec::Format::Csv);
        QVERIFY2(r.ok, qPrintable(r.error));
        compareRunbooks(r.runbook, original);
    }

    void roundTrip_data()
    {
        QTest::addColumn<RunbookCodec::Format>("format");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("newlines");
        QTest::newRow("markdown en") << RunbookCodec::Format::Markdown << QStringLiteral("en") << false;
        QTest::newRow("markdown de") << RunbookCodec::Format::Markdown << QStringLiteral("de") << false;
        QTest::newRow("csv") << RunbookCodec::Format::Csv << QStringLiteral("en") << true;
        QTest::newRow("json") << RunbookCodec::Format::Json << QStringLiteral("de") << true;
    }

    void roundTrip()
    {
        QFETCH(RunbookCodec::Format, format);
        QFETCH(QString, language);
        QFETCH(bool, newlines);
        for (const Runbook &original :
            { trickyRunbook(language, newlines), RunbookTemplates::defaultRunbook(language) }) {
            const QByteArray written = RunbookCodec::write(original, format);
            const RunbookCodec::ParseResult r = RunbookCodec::parse(written, format);
            QVERIFY2(r.ok, qPrintable(r.error + QLatin1Char('\n') + QString::fromUtf8(written)));
            compareRunbooks(r.runbook, original);
            if (QTest::currentTestFailed())
                return;
            if (format != RunbookCodec::Format::Csv)
                QCOMPARE(r.runbook.name, original.name);
            if (format == RunbookCodec::Format::Json)
                QCOMPARE(r.runbook.language, original.language);
            // Writing what was read gives the same bytes: nothing drifts on repeated export/import.
            Runbook again = r.runbook;
            again.language = original.language;
            QCOMPARE(RunbookCodec::write(again, format), written);
        }
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Runbook original = trickyRunbook(QStringLiteral("en"), false);
        for (const char *name : { "rb.md", "rb.csv", "rb.json" }) {
            const QString path = dir.filePath(QLatin1String(name));
            QString error;
            QVERIFY2(RunbookCodec::writeFile(original, path, &error), qPrintable(error));
            const RunbookCodec::ParseResult r = RunbookCodec::readFile(path);
            QVERIFY2(r.ok, qPrintable(r.error));
            compareRunbooks(r.runbook, original);
        }
        QString error;
        QVERIFY(!RunbookCodec::writeFile(original, dir.filePath(QStringLiteral("rb.txt")), &error));
        QVERIFY(error.contains(QLatin1String("unknown runbook format")));
        const RunbookCodec::ParseResult missing
            = RunbookCodec::readFile(dir.filePath(QStringLiteral("none.md")));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(QLatin1String("none.md")));
    }

    void malformedInputRefused_data()
    {
        using F = RunbookCodec::Format;
        QTest::addColumn<RunbookCodec::Format>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("md: missing separator row")
            << F::Markdown << QByteArray("# Runbook\n| Phase | Task | Result |\n| P | T | R |\n") << 3
            << QStringLiteral("|---|");
        QTest::newRow("md: wrong cell count")
            << F::Markdown
            << QByteArray("| Phase | Task | Result |\n|---|---|---|\n| P | T | R |\n| P | T |\n") << 4
            << QStringLiteral("2 cells, but the header has 3 columns");
        QTest::newRow("md: empty task")
            << F::Markdown
            << QByteArray("| Phase | Task | Result |\n|---|---|---|\n| P | T | R |\n| P |  | R |\n") << 4
            << QStringLiteral("the task is empty");
        QTest::newRow("md: empty phase")
            << F::Markdown << QByteArray("| Phase | Task |\n|---|---|\n|  | T |\n") << 3
            << QStringLiteral("the phase is empty");
        QTest::newRow("md: unknown column")
            << F::Markdown
            << QByteArray("Intro\n\n| Phase | Task | Colour |\n|---|---|---|\n| P | T | red |\n") << 3
            << QStringLiteral("unknown column \"Colour\"");
        QTest::newRow("md: bad sign-off")
            << F::Markdown << QByteArray("| Phase | Task | Sign-off |\n|---|---|---|\n| P | T | maybe |\n")
            << 3 << QStringLiteral("sign-off must be yes or no");
        QTest::newRow("md: bad minutes")
            << F::Markdown << QByteArray("| Phase | Task | Minutes |\n|---|---|---|\n| P | T | -5 |\n") << 3
            << QStringLiteral("minutes must be a whole number");
        QTest::newRow("md: second table")
            << F::Markdown
            << QByteArray("| Phase | Task |\n|---|---|\n| P | T |\n\n| Phase | Task |\n|---|---|\n") << 5
            << QStringLiteral("second table");
        QTest::newRow("md: header only")
            << F::Markdown << QByteArray("| Phase | Task |\n|---|---|\n") << 0 << QStringLiteral("no tasks");
        QTest::newRow("md: no table at all")
            << F::Markdown << QByteArray("# Notes\n\nJust some text about the cutover.\n") << 0
            << QStringLiteral("no table found");
        QTest::newRow("md: empty file")
            << F::Markdown << QByteArray() << 0 << QStringLiteral("no table found");
        QTest::newRow("md: non-UTF-8 bytes")
            << F::Markdown << QByteArray("| Phase | Task |\n|---|---|\n| P | caf\xe9 au lait |\n") << 3
            << QStringLiteral("not UTF-8");
        QTest::newRow("csv: unclosed quote")
            << F::Csv << QByteArray("phase,task,expected\nP,T,R\nP,\"never closed,R\nP,T2,R\n") << 3
            << QStringLiteral("never closed");
        QTest::newRow("csv: quote inside a field") << F::Csv << QByteArray("phase,task\nP,ab\"c\"\n") << 2
                                                   << QStringLiteral("quote inside an unquoted field");
        QTest::newRow("csv: wrong cell count") << F::Csv << QByteArray("phase,task\nP,T\nP,T,extra\n") << 3
                                               << QStringLiteral("3 cells, but the header has 2 columns");
        QTest::newRow("csv: empty task (semicolons)")
            << F::Csv << QByteArray("Phase;Aufgabe;Ergebnis\nVorbereitung;Backup;ok\nVorbereitung;;ok\n") << 3
            << QStringLiteral("the task is empty");
        QTest::newRow("csv: unknown column") << F::Csv << QByteArray("phase,task,priority\nP,T,1\n") << 1
                                             << QStringLiteral("unknown column \"priority\"");
        QTest::newRow("csv: empty file")
            << F::Csv << QByteArray() << 0 << QStringLiteral("the CSV file is empty");
        QTest::newRow("csv: non-UTF-8 bytes")
            << F::Csv << QByteArray("phase,task\nP,ok\nP,\xff\xfe\n") << 3 << QStringLiteral("not UTF-8");
        QTest::newRow("json: invalid") << F::Json
                                       << QByteArray("{\n  \"phases\": [\n    { \"name\": \"P\",\n      "
                                                     "\"tasks\": [ { \"task\": \"T\" ] }\n  ]\n}\n")
                                       << 4 << QStringLiteral("invalid JSON");
        QTest::newRow("json: missing task")
            << F::Json
            << QByteArray(
                   "{\n  \"name\": \"x\",\n  \"phases\": [\n    { \"name\": \"P\",\n      \"tasks\": [\n"
                   "        { \"task\": \"A\" },\n        { \"expected\": \"R\",\n          \"owner\": \"O\" "
                   "}\n"
                   "      ] }\n  ]\n}\n")
            << 7 << QStringLiteral("phases[0].tasks[1].task is missing");
        QTest::newRow("json: empty task in the second phase")
            << F::Json
            << QByteArray("{\"phases\": [\n {\"name\": \"A\", \"tasks\": [{\"task\": \"x\"}]},\n {\"name\": "
                          "\"B\",\n  \"tasks\": [\n"
                          "   {\"task\": \"y\", \"note\": \"[{,}]\\\"\"},\n   {\"task\":\n     \"  \"}]}]}\n")
            << 7 << QStringLiteral("phases[1].tasks[1].task is missing or empty");
        QTest::newRow("json: phase without name")
            << F::Json << QByteArray("{\"phases\": [\n  {\"tasks\": []}\n]}") << 2
            << QStringLiteral("phases[0].name is missing");
        QTest::newRow("json: phases not an array") << F::Json << QByteArray("{\n\n \"phases\":\n {} }") << 4
                                                   << QStringLiteral("\"phases\" must be an array");
        QTest::newRow("json: not an object")
            << F::Json << QByteArray("[1, 2]") << 1 << QStringLiteral("must be an object");
        QTest::newRow("json: bad signoff") << F::Json
                                           << QByteArray("{ \"phases\": [ { \"name\": \"P\", \"tasks\": [ { "
                                                         "\"task\": \"A\",\n \"signoff\": \"yes\" } ] } ] }")
                                           << 2 << QStringLiteral("signoff must be true or false");
        QTest::newRow("json: empty file") << F::Json << QByteArray() << 1 << QStringLiteral("invalid JSON");
    }

    void malformedInputRefused()
    {
        QFETCH(RunbookCodec::Format, format);
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const RunbookCodec::ParseResult r = RunbookCodec::parse(data, format);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(r.line, line);
        if (line > 0)
            QVERIFY2(r.error.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(r.error));
        // Refused whole: nothing half-read comes back.
        QCOMPARE(r.runbook.phases.size(), 0);
    }

    // Hostile runbooks are refused with the line (and column) and what is wrong.
    void hostileInputRefused_data()
    {
        using F = RunbookCodec::Format;
        QTest::addColumn<RunbookCodec::Format>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("csv: NUL byte") << F::Csv << QByteArray("phase,task\nP,ok\nP,bad\0task\n", 27) << 3
                                       << QStringLiteral("line 3, column 6: the control character \\x00");
        QTest::newRow("md: ANSI escape")
            << F::Markdown << QByteArray("| Phase | Task |\n|---|---|\n| P | \x1b[2J\x1b[31mrm -rf |\n") << 3
            << QStringLiteral("line 3, column 7: the control character \\x1b");
        QTest::newRow("json: raw escape")
            << F::Json << QByteArray("{\"phases\": [\n{\"name\": \"P\x1b]0;x\x07\", \"tasks\": []}]}") << 2
            << QStringLiteral("control character");
        QTest::newRow("json: escaped escape")
            << F::Json
            << QByteArray(
                   "{\"phases\": [\n{\"name\": \"P\",\n \"tasks\": [{\"task\": \"\\u001b[31mred\"}]}]}")
            << 3 << QStringLiteral("phases[0].tasks[0] holds a control character");
        QTest::newRow("json: duplicate key")
            << F::Json
            << QByteArray(
                   "{\"phases\": [\n  {\"name\": \"P\",\n   \"tasks\": [{\"task\": \"safe\",\n     \"task\": "
                   "\"evil\"}]}]}")
            << 4 << QStringLiteral("line 4, column 6: the member \"task\" appears twice");
        QTest::newRow("json: duplicate key, escaped spelling")
            << F::Json << QByteArray("{\"phases\": [], \"ph\\u0061ses\": []}") << 1
            << QStringLiteral("the member \"phases\" appears twice");
        QTest::newRow("json: two phases with one name")
            << F::Json
            << QByteArray(
                   "{\"phases\": [\n {\"name\": \"Prep\", \"tasks\": [{\"task\": \"a\"}]},\n {\"name\": "
                   "\"prep\", \"tasks\": [{\"task\": \"b\"}]}]}")
            << 3 << QStringLiteral("phases[1]: a second phase named \"prep\" (phases[0] has that name)");
        QTest::newRow("csv: a phase that comes back")
            << F::Csv << QByteArray("phase,task\nA,one\nB,two\nA,three\n") << 4
            << QStringLiteral("phase \"A\" appears again after other phases (first at line 2");
    }

    void hostileInputRefused()
    {
        QFETCH(RunbookCodec::Format, format);
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const RunbookCodec::ParseResult r = RunbookCodec::parse(data, format);
        QVERIFY2(!r.ok, "a hostile runbook was accepted");
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(r.line, line);
        QVERIFY2(r.error.startsWith(QStringLiteral("line %1").arg(line)), qPrintable(r.error));
        QCOMPARE(r.runbook.phases.size(), 0);
        // The message itself holds no raw control character.
        for (const QChar c : r.error)
            QVERIFY(c.unicode() >= 0x20 || c == QLatin1Char('\n'));
    }

    // A runbook of 100,000 one-task phases is read in linear time (it took minutes when every row looked
    // through all phases before it).
    void hundredThousandPhasesReadInLinearTime()
    {
        QByteArray csv = "phase,task\n";
        for (int i = 0; i < 100000; ++i)
            csv += "Phase " + QByteArray::number(i) + ",Task " + QByteArray::number(i) + "\n";
        QElapsedTimer clock;
        clock.start();
        const RunbookCodec::ParseResult r = RunbookCodec::parse(csv, RunbookCodec::Format::Csv);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.runbook.phases.size(), 100000);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    // A FIFO, /dev/zero or a directory given as a runbook says what it is, and nothing blocks.
    void notAFileIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        RunbookCodec::ParseResult r = RunbookCodec::readFile(fifo);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("is a named pipe (FIFO), not a runbook file")),
            qPrintable(r.error));
        const QString dirAsRunbook = dir.filePath(QStringLiteral("folder.json"));
        QVERIFY(QDir().mkdir(dirAsRunbook));
        r = RunbookCodec::readFile(dirAsRunbook);
        QVERIFY2(r.error.contains(QLatin1String("is a directory")), qPrintable(r.error));
        const QString zero = dir.filePath(QStringLiteral("zero.csv"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        r = RunbookCodec::readFile(zero);
        QVERIFY2(r.error.contains(QLatin1String("is a device")), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 5000);
    }

    void readFileNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bad.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("| Phase | Task |\n|---|---|\n| P |  |\n");
        f.close();
        const RunbookCodec::ParseResult r = RunbookCodec::readFile(path);
        QVERIFY(!r.ok);
        QCOMPARE(r.line, 3);
        QVERIFY2(r.error.contains(path) && r.error.contains(QLatin1String("line 3")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestRunbookCodec)
#include "tst_runbookcodec.moc"
