// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"
#include "report/writers/PdfReportWriter.h"
#include "support/ReportFixtures.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestPdfReportWriter : public QObject {
    Q_OBJECT

private:
    static bool exportPdf(const CutoverSession &session, const QString &out, const QString &language,
        const QList<ReportFixtures::FakeIncidentLogContributor::Entry> &entries)
    {
        ReportBuilder builder(language);
        builder.setContributors({ std::make_shared<ReportFixtures::FakeIncidentLogContributor>(entries) });
        ReportDocument doc;
        QString error;
        if (!builder.build(session, &doc, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const ActionResult r = PdfReportWriter::write(doc, out);
        if (!r)
            qWarning("%s", qPrintable(r.error));
        return r.ok;
    }

    static int pageCount(const QString &pdf)
    {
        const QString info = ReportFixtures::poppler(QStringLiteral("pdfinfo"), { pdf });
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    // pdftotext gives typographic ligatures ("ﬁ") as such; compatibility normalisation makes them letters.
    static QString flat(const QString &text)
    {
        return text.normalized(QString::NormalizationForm_KC).simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed for this test");
    }

    void sectionsResultAndVerifiedEntryButNoDraft()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 12, 10, false);
        QVERIFY(session);
        LessonsLearned notes(session.get());
        QVERIFY(notes
                    .setResultStatement(
                        { QStringLiteral("Payments run on the new adapter"),
                            QStringLiteral("The five percent gate caught a latency regression early"),
                            QStringLiteral("Reconciliation report is still manual"), {}, {} },
                        QStringLiteral("alice"))
                    .ok);
        QVERIFY(session
                    ->setNotes(session->allItems().first().id,
                        QStringLiteral("<i>not italic</i> & <script>x</script>"), QStringLiteral("bob"))
                    .ok);
        Lesson l;
        l.text = QStringLiteral("Caches were cold");
        l.action = QStringLiteral("Warm them first");
        l.owner = QStringLiteral("erin");
        QVERIFY(notes.addLesson(l, QStringLiteral("alice")).ok);

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(exportPdf(*session, pdf, QStringLiteral("en"),
            { { QStringLiteral("VERIFIED-ENTRY database failover completed"), true },
                { QStringLiteral("DRAFT-ENTRY possible data loss"), false } }));
        const QString text
            = flat(ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        QVERIFY(!text.isEmpty());
        for (const char *heading : { "Cutover report", "Result statement", "Timeline", "Checklist",
                 "Incident log", "Lessons learned", "Integrity", "How to verify" })
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        QVERIFY(text.contains(QStringLiteral("The five percent gate caught a latency regression early")));
        QVERIFY(text.contains(QStringLiteral("Reconciliation report is still manual")));
        QVERIFY(text.contains(QStringLiteral("VERIFIED-ENTRY database failover completed")));
        QVERIFY(!text.contains(QStringLiteral("DRAFT-ENTRY")));
        QVERIFY(text.contains(QStringLiteral("Caches were cold")));
        QVERIFY(text.contains(
            QStringLiteral("<i>not italic</i> & <script>x</script>"))); // shown as written, not as markup
        QVERIFY(text.contains(QStringLiteral("LIVE")));
        // The head hash (wrapped or not) and the verify command are there; page numbers in the footer.
        QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(session->headHash()));
        QVERIFY(text.contains(QStringLiteral("cutoverctl audit verify s.cutover")));
        const int pages = pageCount(pdf);
        QVERIFY(pages >= 6); // title page and one page per section at least
        QVERIFY(ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                    .contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void pageCountGrowsWithContent()
    {
        QTemporaryDir dir;
        auto small = ReportFixtures::makeSession(dir.filePath(QStringLiteral("small.cutover")), 10, 10);
        auto large = ReportFixtures::makeSession(dir.filePath(QStringLiteral("large.cutover")), 200, 200);
        QVERIFY(small && large);
        QVERIFY(exportPdf(*small, dir.filePath(QStringLiteral("small.pdf")), QStringLiteral("en"), {}));
        QVERIFY(exportPdf(*large, dir.filePath(QStringLiteral("large.pdf")), QStringLiteral("en"), {}));
        const int smallPages = pageCount(dir.filePath(QStringLiteral("small.pdf")));
        const int largePages = pageCount(dir.filePath(QStringLiteral("large.pdf")));
        QVERIFY(smallPages > 0);
        QVERIFY2(largePages >= smallPages + 10,
            qPrintable(QStringLiteral("%1 vs %2 pages").arg(smallPages).arg(largePages)));
        // The checklist table breaks across pages with its header row repeated.
        const QString text = flat(ReportFixtures::poppler(
            QStringLiteral("pdftotext"), { dir.filePath(QStringLiteral("large.pdf")), QStringLiteral("-") }));
        QVERIFY(text.count(QStringLiteral("Signed off by")) >= 4);
    }

    // No table row is split by a page break: each row of four lines is on one page, and every page the
    // table continues on starts with its header.
    void rowsNeverSplitAcrossPages()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        QVERIFY(session);
        ReportBuilder builder;
        builder.setContributors({});
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QList<QStringList> rows;
        for (int r = 0; r < 90; ++r) {
            const QString id = QStringLiteral("R%1").arg(r, 3, 10, QLatin1Char('0'));
            rows.append({ id, QStringLiteral("%1a\n%1b\n%1c\n%1d").arg(id), QStringLiteral("x") });
        }
        ReportSection section;
        section.id = QStringLiteral("long-rows");
        section.title = QStringLiteral("Long rows");
        section.blocks.append(ReportBlock::table(
            { QStringLiteral("TABLEHEAD"), QStringLiteral("Lines"), QStringLiteral("Other") }, rows));
        doc.sections.append(section);
        const QString pdf = dir.filePath(QStringLiteral("rows.pdf"));
        const ActionResult r = PdfReportWriter::write(doc, pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList pages
            = ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                  .split(QLatin1Char('\f'));
        QHash<QString, QSet<int>> pageOf;
        int tablePages = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QRegularExpression line(QStringLiteral("\\b(R\\d{3})[abcd]\\b"));
            bool rowsHere = false;
            for (auto it = line.globalMatch(pages.at(p)); it.hasNext();) {
                pageOf[it.next().captured(1)].insert(p);
                rowsHere = true;
            }
            if (rowsHere) {
                ++tablePages;
                QVERIFY2(
                    pages.at(p).contains(QStringLiteral("TABLEHEAD")), qPrintable(QString::number(p + 1)));
            }
        }
        QCOMPARE(pageOf.size(), 90);
        for (auto it = pageOf.cbegin(); it != pageOf.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(" is split across pages")));
        QVERIFY(tablePages >= 3);
    }

    void germanReportUsesGermanHeadings()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(
            dir.filePath(QStringLiteral("s.cutover")), 6, 6, true, QStringLiteral("de"));
        const QString pdf = dir.filePath(QStringLiteral("bericht.pdf"));
        QVERIFY(
            exportPdf(*session, pdf, QStringLiteral("de"), { { QStringLiteral("Eintrag geprüft"), true } }));
        const QString text
            = flat(ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        for (const QString &heading : { QStringLiteral("Cutover-Bericht"), QStringLiteral("Ergebnisaussage"),
                 QStringLiteral("Zeitleiste"), QStringLiteral("Checkliste"),
                 QStringLiteral("Vorfallsprotokoll"), QString::fromUtf8("Integrität"),
                 QStringLiteral("PROBELAUF"), QStringLiteral("Seite 1 von") })
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(!text.contains(QStringLiteral("Result statement")));
        QVERIFY(!text.contains(QStringLiteral("Timeline")));
    }

    void unwritableTargetIsReported()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportBuilder builder;
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        const ActionResult r
            = PdfReportWriter::write(doc, dir.filePath(QStringLiteral("missing/folder/r.pdf")));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("missing/folder/r.pdf")));
    }
};

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdfreportwriter.moc"
