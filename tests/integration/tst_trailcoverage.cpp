// SPDX-License-Identifier: GPL-3.0-or-later
// The trail covers every table that holds session state: a session with every table populated through
// the real code paths (cutoverctl for the checklist, log, channels, traffic run, result, lessons and
// template version; SampleStore for metric samples) verifies intact, and each table edited with the
// sqlite3 shell (a changed, an added or a deleted row) is caught and named. A session written by the
// version before trail version 2 (data/trail-v1.cutover, made by data/make-trail-session.sh with that
// version's cutoverctl) still verifies intact, and edits of what its records carry are still caught.
#include "audit/AuditChain.h"
#include "session/TrailReplayers.h"
#include "support/RawSqliteConnection.h"
#include "support/TrailSession.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTrailCoverage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_session; // built once, copied for every edit
    QString m_old;

    static AuditChain::Verification verify(const QString &path)
    {
        RawSqliteConnection raw(path, true);
        return AuditChain::verify(raw.database());
    }

    // Runs SQL with the sqlite3 command-line shell, as someone holding the file would.
    static bool shell(const QString &path, const QString &sql)
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty()) {
            qWarning("the sqlite3 shell is not installed (apt package sqlite3)");
            return false;
        }
        QProcess p;
        p.start(sqlite3, { path, sql });
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning("sqlite3 failed: %s", p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QString copyOf(const QString &source, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return QFile::copy(source, path) ? path : QString();
    }

    void editIsCaught(const QString &source, const QString &sql, const QString &named)
    {
        const QString copy = copyOf(source, QStringLiteral("edited.cutover"));
        QVERIFY(!copy.isEmpty());
        QVERIFY(shell(copy, sql));
        const AuditChain::Verification v = verify(copy);
        QVERIFY2(!v.intact, qPrintable(sql));
        QCOMPARE(v.firstBrokenSeq, qint64(0)); // the chain itself is untouched
        const QString all = v.stateMismatches.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(named), qPrintable(QStringLiteral("%1\nsays:\n%2").arg(sql, all)));
    }

    static void editsTable()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        auto row = [](const char *tag, const char *sql, const char *named) {
            QTest::newRow(tag) << QString::fromUtf8(sql) << QString::fromUtf8(named);
        };
        row("session: live instead of rehearsal", "UPDATE session SET rehearsal = 0",
            "session 1: rehearsal is \"0\" but the trail says \"1\"");
        row("session: goal", "UPDATE session SET goal = 'other'", "session 1: goal");
        row("traffic_backend: config", "UPDATE traffic_backend SET config = '{\"latency_ms\":1}'",
            "traffic backend setting 1: config");
        row("traffic_backend: added", "INSERT INTO traffic_backend VALUES (9, 'haproxy', '{}', 'x', 'eve')",
            "traffic backend setting 9 exists but the trail never recorded it");
        row("traffic_plan: old health url", "UPDATE traffic_plan SET old_health_url = 'http://x/'",
            "traffic plan 1: old_health_url");
        row("traffic_steps: percent", "UPDATE traffic_steps SET percent = 25 WHERE id = 1",
            "traffic step 1: percent is \"25\" but the trail says \"50\"");
        row("traffic_steps: deleted", "DELETE FROM traffic_steps WHERE id = 2",
            "traffic step 2 is in the trail but was deleted");
        row("traffic_state: state", "UPDATE traffic_state SET state = 'idle'",
            "traffic state 1: state is \"idle\" but the trail says \"completed\"");
        row("traffic_events: split", "UPDATE traffic_events SET percent_new = 7 WHERE id = 2",
            "traffic event 2: percent_new is \"7\"");
        row("traffic_events: added confirmation",
            "INSERT INTO traffic_events (id, at, kind, actor, percent_new, step_index) VALUES "
            "(99, '2026-01-01T00:00:00.000Z', 'confirmed', 'eve', 100, 1)",
            "traffic event 99 exists but the trail never recorded it");
        row("traffic_events: deleted", "DELETE FROM traffic_events WHERE id = 1",
            "traffic event 1 is in the trail but was deleted");
        row("gate_measurements: verdict", "UPDATE gate_measurements SET verdict = 'fail' WHERE id = 1",
            "gate measurement 1: verdict is \"fail\" but the trail says \"pass\"");
        row("gate_measurements: deleted", "DELETE FROM gate_measurements WHERE id = 2",
            "gate measurement 2 is in the trail but was deleted");
        row("traffic_lease: a lease nobody took",
            "INSERT INTO traffic_lease VALUES (1, 'eve', 'elsewhere', 4242, 't', "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
            "traffic lease 1: host is \"elsewhere\"");
        row("incident_entries: text", "UPDATE incident_entries SET text = 'all fine' WHERE id = 1",
            "log entry 1: text is \"all fine\"");
        row("incident_events: deleted verification", "DELETE FROM incident_events",
            "log event 1 is in the trail but was deleted");
        row("outbox: deleted", "DELETE FROM outbox WHERE id = 1",
            "outbox message 1 is in the trail but was deleted");
        row("result_statement: went well", "UPDATE result_statement SET went_well = 'everything'",
            "result statement 1: went_well is \"everything\" but the trail says \"No downtime\"");
        row("result_final: deleted", "DELETE FROM result_final",
            "final mark of the result statement 1 is in the trail but was deleted");
        row("lessons: text", "UPDATE lessons SET text = 'nothing' WHERE id = 1",
            "lesson 1: text is \"nothing\"");
        row("lessons: added",
            "INSERT INTO lessons (id, position, text, created_by, created_at) VALUES (9, 9, 'x', 'eve', 'x')",
            "lesson 9 exists but the trail never recorded it");
        row("lessons: deleted", "DELETE FROM lessons WHERE id = 2",
            "lesson 2 is in the trail but was deleted");
        row("template_versions: changelog", "UPDATE template_versions SET changelog = 'nothing'",
            "template version 1: changelog is \"nothing\"");
        row("meta: channel choice", "UPDATE meta SET value = 'slack' WHERE key = 'notify.channels'",
            "notification channel setting 1: value is \"slack\"");
        row("metric_source: added",
            "INSERT INTO metric_source VALUES (1, 'prometheus', '{}', 'eve', '2026-01-01T00:00:00.000Z')",
            "metric source 1 exists but the trail never recorded it");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerTrailReplayers();
        m_session = m_dir.filePath(QStringLiteral("trail.cutover"));
        QVERIFY(makeTrailSession(m_session, m_dir.filePath(QStringLiteral("work"))));
        RawSqliteConnection raw(m_session, true);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM metric_samples")).toInt(), 120);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'metrics.batch'")).toInt(),
            2);
        // Every table the issue names holds rows, so each edit below has something to change.
        for (const char *table :
            { "phases", "items", "traffic_backend", "traffic_plan", "traffic_steps", "traffic_state",
                "traffic_events", "gate_measurements", "incident_entries", "incident_events", "outbox",
                "result_statement", "result_final", "lessons", "template_versions" })
            QVERIFY2(
                raw.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt() > 0,
                table);

        m_old = QStringLiteral(COCKPIT_SOURCE_DIR "/tests/integration/data/trail-v1.cutover");
        QVERIFY(QFile::exists(m_old));
    }

    void intactWhenNobodyEditedIt()
    {
        const AuditChain::Verification v = verify(m_session);
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
        // cutoverctl says the same.
        QProcess ctl;
        ctl.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
            { QStringLiteral("audit"), QStringLiteral("verify"), m_session });
        QVERIFY(ctl.waitForFinished(60000));
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardOutput().constData());
    }

    void everyTableEditedWithTheShellIsNamed_data()
    {
        editsTable();
        auto row = [](const char *tag, const char *sql, const char *named) {
            QTest::newRow(tag) << QString::fromUtf8(sql) << QString::fromUtf8(named);
        };
        // What only trail version 2 records: where items and phases sit, the runbook of a version, samples.
        row("phases: name", "UPDATE phases SET name = 'Elsewhere' WHERE id = 2",
            "phase 2: name is \"Elsewhere\"");
        row("phases: added", "INSERT INTO phases VALUES (9, 9, 'Extra')",
            "phase 9 exists but the trail never created it");
        row("items: position", "UPDATE items SET position = 42 WHERE id = 3",
            "item 3: position is \"42\" but the trail says \"2\"");
        row("items: moved to another phase", "UPDATE items SET phase_id = 3 WHERE id = 1",
            "item 1: phase_id is \"3\"");
        row("items: planned start",
            "UPDATE items SET planned_start = '2026-01-01T08:00:00.000Z' WHERE id = 2",
            "item 2: planned_start");
        row("items: planned minutes", "UPDATE items SET planned_minutes = 999 WHERE id = 2",
            "item 2: planned_minutes is \"999\"");
        row("session: created at", "UPDATE session SET created_at = '2020-01-01T00:00:00.000Z'",
            "session 1: created_at");
        row("template_versions: runbook", "UPDATE template_versions SET runbook = '{}'",
            "template version 1: runbook");
        row("metric_samples: value changed", "UPDATE metric_samples SET value = 42 WHERE rowid = 5",
            "a sample of series error_ratio/new was changed");
        row("metric_samples: gap filled", "UPDATE metric_samples SET value = 0 WHERE value IS NULL",
            "a sample of series error_ratio/old was changed");
        row("metric_samples: deleted", "DELETE FROM metric_samples WHERE rowid = 70",
            "59 samples are stored; a sample was deleted or added");
        row("metric_samples: added",
            "INSERT INTO metric_samples (series, t, value) VALUES ('error_ratio/new', 1795688999000, 0.5)",
            "metric sample at row 121 (series error_ratio/new, t 1795688999000, value \"0.5\") exists but "
            "the "
            "trail never recorded it");
        row("metric_samples: time moved", "UPDATE metric_samples SET t = t + 1 WHERE rowid = 1",
            "metric samples batch of record");
    }

    void everyTableEditedWithTheShellIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        editIsCaught(m_session, sql, named);
    }

    void sessionOfThePreviousVersionVerifies()
    {
        const QString copy = copyOf(m_old, QStringLiteral("old.cutover"));
        QVERIFY(!copy.isEmpty());
        AuditChain::Verification v = verify(copy);
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
        QVERIFY(v.recordCount > 40);
        // Samples that version wrote carry no batch record; they are not held against it.
        QVERIFY(shell(copy,
            QStringLiteral("INSERT INTO metric_samples (series, t, value) VALUES ('a/new', 1, 0.5), "
                           "('a/new', 2, NULL)")));
        v = verify(copy);
        QVERIFY2(v.intact, qPrintable(v.stateMismatches.join(QLatin1Char('\n'))));
    }

    // What the old records carry is still checked in an old session.
    void editsOfThePreviousVersionsSessionAreNamed_data() { editsTable(); }

    void editsOfThePreviousVersionsSessionAreNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        editIsCaught(m_old, sql, named);
    }
};

QTEST_GUILESS_MAIN(TestTrailCoverage)
#include "tst_trailcoverage.moc"
