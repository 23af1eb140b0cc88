// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/NewSessionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

class TestNewSessionDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nameSuggestsAFile();
    void createsFromTheDefaultTemplate();
    void badRunbookKeepsTheDialogOpen();
    void existingFileIsNeverOverwritten();

private:
    QTemporaryDir m_dir;
};

void TestNewSessionDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("COCKPIT_TEMPLATE_DIR", m_dir.filePath(QStringLiteral("templates")).toUtf8());
}

void TestNewSessionDialog::nameSuggestsAFile()
{
    NewSessionDialog dialog(QStringLiteral("en"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("sessionName"));
    QTest::keyClicks(name, QStringLiteral("Core banking adapter"));
    QVERIFY(ok->isEnabled());
    QVERIFY2(
        dialog.path().endsWith(QStringLiteral("/core-banking-adapter.cutover")), qPrintable(dialog.path()));
    // A path the person typed is kept when the name changes.
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("sessionPath"));
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("mine.cutover")));
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("mine.cutover")));
}

void TestNewSessionDialog::createsFromTheDefaultTemplate()
{
    NewSessionDialog dialog(QStringLiteral("de"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sessionName"))->setText(QStringLiteral("HL7 interfaces"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sessionPath"))
        ->setText(m_dir.filePath(QStringLiteral("hl7.cutover")));
    dialog.findChild<QRadioButton *>(QStringLiteral("liveRadio"))->setChecked(true);
    const QByteArray shots = qgetenv("COCKPIT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/new-session-dialog.png"));
    }
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.info().name, QStringLiteral("HL7 interfaces"));
    QCOMPARE(dialog.info().rehearsal, false);
    QCOMPARE(dialog.info().language, QStringLiteral("de"));
    QCOMPARE(dialog.info().templateName, QStringLiteral("default"));
    QCOMPARE(dialog.runbook().taskCount(), 10);
    QCOMPARE(dialog.runbook().phases.at(0).name, QStringLiteral("Vorbereitung"));
}

void TestNewSessionDialog::badRunbookKeepsTheDialogOpen()
{
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Phase,Task,Result\nPreparation,,nothing\n");
    f.close();
    NewSessionDialog dialog(QStringLiteral("en"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sessionName"))->setText(QStringLiteral("Bad"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sessionPath"))
        ->setText(m_dir.filePath(QStringLiteral("bad.cutover")));
    dialog.setRunbookFile(csv);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("templateCombo"))->currentData().toString(), csv);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString error = dialog.findChild<QLabel *>(QStringLiteral("newSessionError"))->text();
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
}

void TestNewSessionDialog::existingFileIsNeverOverwritten()
{
    const QString existing = m_dir.filePath(QStringLiteral("existing.cutover"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    NewSessionDialog dialog(QStringLiteral("en"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sessionName"))->setText(QStringLiteral("Again"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sessionPath"))->setText(existing);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newSessionError"))
                ->text()
                .contains(QStringLiteral("already exists")));
    QCOMPARE(f.size(), qint64(1));
}

QTEST_MAIN(TestNewSessionDialog)
#include "tst_newsessiondialog.moc"
