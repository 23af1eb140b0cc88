// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"
#include "report/writers/MarkdownReportWriter.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

class TestMarkdownReportWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesTextAndWritesFiguresBeside()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 3, 3);
        LessonsLearned notes(session.get());
        QVERIFY(notes
                    .setResultStatement({ QStringLiteral("a | b <script>x</script> *bold* [link](http://e)"),
                                            QStringLiteral("line one\nline two"), QString(), {}, {} },
                        QStringLiteral("alice"))
                    .ok);
        ReportBuilder builder;
        builder.setContributors({ std::make_shared<ReportFixtures::FakeIncidentLogContributor>(
            QList<ReportFixtures::FakeIncidentLogContributor::Entry> {
                { QStringLiteral("pipe | in a cell"), true }, { QStringLiteral("DRAFT-ENTRY"), false } }) });
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QImage chart(300, 100, QImage::Format_RGB32);
        chart.fill(Qt::white);
        ReportSection metrics;
        metrics.id = QStringLiteral("metrics");
        metrics.title = QStringLiteral("Metrics");
        metrics.blocks.append(ReportBlock::figure(chart, QStringLiteral("p99 latency")));
        metrics.blocks.append(ReportBlock::figure(chart, QStringLiteral("error ratio")));
        doc.sections.insert(3, metrics);

        const QString path = dir.filePath(QStringLiteral("wiki.md"));
        QStringList files;
        QVERIFY(MarkdownReportWriter::write(doc, path, {}, &files).ok);
        QCOMPARE(files,
            (QStringList { path, dir.filePath(QStringLiteral("wiki-figure-1.png")),
                dir.filePath(QStringLiteral("wiki-figure-2.png")) }));
        QImage written(dir.filePath(QStringLiteral("wiki-figure-2.png")));
        QCOMPARE(written.size(), QSize(300, 100));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# Cutover report: Core banking adapter")));
        QVERIFY(md.contains(QStringLiteral("## Result statement")));
        QVERIFY(md.contains(
            QStringLiteral("a \\| b &lt;script&gt;x&lt;/script&gt; \\*bold\\* \\[link\\](http://e)")));
        QVERIFY(!md.contains(QStringLiteral("<script>")));
        QVERIFY(md.contains(QStringLiteral("pipe \\| in a cell")));
        QVERIFY(!md.contains(QStringLiteral("DRAFT-ENTRY")));
        QVERIFY(md.contains(QStringLiteral("![p99 latency](wiki-figure-1.png)")));
        QVERIFY(md.contains(QStringLiteral("| --- |")));
        QVERIFY(md.contains(QStringLiteral("```\ncutoverctl audit verify s.cutover \\\n    --expect-head ")));
    }
};

QTEST_MAIN(TestMarkdownReportWriter)
#include "tst_markdownreportwriter.moc"
