// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real cutover-cockpit binary headless: --screenshot renders a non-trivial PNG, and
// --exit-after-first-paint reports the first paint and quits.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshot_data();
    void screenshot();
    void exitAfterFirstPaint();
    void badSessionFails();
    void viewerScreenshot();
    void badTabFails();

private:
    QProcess *start(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_binary;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = QStringLiteral(COCKPIT_BIN_DIR "/cutover-cockpit");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

QProcess *TestScreenshot::start(const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p->setProcessEnvironment(env);
    p->start(m_binary, args);
    return p;
}

void TestScreenshot::screenshot_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("demo-en") << QStringList { QStringLiteral("--demo"), QStringLiteral("--lang"),
        QStringLiteral("en") };
    QTest::newRow("demo-de") << QStringList { QStringLiteral("--demo"), QStringLiteral("--lang"),
        QStringLiteral("de") };
    QTest::newRow("start-page") << QStringList { QStringLiteral("--lang"), QStringLiteral("en") };
    QTest::newRow("demo-traffic") << QStringList { QStringLiteral("--demo"), QStringLiteral("--tab"),
        QStringLiteral("traffic") };
    QTest::newRow("demo-metrics") << QStringList { QStringLiteral("--demo"), QStringLiteral("--tab"),
        QStringLiteral("3") };
}

void TestScreenshot::screenshot()
{
    QFETCH(QStringList, args);
    const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
    QProcess *p = start(args + QStringList { QStringLiteral("--screenshot"), png });
    QVERIFY(p->waitForFinished(90000));
    QVERIFY2(
        p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, p->readAllStandardError().constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1400);
    QCOMPARE(image.height(), 860);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
}

void TestScreenshot::exitAfterFirstPaint()
{
    QProcess *p = start({ QStringLiteral("--demo"), QStringLiteral("--exit-after-first-paint") });
    QVERIFY(p->waitForFinished(90000));
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().contains("first-paint\n"));
}

void TestScreenshot::badSessionFails()
{
    const QString bogus = m_dir.filePath(QStringLiteral("not-a-session.cutover"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not SQLite");
    f.close();
    QProcess *p = start({ bogus, QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("bad.png")) });
    QVERIFY(p->waitForFinished(90000));
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("not a Cutover Cockpit session"));
    QCOMPARE(f.size(), qint64(18)); // untouched
}

void TestScreenshot::viewerScreenshot()
{
    const QString session = m_dir.filePath(QStringLiteral("viewed.cutover"));
    QProcess ctl;
    ctl.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
        { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Viewed"), QStringLiteral("--out"),
            session, QStringLiteral("--by"), QStringLiteral("alice") });
    QVERIFY(ctl.waitForFinished(60000));
    QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
    const QString png = m_dir.filePath(QStringLiteral("viewer.png"));
    QProcess *p = start({ QStringLiteral("--viewer"), session, QStringLiteral("--screenshot"), png });
    QVERIFY(p->waitForFinished(90000));
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QVERIFY(!QImage(png).isNull());
}

void TestScreenshot::badTabFails()
{
    QProcess *p = start({ QStringLiteral("--demo"), QStringLiteral("--tab"), QStringLiteral("9"),
        QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("tab.png")) });
    QVERIFY(p->waitForFinished(90000));
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("--tab must be"));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
