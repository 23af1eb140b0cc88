// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"
#include "report/writers/HtmlReportWriter.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestHtmlReportWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scriptInEntriesAndNotesIsShownAsText()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 4, 2);
        QVERIFY(session);
        const ChecklistItem first = session->allItems().first();
        QVERIFY(session
                    ->setNotes(first.id, QStringLiteral("<script>alert('note')</script> & <b>bold</b>"),
                        QStringLiteral("bob"))
                    .ok);
        LessonsLearned notes(session.get());
        QVERIFY(notes
                    .setResultStatement({ QStringLiteral("<img src=x onerror=alert(1)>"),
                                            QStringLiteral("ok"), QStringLiteral("\"quoted\""), {}, {} },
                        QStringLiteral("alice"))
                    .ok);
        ReportBuilder builder;
        builder.setContributors({ std::make_shared<ReportFixtures::FakeIncidentLogContributor>(
            QList<ReportFixtures::FakeIncidentLogContributor::Entry> {
                { QStringLiteral("<script>alert('entry')</script>"), true } }) });
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(HtmlReportWriter::write(doc, path).ok);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());

        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;entry&#x27;)&lt;/script&gt;"))
            || html.contains(QStringLiteral("&lt;script&gt;alert('entry')&lt;/script&gt;")));
        QVERIFY(html.contains(
            QStringLiteral("&lt;script&gt;alert('note')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(html.contains(QStringLiteral("&quot;quoted&quot;")));
    }

    // The review and approval block of the PDF's title page, with the same fields, in both languages.
    void approvalBlockAsInThePdf()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 1);
        QVERIFY(session);
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
            ReportBuilder builder(language);
            builder.setContributors({});
            ReportDocument doc;
            QString error;
            QVERIFY(builder.build(*session, &doc, &error));
            const QString html = HtmlReportWriter::toHtml(doc);
            const ReportBlock approval = doc.approvalTable();
            const qsizetype at = html.indexOf(QStringLiteral("<h2>%1</h2>").arg(approval.caption));
            QVERIFY2(at > 0, qPrintable(language));
            QVERIFY(html.indexOf(QStringLiteral("</nav>")) < at); // after the contents, as in the PDF
            for (const QString &field : approval.header)
                QVERIFY2(html.indexOf(QStringLiteral("<th scope=\"col\">%1</th>").arg(field), at) > at,
                    qPrintable(field));
            QCOMPARE(approval.rows.size(), 2);
        }
        ReportBuilder builder(QStringLiteral("de"));
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QVERIFY(HtmlReportWriter::toHtml(doc).contains(QStringLiteral("Prüfung und Freigabe")));
        QVERIFY(HtmlReportWriter::toHtml(doc).contains(QStringLiteral("Unterschrift")));
    }

    void selfContainedWithInlineFigures()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportBuilder builder;
        builder.setContributors({});
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QImage chart(400, 200, QImage::Format_RGB32);
        chart.fill(Qt::darkBlue);
        ReportSection metrics;
        metrics.id = QStringLiteral("metrics");
        metrics.title = QStringLiteral("Metrics");
        metrics.blocks.append(ReportBlock::figure(chart, QStringLiteral("error ratio <new>")));
        doc.sections.insert(3, metrics);
        const QString html = HtmlReportWriter::toHtml(doc);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(
            QStringLiteral("<img alt=\"error ratio &lt;new&gt;\" src=\"data:image/png;base64,iVBOR")));
        // Nothing is fetched from elsewhere.
        QVERIFY(!QRegularExpression(QStringLiteral("(src|href)=\"(https?:)?//")).match(html).hasMatch());
        QVERIFY(!html.contains(QStringLiteral("<link")));
        // Every section is in the table of contents and has its anchor; header rows are <thead>.
        for (const ReportSection &s : doc.sections) {
            QVERIFY(html.contains(QStringLiteral("<a href=\"#%1\">").arg(s.id)));
            QVERIFY(html.contains(QStringLiteral("<section id=\"%1\">").arg(s.id)));
        }
        QVERIFY(html.contains(QStringLiteral("<thead>")));
        QVERIFY(html.contains(QStringLiteral("class=\"mode rehearsal\"")));
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        ReportBuilder builder;
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        ReportProgress progress;
        progress.canceled = [] { return true; };
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(!HtmlReportWriter::write(doc, path, progress).ok);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestHtmlReportWriter)
#include "tst_htmlreportwriter.moc"
