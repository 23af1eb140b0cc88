// SPDX-License-Identifier: GPL-3.0-or-later
// SessionCopier and `cutoverctl export|import` on a session in which every table holds rows (items,
// sign-offs, signatures, the incident log, a traffic run, metric samples with a gap, result, lessons): the
// copy verifies with the source's head, and every table (SessionSchema's list, checked against the file's
// own catalog) holds the same rows, column for column with the same SQLite storage class; a BLOB, NULLs
// and integers stay what they are. A source edited behind its trail, an existing target and a target that
// is not empty are refused, and nothing is left behind.
#include "audit/AuditChain.h"
#include "session/TrailReplayers.h"
#include "store/SessionCopier.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"
#include "support/CtlProcess.h"
#include "support/RawSqliteConnection.h"
#include "support/TrailSession.h"
#include "trust/SessionIdentity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

class TestSessionCopier : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_session;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString copyOfSource(const QString &name)
    {
        const QString p = path(name);
        return QFile::copy(m_session, p) ? p : QString();
    }

    static std::unique_ptr<SessionStore> openReadOnly(const QString &p)
    {
        QString error;
        auto store = SessionStore::open(p, SessionStore::Mode::ReadOnly, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    // Every row of a table as text lines: each column's storage class and value (a BLOB in hex), in key
    // order; metric_samples, which has no key, with its rowid (the trail names rowid ranges).
    static QStringList rowsOf(const QSqlDatabase &db, const QString &table)
    {
        const QSqlRecord record = db.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        QStringList order = SessionSchema::primaryKey(table);
        if (order.isEmpty()) {
            columns.prepend(QStringLiteral("rowid"));
            order = { QStringLiteral("rowid") };
        }
        QStringList select;
        for (const QString &c : std::as_const(columns))
            select << QStringLiteral("typeof(%1)").arg(c) << c;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(select.join(QStringLiteral(", ")), table, order.join(QStringLiteral(", "))))) {
            qWarning("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
            return { QStringLiteral("unreadable") };
        }
        QStringList out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < columns.size(); ++i) {
                const QString kind = q.value(2 * i).toString();
                const QVariant v = q.value(2 * i + 1);
                const QString value = kind == QLatin1String("blob")
                    ? QString::fromLatin1(v.toByteArray().toHex())
                    : kind == QLatin1String("real") ? QString::number(v.toDouble(), 'g', 17)
                                                    : v.toString();
                row << QStringLiteral("%1=%2:%3").arg(columns.at(i), kind, value);
            }
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }

    static void compareAllTables(const QString &a, const QString &b)
    {
        RawSqliteConnection ra(a, true);
        RawSqliteConnection rb(b, true);
        for (const QString &table : SessionSchema::tableNames()) {
            const QStringList rowsA = rowsOf(ra.database(), table);
            const QStringList rowsB = rowsOf(rb.database(), table);
            QVERIFY2(rowsA == rowsB, qPrintable(table));
        }
    }

    static QStringList leftovers(const QString &dir)
    {
        return QDir(dir).entryList({ QStringLiteral("*.partial*") }, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerTrailReplayers();
        m_session = path(QStringLiteral("source.cutover"));
        QVERIFY(makeTrailSession(m_session, path(QStringLiteral("work"))));
        // A value stored as a BLOB (the trail compares its text, so the session still verifies).
        RawSqliteConnection raw(m_session);
        QVERIFY(raw.exec(QStringLiteral("UPDATE items SET notes = CAST(notes AS BLOB) WHERE id = 1")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT typeof(notes) FROM items WHERE id = 1")).toString(),
            QStringLiteral("blob"));
        for (const QString &table : SessionSchema::tableNames()) {
            if (table != QLatin1String("metric_source") && table != QLatin1String("traffic_lease"))
                QVERIFY2(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt() > 0,
                    qPrintable(table));
        }
        QVERIFY(AuditChain::verify(raw.database()).intact);
    }

    void everyTableIsEnumerated()
    {
        // The list derived from the migrations is exactly the tables a session file holds.
        RawSqliteConnection raw(m_session, true);
        QSqlQuery q(raw.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name")));
        QStringList inFile;
        while (q.next())
            inFile << q.value(0).toString();
        QStringList listed = SessionSchema::tableNames();
        listed.sort();
        QCOMPARE(listed, inFile);
        QCOMPARE(SessionSchema::primaryKey(QStringLiteral("audit")), QStringList { QStringLiteral("seq") });
        QCOMPARE(SessionSchema::primaryKey(QStringLiteral("meta")), QStringList { QStringLiteral("key") });
        QVERIFY(SessionSchema::primaryKey(QStringLiteral("metric_samples")).isEmpty());
    }

    void copyVerifiesWithTheSameHeadAndEqualRows()
    {
        auto source = openReadOnly(m_session);
        QVERIFY(source);
        const AuditChain::Head head = AuditChain::head(source->database());
        const QString target = path(QStringLiteral("copy.cutover"));
        QList<QPair<qint64, qint64>> progress;
        const SessionCopier::Result r
            = SessionCopier::copyToNewFile(*source, target, [&progress](qint64 done, qint64 total) {
                  progress.append({ done, total });
              });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.headHash, head.hash);
        QCOMPARE(r.auditRecords, head.seq);
        QCOMPARE(r.tables.size(), SessionSchema::tableNames().size());
        qint64 sum = 0;
        for (const SessionCopier::TableCount &t : r.tables)
            sum += t.rows;
        QCOMPARE(sum, r.rows);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), qMakePair(r.rows, r.rows));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);

        QVERIFY(QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        QVERIFY(leftovers(m_dir.path()).isEmpty());
        compareAllTables(m_session, target);

        auto copy = openReadOnly(target);
        QVERIFY(copy);
        const AuditChain::Verification v = AuditChain::verify(copy->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
        QCOMPARE(v.headHash, head.hash);
        // The same session: same identity, so a trust decision for the original holds for the copy.
        QCOMPARE(SessionIdentity::of(copy.get()), SessionIdentity::of(source.get()));
        QVERIFY(!SessionIdentity::of(copy.get()).startsWith(QLatin1String("file:")));
    }

    void valuesSurviveExactly()
    {
        const QString target = path(QStringLiteral("copy.cutover"));
        QVERIFY(QFile::exists(target)); // from the test before
        RawSqliteConnection raw(target, true);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT typeof(notes) FROM items WHERE id = 1")).toString(),
            QStringLiteral("blob"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT notes FROM items WHERE id = 1")).toByteArray(),
            QByteArray("checked"));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT COUNT(*) FROM metric_samples WHERE value IS NULL")).toInt(), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT typeof(item_id) FROM incident_entries WHERE id = 1"))
                     .toString(),
            QStringLiteral("null"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT typeof(t) FROM metric_samples LIMIT 1")).toString(),
            QStringLiteral("integer"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT typeof(value) FROM meta WHERE key = 'schema_version'"))
                     .toString(),
            QStringLiteral("text"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
            QString::number(SessionSchema::currentVersion()));
    }

    void tamperedSourceIsRefusedAndLeavesNothing()
    {
        const QString tampered = copyOfSource(QStringLiteral("tampered.cutover"));
        QVERIFY(!tampered.isEmpty());
        {
            RawSqliteConnection raw(tampered);
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET task = 'Nothing to see' WHERE id = 2")));
        }
        auto source = openReadOnly(tampered);
        QVERIFY(source);
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.cutover"));
        const SessionCopier::Result r = SessionCopier::copyToNewFile(*source, target);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("item 2")), qPrintable(r.error));
        QVERIFY(r.tables.isEmpty());
        QVERIFY2(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
            qPrintable(QDir(out.path())
                           .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                           .join(QLatin1Char(' '))));
    }

    void existingTargetIsRefused()
    {
        auto source = openReadOnly(m_session);
        QVERIFY(source);
        const QString target = path(QStringLiteral("taken.cutover"));
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("someone else's file");
        }
        const SessionCopier::Result r = SessionCopier::copyToNewFile(*source, target);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("already exists")), qPrintable(r.error));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone else's file"));
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void targetThatIsNotEmptyIsRefused()
    {
        auto source = openReadOnly(m_session);
        QVERIFY(source);
        QString error;
        const QString p = path(QStringLiteral("busy.cutover"));
        auto target = SessionStore::create(p, &error);
        QVERIFY2(target, qPrintable(error));
        QSqlQuery q(target->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO phases (id, position, name) VALUES (1, 1, 'Mine')")));
        const SessionCopier::Result r = SessionCopier::copy(*source, *target);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("not empty")), qPrintable(r.error));
        QCOMPARE(
            RawSqliteConnection(p, true).scalar(QStringLiteral("SELECT COUNT(*) FROM audit")).toInt(), 0);
    }

    void cutoverctlExportThenAuditVerify()
    {
        const QString target = path(QStringLiteral("exported.cutover"));
        const CtlResult r = runCtl({ QStringLiteral("export"), m_session, QStringLiteral("--out"), target,
            QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("tables")).toArray().size(), SessionSchema::tableNames().size());
        const QString head = o.value(QStringLiteral("head")).toString();
        QCOMPARE(head.size(), 64);

        const CtlResult v = runCtl(
            { QStringLiteral("audit"), QStringLiteral("verify"), target, QStringLiteral("--allowed-signers"),
                path(QStringLiteral("work/allowed_signers")), QStringLiteral("--expect-head"), head });
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        QVERIFY2(v.out.contains(head), qPrintable(v.out));
        QVERIFY2(v.out.contains(QLatin1String("2 of 2 signature(s) verified")), qPrintable(v.out));
        compareAllTables(m_session, target);

        // Never over an existing file; the file is left as it is.
        const QByteArray before = [&] {
            QFile f(target);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const CtlResult again
            = runCtl({ QStringLiteral("export"), m_session, QStringLiteral("--out"), target });
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        // And back: import into a new file; into a team database whose server cannot be reached, the
        // import says so (tst_teamsession imports into a real one).
        const QString back = path(QStringLiteral("imported.cutover"));
        const CtlResult imp = runCtl({ QStringLiteral("import"), target, QStringLiteral("--into"), back });
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
        QVERIFY2(imp.out.contains(head), qPrintable(imp.out));
        QVERIFY2(imp.out.contains(QLatin1String("items")), qPrintable(imp.out));
        compareAllTables(m_session, back);
        const CtlResult team = runCtl({ QStringLiteral("import"), target, QStringLiteral("--into"),
            QStringLiteral("postgresql://127.0.0.1:1/cutover?session=x") });
        QCOMPARE(team.code, 1);
        QVERIFY2(team.err.contains(QLatin1String("Cannot connect to postgresql://127.0.0.1:1/cutover")),
            qPrintable(team.err));
        const CtlResult usage = runCtl({ QStringLiteral("export"), m_session });
        QCOMPARE(usage.code, 2);
    }

    void cutoverctlRefusesAnOlderSchema()
    {
        // data/trail-v1.cutover was written by an older version (schema 8): it is upgraded first.
        const QString old = path(QStringLiteral("old.cutover"));
        QVERIFY(
            QFile::copy(QStringLiteral(COCKPIT_SOURCE_DIR "/tests/integration/data/trail-v1.cutover"), old));
        QTemporaryDir out;
        const CtlResult r = runCtl({ QStringLiteral("export"), old, QStringLiteral("--out"),
            out.filePath(QStringLiteral("c.cutover")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("opened for writing once")), qPrintable(r.err));
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void cutoverctlRefusesATamperedSession()
    {
        const QString tampered = copyOfSource(QStringLiteral("tampered-ctl.cutover"));
        QVERIFY(!tampered.isEmpty());
        {
            RawSqliteConnection raw(tampered);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM incident_events")));
        }
        QTemporaryDir out;
        const CtlResult r = runCtl({ QStringLiteral("export"), tampered, QStringLiteral("--out"),
            out.filePath(QStringLiteral("c.cutover")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not verify")), qPrintable(r.err));
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionCopier)
#include "tst_sessioncopier.moc"
