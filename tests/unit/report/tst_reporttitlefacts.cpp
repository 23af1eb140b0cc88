// SPDX-License-Identifier: GPL-3.0-or-later
// The title page's facts come from one place (ReportDocument::titlePageFacts) and every writer shows all
// of them: mode, dates, lead, outcome and the audit trail's head hash.
#include "report/ReportBuilder.h"
#include "report/ReportEscaping.h"
#include "report/writers/HtmlReportWriter.h"
#include "report/writers/JsonReportWriter.h"
#include "report/writers/MarkdownReportWriter.h"
#include "report/writers/PdfReportWriter.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestReportTitleFacts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CutoverSession> m_session;
    ReportDocument m_doc;

    // The values each writer must show: mode, created, started, ended, lead, outcome, head hash.
    QStringList expectedValues() const
    {
        return { m_doc.modeText(), ReportStrings::dateTime(m_doc.info.createdAt),
            ReportStrings::dateTime(m_doc.startedAt), ReportStrings::dateTime(m_doc.endedAt), m_doc.lead,
            m_doc.outcome, m_doc.headWithCount() };
    }

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A live session with every item done: it has a start, an end and an outcome.
        m_session = ReportFixtures::makeSession(m_dir.filePath(QStringLiteral("s.cutover")), 4, 4, false);
        QVERIFY(m_session);
        ReportBuilder builder;
        builder.setContributors({});
        QString error;
        QVERIFY2(builder.build(*m_session, &m_doc, &error), qPrintable(error));
        QVERIFY(m_doc.startedAt.isValid());
        QVERIFY(m_doc.endedAt.isValid());
        QVERIFY(!m_doc.lead.isEmpty());
        QVERIFY(!m_doc.outcome.isEmpty());
        QCOMPARE(m_doc.integrity.headHash, m_session->headHash());
    }

    void oneOrderedListOfFacts()
    {
        const ReportStrings &s = m_doc.strings;
        QStringList labels;
        for (const auto &f : m_doc.titlePageFacts())
            labels << f.first;
        const QStringList expected { s.text(ReportStrings::Session), s.text(ReportStrings::Mode),
            s.text(ReportStrings::Template), s.text(ReportStrings::Created), s.text(ReportStrings::Started),
            s.text(ReportStrings::Ended), s.text(ReportStrings::Lead), s.text(ReportStrings::Outcome),
            s.text(ReportStrings::SessionGoal), s.text(ReportStrings::Generated),
            s.text(ReportStrings::HeadHash) };
        QCOMPARE(labels, expected);
        QCOMPARE(m_doc.titlePageFacts().at(1).second, QStringLiteral("Live"));
        QCOMPARE(m_doc.titlePageFacts().constLast().second,
            QStringLiteral("%1 (%2 records)").arg(m_session->headHash()).arg(m_doc.integrity.recordCount));
        QVERIFY(m_doc.integrity.recordCount > 10);
    }

    void htmlShowsEveryFact()
    {
        const QString html = HtmlReportWriter::toHtml(m_doc);
        const QString title = html.section(QStringLiteral("</header>"), 0, 0);
        for (const QString &v : expectedValues())
            QVERIFY2(title.contains(ReportEscaping::html(v)), qPrintable(v));
    }

    void markdownShowsEveryFact()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.md"));
        QVERIFY(MarkdownReportWriter::write(m_doc, path).ok);
        // The title page is everything before the first section.
        const QString title = read(path).section(QStringLiteral("\n## "), 0, 0);
        for (const QString &v : expectedValues())
            QVERIFY2(
                title.contains(QStringLiteral(":** ") + ReportEscaping::markdown(v, false)), qPrintable(v));
    }

    void pdfShowsEveryFact()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed for this test");
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(PdfReportWriter::write(m_doc, path).ok);
        // The title page only (the head hash is repeated in the integrity section); a long value may wrap.
        const QString text = ReportFixtures::poppler(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path,
                QStringLiteral("-") })
                                 .normalized(QString::NormalizationForm_KC);
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString &v : expectedValues())
            QVERIFY2(
                flat.contains(QString(v).remove(QRegularExpression(QStringLiteral("\\s")))), qPrintable(v));
    }

    void jsonHasEveryFact()
    {
        const QJsonObject json = JsonReportWriter::toJson(m_doc);
        const QJsonObject session = json.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        for (const char *key : { "created_at", "started_at", "ended_at", "lead", "outcome", "outcome_text" })
            QVERIFY2(!session.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(session.value(QStringLiteral("lead")).toString(), m_doc.lead);
        QCOMPARE(session.value(QStringLiteral("outcome_text")).toString(), m_doc.outcome);
        QCOMPARE(
            json.value(QStringLiteral("integrity")).toObject().value(QStringLiteral("head_hash")).toString(),
            m_session->headHash());
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_MAIN(TestReportTitleFacts)
#include "tst_reporttitlefacts.moc"
