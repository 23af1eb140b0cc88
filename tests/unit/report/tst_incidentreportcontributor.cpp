// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentReportContributor: a session with a verified entry, a draft, a verified entry retracted later
// and an unverified correction. The contribution and the exported reports (PDF through pdftotext, HTML,
// JSON) hold the verified texts with their times, authors and verifiers, show the retraction, and never
// the draft or the unverified correction.
#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "report/ReportExporter.h"
#include "report/contributors/IncidentReportContributor.h"
#include "report/contributors/ReportContributors.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestIncidentReportContributor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contributionHoldsVerifiedOnly();
    void exportedReportsHoldVerifiedNotDraft_data();
    void exportedReportsHoldVerifiedNotDraft();
    void germanHeading();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_verified = 0;
    qint64 m_draft = 0;
    qint64 m_retracted = 0;
};

void TestIncidentReportContributor::initTestCase()
{
    registerBuiltInReportContributors();
    registerBuiltInReportContributors(); // idempotent
    m_path = m_dir.filePath(QStringLiteral("incident.cutover"));
    auto session = ReportFixtures::makeSession(m_path, 3, 1);
    QVERIFY(session);
    IncidentLog log(session->store());
    const QDateTime happened = QDateTime::currentDateTimeUtc().addSecs(-600);
    QVERIFY(log.add(QStringLiteral("PAYMENTSFIVEOHTWO adapter answered 502"),
                   IncidentEntry::Severity::Critical, QStringLiteral("bob"), happened, 0, 2, &m_verified)
                .ok);
    QVERIFY(log.verify(m_verified, QStringLiteral("carol")).ok);
    QVERIFY(log.add(QStringLiteral("DRAFTRUMOUR database down"), IncidentEntry::Severity::Warning,
                   QStringLiteral("bob"), {}, 0, 0, &m_draft)
                .ok);
    QVERIFY(log.add(QStringLiteral("CACHEWARMLATE caches warmed late"), IncidentEntry::Severity::Info,
                   QStringLiteral("bob"), {}, 0, 0, &m_retracted)
                .ok);
    QVERIFY(log.verify(m_retracted, QStringLiteral("carol")).ok);
    qint64 retraction = 0;
    QVERIFY(log.retract(m_retracted, QStringLiteral("bob"), QStringLiteral("WRONGSESSION"), &retraction).ok);
    QVERIFY(log.verify(retraction, QStringLiteral("dave")).ok);
    QVERIFY(log.correct(m_verified, QStringLiteral("bob"), QStringLiteral("typo"),
                   QStringLiteral("UNVERIFIEDFIX it was 503"))
                .ok);
    QCOMPARE(log.entry(m_retracted).state, IncidentEntry::State::Retracted);
    QVERIFY(log.entry(m_verified).isStakeholderVisible());
}

void TestIncidentReportContributor::contributionHoldsVerifiedOnly()
{
    QString error;
    auto session = CutoverSession::open(m_path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(session, qPrintable(error));
    ReportContext ctx;
    ctx.session = session.get();
    ReportContribution c;
    QVERIFY2(IncidentReportContributor().contribute(ctx, &c, &error), qPrintable(error));
    QCOMPARE(c.sections.size(), 1);
    const ReportSection &s = c.sections.first();
    QCOMPARE(s.id, QStringLiteral("incident-log"));
    QCOMPARE(s.title, QStringLiteral("Incident log"));
    const ReportBlock *table = nullptr;
    for (const ReportBlock &b : s.blocks)
        if (b.kind == ReportBlock::Kind::Table)
            table = &b;
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 3); // the verified entry, the retracted one, the retraction
    const QStringList first = table->rows.at(0);
    QCOMPARE(first.size(), 6);
    QCOMPARE(first.at(0), QStringLiteral("#%1").arg(m_verified));
    // Occurred ten minutes before it was recorded: both times are shown.
    const QString when = first.at(1);
    QVERIFY2(when.contains(QStringLiteral("\nrecorded ")), qPrintable(when));
    QVERIFY(when.section(QStringLiteral("\nrecorded "), 0, 0)
        != when.section(QStringLiteral("\nrecorded "), 1, 1));
    QCOMPARE(first.at(2), QStringLiteral("CRITICAL"));
    QVERIFY(first.at(3).contains(QStringLiteral("PAYMENTSFIVEOHTWO")));
    QVERIFY(first.at(3).contains(QStringLiteral("traffic step 2")));
    QVERIFY2(first.at(4).startsWith(QStringLiteral("bob\nverified: carol ")), qPrintable(first.at(4)));
    QVERIFY(table->rows.at(1).at(5).startsWith(QStringLiteral("retracted by #")));
    QVERIFY(table->rows.at(2).at(3).contains(QStringLiteral("WRONGSESSION")));
    QVERIFY(table->rows.at(2).at(4).contains(QStringLiteral("verified: dave")));

    const QString all = QString::fromUtf8(QJsonDocument(c.data).toJson());
    QVERIFY(!all.contains(QStringLiteral("DRAFTRUMOUR")));
    QVERIFY(!all.contains(QStringLiteral("UNVERIFIEDFIX")));
    QCOMPARE(c.timeline.size(), 3);
    for (const ReportTimelineEvent &e : c.timeline) {
        QCOMPARE(e.kind, QStringLiteral("incident.entry"));
        QVERIFY(e.published);
        QVERIFY(!e.text.contains(QStringLiteral("DRAFTRUMOUR")));
        QVERIFY(!e.text.contains(QStringLiteral("UNVERIFIEDFIX")));
    }
}

void TestIncidentReportContributor::exportedReportsHoldVerifiedNotDraft_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("md") << QStringLiteral("md");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestIncidentReportContributor::exportedReportsHoldVerifiedNotDraft()
{
    QFETCH(QString, format);
    ReportExporter::Request request;
    request.sessionPath = m_path;
    QVERIFY(ReportExporter::formatFromKey(format, &request.format));
    request.outputPath = m_dir.filePath(QStringLiteral("report.") + ReportExporter::suffix(request.format));
    request.figureSize = QSize(700, 320);
    const ActionResult r = ReportExporter::run(request);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString text;
    if (format == QLatin1String("pdf")) {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed for this test");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { request.outputPath, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    } else {
        QFile f(request.outputPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(f.readAll());
        if (format == QLatin1String("json")) {
            // The JSON report carries the audit trail, but the text of unverified entries is withheld there
            // too: the whole document, trail included, must be free of the draft.
            const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
            bool withheld = false;
            for (const QJsonValue &r : root.value(QStringLiteral("audit")).toArray())
                withheld = withheld || r.toObject().value(QStringLiteral("withheld")).toBool();
            QVERIFY(withheld);
            QVERIFY(root.value(QStringLiteral("contributions"))
                        .toObject()
                        .contains(QStringLiteral("incident-log")));
        }
    }
    QVERIFY2(text.contains(QStringLiteral("PAYMENTSFIVEOHTWO")), qPrintable(format));
    QVERIFY(text.contains(QStringLiteral("CACHEWARMLATE")));
    QVERIFY(text.contains(QStringLiteral("WRONGSESSION")));
    QVERIFY2(!text.contains(QStringLiteral("DRAFTRUMOUR")), qPrintable(format));
    QVERIFY2(!text.contains(QStringLiteral("UNVERIFIEDFIX")), qPrintable(format));
    if (format != QLatin1String("json"))
        QVERIFY(text.contains(QStringLiteral("Incident log")));
}

void TestIncidentReportContributor::germanHeading()
{
    QString error;
    auto session = CutoverSession::open(m_path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(session, qPrintable(error));
    ReportContext ctx;
    ctx.session = session.get();
    ctx.strings = ReportStrings(QStringLiteral("de"));
    ReportContribution c;
    QVERIFY2(IncidentReportContributor().contribute(ctx, &c, &error), qPrintable(error));
    QCOMPARE(c.sections.first().title, QStringLiteral("Ereignisprotokoll"));
}

QTEST_MAIN(TestIncidentReportContributor)
#include "tst_incidentreportcontributor.moc"
