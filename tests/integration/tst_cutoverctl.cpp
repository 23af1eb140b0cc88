// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl end to end: runs build/bin/cutoverctl as a user would, and tampers with a session through the
// real sqlite3 shell.
#include "checklist/CutoverSession.h"
#include "identity/OperatingSystemAccount.h"
#include "support/OsAccount.h"
#include "support/SharedFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString ctlPath()
{
    return QStringLiteral(COCKPIT_BIN_DIR) + QStringLiteral("/cutoverctl");
}

}

class TestCutoverCtl : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Who every action of this test's cutoverctl runs is recorded as.
    static QString account() { return OperatingSystemAccount::accountName(); }

    Result ctl(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_dir.path());
        p.start(ctlPath(), args);
        Result r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
            r.err = QStringLiteral("cutoverctl did not run: ") + p.errorString();
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray describe(const Result &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err).toUtf8();
    }

    QJsonObject statusJson(const QString &session) const
    {
        const Result r = ctl({ QStringLiteral("status"), session, QStringLiteral("--json") });
        if (r.exitCode != 0) {
            qWarning("%s", describe(r).constData());
            return {};
        }
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QJsonObject itemOf(const QJsonObject &status, qint64 id)
    {
        for (const QJsonValue &p : status.value(QStringLiteral("phases")).toArray()) {
            for (const QJsonValue &i : p.toObject().value(QStringLiteral("items")).toArray()) {
                if (i.toObject().value(QStringLiteral("id")).toInteger() == id)
                    return i.toObject();
            }
        }
        return {};
    }

    bool newSession(const QString &file, const QStringList &extra = {}) const
    {
        QStringList args = { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("CLI test"),
            QStringLiteral("--out"), file };
        args += extra;
        const Result r = ctl(args);
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        return r.exitCode == 0;
    }

    bool sqlite3(const QString &file, const QString &sql) const
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty()) {
            qWarning("the sqlite3 shell is not installed");
            return false;
        }
        QProcess p;
        p.start(shell, { file, sql });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("sqlite3 failed: %s", p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    void writeFile(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(ctlPath()), qPrintable(ctlPath()));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("COCKPIT_TEMPLATE_DIR"), path(QStringLiteral("templates")));
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_env.insert(QStringLiteral("COCKPIT_USER"), QStringLiteral("lead-from-env"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    void helpOfEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("top") << QStringList { QStringLiteral("--help") }
                             << QStringList { QStringLiteral("new"), QStringLiteral("status"),
                                    QStringLiteral("item"), QStringLiteral("signoff"),
                                    QStringLiteral("audit"), QStringLiteral("template") };
        QTest::newRow("new") << QStringList { QStringLiteral("new"), QStringLiteral("--help") }
                             << QStringList { QStringLiteral("--template"), QStringLiteral("--lang"),
                                    QStringLiteral("--name"), QStringLiteral("--out"),
                                    QStringLiteral("--rehearsal"), QStringLiteral("--live"),
                                    QStringLiteral("--goal"), QStringLiteral("--by") };
        QTest::newRow("status") << QStringList { QStringLiteral("status"), QStringLiteral("--help") }
                                << QStringList { QStringLiteral("SESSION"), QStringLiteral("--json") };
        QTest::newRow("item") << QStringList { QStringLiteral("item"), QStringLiteral("--help") }
                              << QStringList { QStringLiteral("ID"), QStringLiteral("--status"),
                                     QStringLiteral("--by"), QStringLiteral("--reason"),
                                     QStringLiteral("--note"), QStringLiteral("--owner"),
                                     QStringLiteral("--evidence") };
        QTest::newRow("signoff") << QStringList { QStringLiteral("signoff"), QStringLiteral("--help") }
                                 << QStringList { QStringLiteral("--by"), QStringLiteral("--reason") };
        QTest::newRow("audit") << QStringList { QStringLiteral("audit"), QStringLiteral("--help") }
                               << QStringList { QStringLiteral("verify"), QStringLiteral("export") };
        QTest::newRow("audit verify") << QStringList { QStringLiteral("audit"), QStringLiteral("verify"),
            QStringLiteral("--help") } << QStringList { QStringLiteral("--expect-head") };
        QTest::newRow("audit export") << QStringList { QStringLiteral("audit"), QStringLiteral("export"),
            QStringLiteral("--help") } << QStringList { QStringLiteral("--out") };
        QTest::newRow("template") << QStringList { QStringLiteral("template"), QStringLiteral("--help") }
                                  << QStringList { QStringLiteral("import"), QStringLiteral("list"),
                                         QStringLiteral("export") };
        QTest::newRow("template import")
            << QStringList { QStringLiteral("template"), QStringLiteral("import"), QStringLiteral("--help") }
            << QStringList { QStringLiteral("--name"), QStringLiteral("line") };
        QTest::newRow("template list") << QStringList { QStringLiteral("template"), QStringLiteral("list"),
            QStringLiteral("--help") } << QStringList { QStringLiteral("default") };
        QTest::newRow("template export")
            << QStringList { QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("--help") }
            << QStringList { QStringLiteral("--out"), QStringLiteral("--lang") };
    }

    void helpOfEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        const Result r = ctl(args);
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("Usage")), describe(r));
        for (const QString &m : mentions)
            QVERIFY2(r.out.contains(m), qPrintable(m + QLatin1Char('\n') + r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("status"),
            QStringLiteral("x.cutover"), QStringLiteral("--frob") };
        QTest::newRow("status without session") << QStringList { QStringLiteral("status") };
        QTest::newRow("new without --out")
            << QStringList { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x") };
        QTest::newRow("new with a bad language") << QStringList { QStringLiteral("new"),
            QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--out"),
            QStringLiteral("x.cutover"), QStringLiteral("--lang"), QStringLiteral("fr") };
        QTest::newRow("item with a bad status") << QStringList { QStringLiteral("item"),
            QStringLiteral("x.cutover"), QStringLiteral("1"), QStringLiteral("--status"),
            QStringLiteral("finished"), QStringLiteral("--by"), QStringLiteral("a") };
        QTest::newRow("item without a change")
            << QStringList { QStringLiteral("item"), QStringLiteral("x.cutover"), QStringLiteral("1") };
        QTest::newRow("item with a bad id") << QStringList { QStringLiteral("item"),
            QStringLiteral("x.cutover"), QStringLiteral("first"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("a") };
        QTest::newRow("audit without subcommand") << QStringList { QStringLiteral("audit") };
        QTest::newRow("template unknown subcommand")
            << QStringList { QStringLiteral("template"), QStringLiteral("delete") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = ctl(args);
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY2(!r.err.isEmpty(), describe(r));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.cutover"))));
    }

    void newFromDefaultTemplate_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("firstPhase");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Preparation");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Vorbereitung");
    }

    void newFromDefaultTemplate()
    {
        QFETCH(QString, lang);
        QFETCH(QString, firstPhase);
        const QString file = path(QStringLiteral("default-%1.cutover").arg(lang));
        QVERIFY(newSession(file,
            { QStringLiteral("--template"), QStringLiteral("default"), QStringLiteral("--lang"), lang,
                QStringLiteral("--goal"), QStringLiteral("No downtime") }));
        const QJsonObject s = statusJson(file);
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("CLI test"));
        QCOMPARE(s.value(QStringLiteral("goal")).toString(), QStringLiteral("No downtime"));
        QCOMPARE(s.value(QStringLiteral("language")).toString(), lang);
        QCOMPARE(s.value(QStringLiteral("rehearsal")).toBool(), true);
        const QJsonArray phases = s.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 3);
        QCOMPARE(phases.at(0).toObject().value(QStringLiteral("name")).toString(), firstPhase);
        QCOMPARE(s.value(QStringLiteral("progress")).toObject().value(QStringLiteral("total")).toInt(), 10);

        // The creator is the OS account, even with $COCKPIT_USER set (and whatever --by says).
        const QString csv = path(QStringLiteral("default-%1.csv").arg(lang));
        const Result exported
            = ctl({ QStringLiteral("audit"), QStringLiteral("export"), file, QStringLiteral("--out"), csv });
        QVERIFY2(exported.exitCode == 0, describe(exported));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.at(1).startsWith("1,")
                && lines.at(1).contains(QByteArray(",") + account().toUtf8() + ",session.create,"),
            lines.at(1).constData());

        // An existing file is never overwritten.
        const Result again = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("again"),
            QStringLiteral("--out"), file });
        QVERIFY2(again.exitCode == 1, describe(again));
        QVERIFY2(again.err.contains(QLatin1String("already exists")), describe(again));
        QCOMPARE(statusJson(file).value(QStringLiteral("name")).toString(), QStringLiteral("CLI test"));
    }

    void newLiveSession()
    {
        const QString file = path(QStringLiteral("live.cutover"));
        QVERIFY(
            newSession(file, { QStringLiteral("--live"), QStringLiteral("--by"), QStringLiteral("alice") }));
        QCOMPARE(statusJson(file).value(QStringLiteral("rehearsal")).toBool(), false);
        const Result both = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--out"), path(QStringLiteral("both.cutover")), QStringLiteral("--live"),
            QStringLiteral("--rehearsal") });
        QCOMPARE(both.exitCode, 2);
    }

    void newFromMarkdownRunbook()
    {
        writeFile(QStringLiteral("runbook.md"),
            "# HL7 interface cutover\n\nSome prose.\n\n"
            "| Phase | Task | Result | Owner | Sign-off |\n|---|---|---|---|---|\n"
            "| Prepare | Freeze interface changes | No changes in flight | Dana | yes |\n"
            "| Prepare | Snapshot the message store | Restore point | Eli | no |\n"
            "| Switch | Route ADT feed to the new engine | Messages flow | Dana | yes |\n");
        const QString file = path(QStringLiteral("fromrunbook.cutover"));
        QVERIFY(newSession(file,
            { QStringLiteral("--template"), path(QStringLiteral("runbook.md")), QStringLiteral("--by"),
                QStringLiteral("alice") }));
        const QJsonObject s = statusJson(file);
        const QJsonArray phases = s.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Prepare"));
        QCOMPARE(phases.at(1).toObject().value(QStringLiteral("items")).toArray().size(), 1);
        const QJsonObject first = itemOf(s, 1);
        QCOMPARE(first.value(QStringLiteral("task")).toString(), QStringLiteral("Freeze interface changes"));
        QCOMPARE(first.value(QStringLiteral("expected")).toString(), QStringLiteral("No changes in flight"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Dana"));
        QCOMPARE(first.value(QStringLiteral("signoff_required")).toBool(), true);

        // A bad runbook creates nothing.
        writeFile(QStringLiteral("broken.md"), "| Phase | Task |\n|---|---|\n| Prepare | |\n");
        const Result r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--out"), path(QStringLiteral("broken.cutover")), QStringLiteral("--template"),
            path(QStringLiteral("broken.md")) });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("line 3")), describe(r));
        QVERIFY(!QFile::exists(path(QStringLiteral("broken.cutover"))));
    }

    void statusJsonShapeAndText()
    {
        const QString file = path(QStringLiteral("shape.cutover"));
        QVERIFY(newSession(file, { QStringLiteral("--by"), QStringLiteral("alice") }));
        const QJsonObject s = statusJson(file);
        QCOMPARE(s.value(QStringLiteral("audit_head")).toString().size(), 64);
        const QJsonArray phases = s.value(QStringLiteral("phases")).toArray();
        QVERIFY(!phases.isEmpty());
        int items = 0;
        for (const QJsonValue &pv : phases) {
            const QJsonObject p = pv.toObject();
            QVERIFY(p.value(QStringLiteral("name")).isString());
            QVERIFY(p.value(QStringLiteral("items")).isArray());
            QVERIFY(p.value(QStringLiteral("progress")).toObject().contains(QStringLiteral("total")));
            for (const QJsonValue &iv : p.value(QStringLiteral("items")).toArray()) {
                const QJsonObject i = iv.toObject();
                QVERIFY(i.value(QStringLiteral("id")).isDouble());
                QVERIFY(!i.value(QStringLiteral("task")).toString().isEmpty());
                QVERIFY(i.value(QStringLiteral("expected")).isString());
                QVERIFY(i.value(QStringLiteral("owner")).isString());
                QCOMPARE(i.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
                for (const char *key : { "skip_reason", "signoff_required", "completed_by", "signed_off_by",
                         "notes", "evidence", "planned_minutes", "actual_start", "actual_end" })
                    QVERIFY2(i.contains(QLatin1String(key)), key);
                ++items;
            }
        }
        QCOMPARE(items, 10);

        const Result text = ctl({ QStringLiteral("status"), file });
        QVERIFY2(text.exitCode == 0, describe(text));
        QVERIFY(text.out.contains(QLatin1String("Preparation")));
        QVERIFY(text.out.contains(QLatin1String("Align stakeholders")));
        QVERIFY(text.out.contains(s.value(QStringLiteral("audit_head")).toString()));
        QVERIFY(text.out.contains(QLatin1String("0/10")));
    }

    void checklistWorkflowAndTamperedTrail()
    {
        const QString file = path(QStringLiteral("flow.cutover"));
        QVERIFY(newSession(file, { QStringLiteral("--by"), QStringLiteral("alice") }));
        const QString s = file;

        Result r = ctl({ QStringLiteral("item"), s, QStringLiteral("3"), QStringLiteral("--status"),
            QStringLiteral("in-progress"), QStringLiteral("--by"), QStringLiteral("alice"),
            QStringLiteral("--note"), QStringLiteral("started the smoke tests"), QStringLiteral("--owner"),
            QStringLiteral("QA team"), QStringLiteral("--evidence"),
            QStringLiteral("https://ci.example.invalid/1"), QStringLiteral("--evidence"),
            QStringLiteral("https://ci.example.invalid/2") });
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("in-progress")), describe(r));

        // Done on a sign-off item leads to awaiting-signoff.
        r = ctl({ QStringLiteral("item"), s, QStringLiteral("1"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("awaiting-signoff")), describe(r));

        // The same person cannot sign off, whatever name is typed; a second person (account) can.
        r = ctl({ QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
            QStringLiteral("bob") });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("second person")), describe(r));
        QCOMPARE(itemOf(statusJson(s), 1).value(QStringLiteral("status")).toString(),
            QStringLiteral("awaiting-signoff"));
        QString why;
        if (!OsAccount::canCreate(&why))
            QSKIP(qPrintable(why));
        OsAccount bob(QStringLiteral("bob"));
        QVERIFY2(bob.create(&why), qPrintable(why));
        SharedFolder::open(m_dir.path());
        QProcessEnvironment bobEnv;
        bobEnv.insert(QStringLiteral("USER"), account()); // claims to be the completer: it does not matter
        const OsAccount::Result second
            = bob.run(ctlPath(), { QStringLiteral("signoff"), s, QStringLiteral("1") }, bobEnv);
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));

        // Skipping needs a reason.
        r = ctl({ QStringLiteral("item"), s, QStringLiteral("4"), QStringLiteral("--status"),
            QStringLiteral("skipped"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("reason")), describe(r));
        r = ctl({ QStringLiteral("item"), s, QStringLiteral("4"), QStringLiteral("--status"),
            QStringLiteral("skipped"), QStringLiteral("--by"), QStringLiteral("alice"),
            QStringLiteral("--reason"), QStringLiteral("no feature flags in this release") });
        QVERIFY2(r.exitCode == 0, describe(r));

        // Unknown item.
        r = ctl({ QStringLiteral("item"), s, QStringLiteral("99"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("99")), describe(r));

        const QJsonObject status = statusJson(s);
        const QJsonObject one = itemOf(status, 1);
        QCOMPARE(one.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(one.value(QStringLiteral("completed_by")).toString(), account());
        QCOMPARE(one.value(QStringLiteral("signed_off_by")).toString(), bob.name());
        const QJsonObject three = itemOf(status, 3);
        QCOMPARE(three.value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(three.value(QStringLiteral("owner")).toString(), QStringLiteral("QA team"));
        QCOMPARE(three.value(QStringLiteral("notes")).toString(), QStringLiteral("started the smoke tests"));
        QCOMPARE(three.value(QStringLiteral("evidence")).toArray().size(), 2);
        QVERIFY(!three.value(QStringLiteral("actual_start")).toString().isEmpty());
        QCOMPARE(itemOf(status, 4).value(QStringLiteral("skip_reason")).toString(),
            QStringLiteral("no feature flags in this release"));
        QCOMPARE(
            status.value(QStringLiteral("progress")).toObject().value(QStringLiteral("finished")).toInt(), 2);

        // The trail is intact; verify prints the count and the head that status shows.
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), s });
        QVERIFY2(r.exitCode == 0, describe(r));
        const QString head = status.value(QStringLiteral("audit_head")).toString();
        QVERIFY2(r.out.contains(head), describe(r));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("%1 records").arg(status.value(QStringLiteral("audit_records")).toInteger())),
            describe(r));
        r = ctl(
            { QStringLiteral("audit"), QStringLiteral("verify"), s, QStringLiteral("--expect-head"), head });
        QVERIFY2(r.exitCode == 0, describe(r));

        // An earlier head copy is still accepted after more work (records appended, nothing cut off).
        r = ctl({ QStringLiteral("item"), s, QStringLiteral("5"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 0, describe(r));
        r = ctl(
            { QStringLiteral("audit"), QStringLiteral("verify"), s, QStringLiteral("--expect-head"), head });
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("appended")), describe(r));
        const QString latestHead = statusJson(s).value(QStringLiteral("audit_head")).toString();

        // Cutting off the end: a head copy proves it.
        QVERIFY(QFile::copy(s, path(QStringLiteral("cut.cutover"))));
        QVERIFY(sqlite3(path(QStringLiteral("cut.cutover")),
            QStringLiteral("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)")));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), path(QStringLiteral("cut.cutover")),
            QStringLiteral("--expect-head"), latestHead });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("cut off")), describe(r));

        // Tampering with a record through the sqlite3 shell is named.
        QVERIFY(sqlite3(s, QStringLiteral("UPDATE audit SET actor='mallory' WHERE seq=3")));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), s });
        QVERIFY2(r.exitCode != 0, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("record 3")), describe(r));
    }

    // The metric source settings are audited like every feature's state: an edit or a deletion in the
    // sqlite3 shell is named by `audit verify`.
    void metricSourceChangedInTheShellIsReported()
    {
        const QString file = path(QStringLiteral("source.cutover"));
        QVERIFY(newSession(file, { QStringLiteral("--by"), QStringLiteral("alice") }));
        Result r = ctl({ QStringLiteral("metrics"), file, QStringLiteral("--probe"),
            QStringLiteral("old=http://127.0.0.1:9/old,new=http://127.0.0.1:9/new"), QStringLiteral("--by"),
            QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 0, describe(r));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), file });
        QVERIFY2(r.exitCode == 0, describe(r));

        const QString edited = path(QStringLiteral("source-edited.cutover"));
        QVERIFY(QFile::copy(file, edited));
        QVERIFY(sqlite3(edited,
            QStringLiteral("UPDATE metric_source SET settings = replace(settings, '127.0.0.1:9', "
                           "'attacker.example:80'), updated_by = 'mallory' WHERE id = 1")));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), edited });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("metric source 1: settings")), describe(r));
        QVERIFY2(r.err.contains(QLatin1String("metric source 1: updated_by")), describe(r));

        const QString deleted = path(QStringLiteral("source-deleted.cutover"));
        QVERIFY(QFile::copy(file, deleted));
        QVERIFY(sqlite3(deleted, QStringLiteral("DELETE FROM metric_source")));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), deleted });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(
            r.err.contains(QLatin1String("metric source 1 is in the trail but was deleted")), describe(r));

        // Switched off through cutoverctl, the missing row is what the trail says.
        r = ctl({ QStringLiteral("metrics"), file, QStringLiteral("--off"), QStringLiteral("--by"),
            QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 0, describe(r));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), file });
        QVERIFY2(r.exitCode == 0, describe(r));
    }

    void itemStateChangedInTheShellIsReported()
    {
        const QString file = path(QStringLiteral("state.cutover"));
        QVERIFY(newSession(file, { QStringLiteral("--by"), QStringLiteral("alice") }));
        QVERIFY(sqlite3(
            file, QStringLiteral("UPDATE items SET status='done', signed_off_by='mallory' WHERE id=2")));
        const Result r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), file });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("item 2: status")), describe(r));
        QVERIFY2(r.err.contains(QLatin1String("item 2: signed_off_by")), describe(r));
    }

    void readOnlyCommandsWhileAWriterHasTheSession()
    {
        const QString file = path(QStringLiteral("open.cutover"));
        QVERIFY(newSession(file, { QStringLiteral("--by"), QStringLiteral("alice") }));
        QString error;
        auto writer = CutoverSession::open(file, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->setStatus(2, ItemStatus::InProgress, QStringLiteral("gui-user")).ok);
        QCOMPARE(itemOf(statusJson(file), 2).value(QStringLiteral("status")).toString(),
            QStringLiteral("in-progress"));
        Result r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), file });
        QVERIFY2(r.exitCode == 0, describe(r));
        // A change from the command line reaches the open session on reload.
        r = ctl({ QStringLiteral("item"), file, QStringLiteral("2"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") });
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(writer->reload().ok);
        QCOMPARE(writer->item(2).status, ItemStatus::AwaitingSignOff);
    }

    void refusedFiles()
    {
        writeFile(QStringLiteral("notes.cutover"), "just some notes\n");
        Result r = ctl({ QStringLiteral("status"), path(QStringLiteral("notes.cutover")) });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("not an SQLite database")), describe(r));
        r = ctl(
            { QStringLiteral("audit"), QStringLiteral("verify"), path(QStringLiteral("missing.cutover")) });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), describe(r));
    }

    void auditExportCsv()
    {
        const QString file = path(QStringLiteral("export.cutover"));
        QVERIFY(newSession(file, { QStringLiteral("--by"), QStringLiteral("alice") }));
        Result r = ctl({ QStringLiteral("item"), file, QStringLiteral("3"), QStringLiteral("--note"),
            QStringLiteral("a, \"quoted\"\nnote"), QStringLiteral("--by"), QStringLiteral("bob"),
            QStringLiteral("--reason"), QStringLiteral("why, not") });
        QVERIFY2(r.exitCode == 0, describe(r));
        const QString csv = path(QStringLiteral("trail.csv"));
        r = ctl({ QStringLiteral("audit"), QStringLiteral("export"), file, QStringLiteral("--out"), csv });
        QVERIFY2(r.exitCode == 0, describe(r));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(f.readAll());
        QVERIFY(content.startsWith(
            QLatin1String("seq,at,actor,action,entity,entity_id,field,old,new,reason,hash\r\n")));
        QVERIFY(content.contains(QLatin1Char(',') + account()
            + QLatin1String(",item.notes,item,3,notes,,\"a, \"\"quoted\"\"\nnote\",\"why, not\",")));
        const QString head = statusJson(file).value(QStringLiteral("audit_head")).toString();
        QVERIFY(content.trimmed().endsWith(head));
        QCOMPARE(content.count(QLatin1String("\r\n")),
            16); // header, 14 creation records (session, 3 phases, 10 items), the note
    }

    void templates()
    {
        // A bad runbook is refused whole with its line; nothing is stored.
        writeFile(QStringLiteral("bad.csv"), "phase,task,expected\nPrep,Backup,ok\nPrep,\"Snapshot,ok\n");
        Result r
            = ctl({ QStringLiteral("template"), QStringLiteral("import"), path(QStringLiteral("bad.csv")) });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("line 3")), describe(r));
        QVERIFY2(r.err.contains(QLatin1String("never closed")), describe(r));
        r = ctl({ QStringLiteral("template"), QStringLiteral("list") });
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains(QLatin1String("default")));
        QVERIFY(!r.out.contains(QLatin1String("bad")));

        // A good one is stored, listed and usable.
        writeFile(QStringLiteral("iot.csv"),
            "Phase;Aufgabe;Ergebnis\nVorbereitung;Gateways inventarisieren;Liste\n"
            "Cutover;Firmware ausrollen;Alle Geräte online\n");
        r = ctl({ QStringLiteral("template"), QStringLiteral("import"), path(QStringLiteral("iot.csv")),
            QStringLiteral("--name"), QStringLiteral("iot-rollout") });
        QVERIFY2(r.exitCode == 0, describe(r));
        r = ctl({ QStringLiteral("template"), QStringLiteral("import"), path(QStringLiteral("iot.csv")),
            QStringLiteral("--name"), QStringLiteral("iot-rollout") });
        QVERIFY2(r.exitCode == 1, describe(r)); // no silent replacement
        r = ctl({ QStringLiteral("template"), QStringLiteral("list") });
        QVERIFY2(r.out.contains(QLatin1String("iot-rollout")), describe(r));
        const QString file = path(QStringLiteral("iot.cutover"));
        QVERIFY(newSession(file,
            { QStringLiteral("--template"), QStringLiteral("iot-rollout"), QStringLiteral("--lang"),
                QStringLiteral("de") }));
        QCOMPARE(itemOf(statusJson(file), 2).value(QStringLiteral("task")).toString(),
            QStringLiteral("Firmware ausrollen"));

        // Export: the built-in checklist in German as Markdown, a session's checklist as JSON.
        r = ctl({ QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("default"),
            QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"),
            path(QStringLiteral("default-de.md")) });
        QVERIFY2(r.exitCode == 0, describe(r));
        QFile md(path(QStringLiteral("default-de.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(md.readAll());
        QVERIFY2(mdText.contains(QLatin1String("| Phase | Aufgabe | Ergebnis")), qPrintable(mdText));
        QVERIFY(mdText.contains(QLatin1String("Vorbereitung")));
        r = ctl({ QStringLiteral("template"), QStringLiteral("export"), file, QStringLiteral("--out"),
            path(QStringLiteral("iot-session.json")) });
        QVERIFY2(r.exitCode == 0, describe(r));
        QFile json(path(QStringLiteral("iot-session.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray phases
            = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 2);
        r = ctl({ QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("no-such-template"),
            QStringLiteral("--out"), path(QStringLiteral("x.md")) });
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.md"))));
    }
};

QTEST_GUILESS_MAIN(TestCutoverCtl)
#include "tst_cutoverctl.moc"
