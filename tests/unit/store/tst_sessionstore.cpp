// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore: one SQLite file per session. Changes survive a reopen; WAL and foreign keys are on; the
// schema version is stored and migrated; damaged, foreign and newer files are refused and left
// byte-identical; a second reader can open the file read-only while a writer has it open.
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"
#include "support/RawSqliteConnection.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

Runbook bigRunbook(int tasks)
{
    Runbook rb;
    rb.name = QStringLiteral("big");
    rb.language = QStringLiteral("en");
    for (int p = 0; p < 4; ++p) {
        RunbookPhase phase;
        phase.name = QStringLiteral("Phase %1").arg(p + 1);
        for (int t = 0; t < tasks / 4; ++t) {
            phase.tasks.append(
                RunbookTask { QStringLiteral("Task %1.%2 ").arg(p).arg(t) + QString(200, QLatin1Char('t')),
                    QStringLiteral("Expected ") + QString(200, QLatin1Char('e')),
                    QStringLiteral("owner%1").arg(t % 7), t % 5 == 0, t % 30 });
        }
        rb.phases.append(phase);
    }
    return rb;
}

}

class TestSessionStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A closed, complete session file (the writer's close checkpoints the WAL into the main file).
    QString makeSession(
        const QString &name, const Runbook &runbook = RunbookTemplates::defaultRunbook(QStringLiteral("en")))
    {
        SessionInfo info;
        info.name = QStringLiteral("Store test");
        QString error;
        auto s = CutoverSession::create(path(name), info, runbook, QStringLiteral("alice"), &error);
        if (!s)
            qWarning("create failed: %s", qPrintable(error));
        return s ? s->path() : QString();
    }

    static void compareItems(const ChecklistItem &a, const ChecklistItem &b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.phaseId, b.phaseId);
        QCOMPARE(a.position, b.position);
        QCOMPARE(a.task, b.task);
        QCOMPARE(a.expected, b.expected);
        QCOMPARE(a.owner, b.owner);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.skipReason, b.skipReason);
        QCOMPARE(a.plannedStart, b.plannedStart);
        QCOMPARE(a.plannedMinutes, b.plannedMinutes);
        QCOMPARE(a.actualStart, b.actualStart);
        QCOMPARE(a.actualEnd, b.actualEnd);
        QCOMPARE(a.notes, b.notes);
        QCOMPARE(a.evidence, b.evidence);
        QCOMPARE(a.signOffRequired, b.signOffRequired);
        QCOMPARE(a.completedBy, b.completedBy);
        QCOMPARE(a.signedOffBy, b.signedOffBy);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createAndReopenKeepsEveryChange()
    {
        SessionInfo info;
        info.name = QStringLiteral("Payments cutover");
        info.goal = QStringLiteral("Move the payment flows without downtime");
        info.rehearsal = false;
        info.signatures = QStringLiteral("declared"); // a live session whose names are declared
        info.language = QStringLiteral("de");
        info.templateName = QStringLiteral("default");
        QString error;
        auto s = CutoverSession::create(path(QStringLiteral("keep.cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("de")), QStringLiteral("alice"), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->setStatus(3, ItemStatus::InProgress, QStringLiteral("alice")).ok);
        QVERIFY(
            s->setNotes(3, QStringLiteral("Läuft; siehe Ticket\nzweite Zeile"), QStringLiteral("alice")).ok);
        QVERIFY(s->setEvidence(4,
                     { QStringLiteral("https://ci.example.invalid/run/1"), QStringLiteral("/srv/log.txt") },
                     QStringLiteral("bob"))
                    .ok);
        QVERIFY(s->setOwner(5, QStringLiteral("Carol"), QStringLiteral("alice")).ok);
        QVERIFY(s->setStatus(1, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(s->signOff(1, QStringLiteral("bob")).ok);
        QVERIFY(s->setStatus(2, ItemStatus::Done, QStringLiteral("alice")).ok); // awaiting sign-off
        QVERIFY(
            s->setStatus(6, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("kein Canary")).ok);
        QVERIFY(s->setStatus(8, ItemStatus::Failed, QStringLiteral("alice")).ok);

        const QList<ChecklistItem> before = s->allItems();
        const QString head = s->headHash();
        const qint64 records = s->auditRecordCount();
        QCOMPARE(before.size(), 10);
        s.reset();

        for (SessionStore::Mode mode : { SessionStore::Mode::ReadWrite, SessionStore::Mode::ReadOnly }) {
            auto reopened = CutoverSession::open(path(QStringLiteral("keep.cutover")), mode, &error);
            QVERIFY2(reopened, qPrintable(error));
            QCOMPARE(reopened->info().name, info.name);
            QCOMPARE(reopened->info().goal, info.goal);
            QCOMPARE(reopened->info().rehearsal, false);
            QCOMPARE(reopened->info().language, QStringLiteral("de"));
            QCOMPARE(reopened->info().templateName, QStringLiteral("default"));
            QCOMPARE(reopened->phases().size(), 3);
            QCOMPARE(reopened->phases().at(0).name, QStringLiteral("Vorbereitung"));
            const QList<ChecklistItem> after = reopened->allItems();
            QCOMPARE(after.size(), before.size());
            for (int i = 0; i < before.size(); ++i) {
                compareItems(after.at(i), before.at(i));
                if (QTest::currentTestFailed())
                    return;
            }
            QCOMPARE(reopened->headHash(), head);
            QCOMPARE(reopened->auditRecordCount(), records);
        }
    }

    void walAndForeignKeysAreOn()
    {
        QString error;
        auto store = SessionStore::create(path(QStringLiteral("pragma.cutover")), &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The foreign key is enforced: an item of a phase that does not exist is rejected.
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO items (id, phase_id, position, task) VALUES (1, 42, 0, 'x')")));
        q.finish();
        store.reset();

        // WAL is persistent in the file; foreign keys are switched on again on every opening.
        {
            RawSqliteConnection raw(path(QStringLiteral("pragma.cutover")), true);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        }
        store = SessionStore::open(
            path(QStringLiteral("pragma.cutover")), SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q2(store->database());
        QVERIFY(q2.exec(QStringLiteral("PRAGMA foreign_keys")) && q2.next());
        QCOMPARE(q2.value(0).toInt(), 1);
    }

    void schemaVersionIsStored()
    {
        const QString file = makeSession(QStringLiteral("version.cutover"));
        QVERIFY(!file.isEmpty());
        QString error;
        auto store = SessionStore::open(file, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), SessionSchema::currentVersion());
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
        QCOMPARE(q.value(0).toString().toInt(), SessionSchema::currentVersion());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) && q.next());
        QCOMPARE(q.value(0).toString(), SessionSchema::applicationTag());
    }

    void refusesToOverwriteOnCreate()
    {
        const QString file = makeSession(QStringLiteral("exists.cutover"));
        QVERIFY(!file.isEmpty());
        const QByteArray hash = fileHash(file);
        QString error;
        QVERIFY(!SessionStore::create(file, &error));
        QVERIFY2(error.contains(QLatin1String("exists")), qPrintable(error));
        QCOMPARE(fileHash(file), hash);
    }

    void opensAndMigratesAVersionOneFile()
    {
        // A file as the first release wrote it: only migration 1, built by hand as an old program would have.
        const QString file = path(QStringLiteral("v1.cutover"));
        {
            RawSqliteConnection raw(file);
            QVERIFY(raw.isOpen());
            QString error;
            QVERIFY2(raw.exec(QStringLiteral("PRAGMA journal_mode=WAL"), &error), qPrintable(error));
            const SchemaMigration &first = SessionSchema::migrations().constFirst();
            QCOMPARE(first.version, 1);
            for (const QString &sql : first.statements)
                QVERIFY2(raw.exec(sql, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1'), "
                                            "('application', '%1')")
                                 .arg(SessionSchema::applicationTag()),
                &error));
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO session (id, name, created_at) VALUES "
                                             "(1, 'Old session', '2025-01-02T03:04:05.000Z')"),
                         &error),
                qPrintable(error));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO phases (id, position, name) VALUES (1, 0, 'Preparation')"),
                &error));
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO items (id, phase_id, position, task, expected) VALUES "
                                        "(1, 1, 0, 'Old task', 'Old result')"),
                    &error));
        }
        const int current = SessionSchema::currentVersion();
        QString error;
        if (current > 1) {
            // A viewer cannot upgrade; it says so and leaves the file alone.
            const QByteArray hash = fileHash(file);
            QVERIFY(!SessionStore::open(file, SessionStore::Mode::ReadOnly, &error));
            QVERIFY2(error.contains(QLatin1String("older")), qPrintable(error));
            QCOMPARE(fileHash(file), hash);
        }
        auto session = CutoverSession::open(file, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->store()->schemaVersion(), current);
        QCOMPARE(session->info().name, QStringLiteral("Old session"));
        QCOMPARE(session->allItems().size(), 1);
        QCOMPARE(session->item(1).task, QStringLiteral("Old task"));
        QVERIFY(session->setStatus(1, ItemStatus::Done, QStringLiteral("alice")).ok);
        session.reset();

        RawSqliteConnection raw(file, true);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                     .toString()
                     .toInt(),
            current);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT status FROM items WHERE id = 1")).toString(),
            QStringLiteral("done"));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString file = makeSession(QStringLiteral("newer.cutover"));
        QVERIFY(!file.isEmpty());
        {
            RawSqliteConnection raw(file);
            QVERIFY(raw.isOpen());
            QString error;
            QVERIFY2(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                  .arg(SessionSchema::currentVersion() + 1),
                         &error),
                qPrintable(error));
        }
        const QByteArray hash = fileHash(file);
        QVERIFY(!hash.isEmpty());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
        for (SessionStore::Mode mode : { SessionStore::Mode::ReadWrite, SessionStore::Mode::ReadOnly }) {
            QString error;
            QVERIFY(!SessionStore::open(file, mode, &error));
            QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
            QVERIFY(!CutoverSession::open(file, mode, &error));
            QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
            QCOMPARE(fileHash(file), hash);
            // Nothing is created beside a refused file (not even the -wal/-shm a reader makes).
            QVERIFY2(
                !QFileInfo::exists(file + QStringLiteral("-wal")), "a -wal was left beside a refused file");
            QVERIFY2(
                !QFileInfo::exists(file + QStringLiteral("-shm")), "a -shm was left beside a refused file");
        }
    }

    // A commit must survive a power loss: WAL with synchronous=NORMAL may lose the last commits.
    void commitsAreSynchronousFull()
    {
        QString error;
        auto store = SessionStore::create(path(QStringLiteral("sync.cutover")), &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        q.finish();
        store.reset();
        store
            = SessionStore::open(path(QStringLiteral("sync.cutover")), SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q2(store->database());
        QVERIFY(q2.exec(QStringLiteral("PRAGMA synchronous")) && q2.next());
        QCOMPARE(q2.value(0).toInt(), 2);
    }

    // A directory, a FIFO or a device given as the session says what it is, and a FIFO does not block.
    void notAFileIsNamed()
    {
        const QString fifo = path(QStringLiteral("pipe.cutover"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!SessionStore::open(fifo, SessionStore::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(QLatin1String("named pipe (FIFO)")), qPrintable(error));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!SessionStore::open(m_dir.path(), SessionStore::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("is a directory")), qPrintable(error));
        QVERIFY(!SessionStore::open(QStringLiteral("/dev/zero"), SessionStore::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(QLatin1String("is a device")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(fifo + QStringLiteral("-wal")));
    }

    void badFilesAreRefusedAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not an SQLite database");
        QTest::newRow("garbage pages") << QStringLiteral("garbage") << QStringLiteral("damaged");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("foreign database")
            << QStringLiteral("foreign") << QStringLiteral("not a Cutover Cockpit");
    }

    void badFilesAreRefusedAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString file = path(kind + QStringLiteral(".cutover"));
        if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("| Phase | Task | Result |\n|---|---|---|\nThis is a note, not a session.\n");
        } else if (kind == QLatin1String("foreign")) {
            RawSqliteConnection raw(file);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")));
        } else {
            QVERIFY(!makeSession(kind + QStringLiteral(".cutover"), bigRunbook(400)).isEmpty());
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray header = f.read(100);
            const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
            QVERIFY(pageSize >= 512);
            const qint64 pages = f.size() / pageSize;
            QVERIFY2(pages >= 20, "the fixture should span many pages");
            if (kind == QLatin1String("garbage")) {
                QByteArray garbage(pageSize * 3, '\0');
                for (int i = 0; i < garbage.size(); ++i)
                    garbage[i] = char((i * 37 + 11) % 251);
                QVERIFY(f.seek((pages / 2) * pageSize));
                QCOMPARE(f.write(garbage), qint64(garbage.size()));
            } else {
                QVERIFY(f.resize((pages / 2) * pageSize));
            }
        }
        QVERIFY(QFile::exists(file));
        const QByteArray hash = fileHash(file);
        for (SessionStore::Mode mode : { SessionStore::Mode::ReadWrite, SessionStore::Mode::ReadOnly }) {
            QString error;
            QVERIFY(!SessionStore::open(file, mode, &error));
            QVERIFY2(error.contains(message), qPrintable(error));
            QVERIFY2(error.contains(file), qPrintable(error)); // names the file
            QVERIFY(!CutoverSession::open(file, mode, &error));
            QVERIFY2(error.contains(message), qPrintable(error));
            QCOMPARE(fileHash(file), hash);
        }
    }

    void missingFileIsReported()
    {
        QString error;
        QVERIFY(!SessionStore::open(
            path(QStringLiteral("nothere.cutover")), SessionStore::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(path(QStringLiteral("nothere.cutover"))));
    }

    void readOnlyReaderBesideAWriter()
    {
        const QString file = path(QStringLiteral("shared.cutover"));
        SessionInfo info;
        info.name = QStringLiteral("Shared");
        QString error;
        auto writer = CutoverSession::create(file, info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->setStatus(3, ItemStatus::InProgress, QStringLiteral("alice")).ok);

        auto reader = CutoverSession::open(file, SessionStore::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->item(3).status, ItemStatus::InProgress);

        // The writer goes on writing; the reader follows with reload().
        QVERIFY(writer->setStatus(3, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(writer->setNotes(4, QStringLiteral("seen"), QStringLiteral("alice")).ok);
        QVERIFY(reader->reload().ok);
        QCOMPARE(reader->item(3).status, ItemStatus::Done);
        QCOMPARE(reader->item(4).notes, QStringLiteral("seen"));
        QCOMPARE(reader->headHash(), writer->headHash());

        // Writes through the reader are refused: by the facade, by the store and by SQLite itself.
        QVERIFY(!reader->setStatus(4, ItemStatus::Done, QStringLiteral("bob")).ok);
        QVERIFY(!reader->store()->beginWrite(&error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QSqlQuery q(reader->store()->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE items SET status = 'done' WHERE id = 4")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("readonly"), Qt::CaseInsensitive)
                || q.lastError().text().contains(QLatin1String("read-only"), Qt::CaseInsensitive),
            qPrintable(q.lastError().text()));
        q.finish();
        QVERIFY(reader->reload().ok);
        QCOMPARE(reader->item(4).status, ItemStatus::Open);

        // And the writer is not disturbed by its reader.
        QVERIFY(writer->setStatus(4, ItemStatus::InProgress, QStringLiteral("alice")).ok);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
