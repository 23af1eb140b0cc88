// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode when things go wrong, on a real PostgreSQL server (tests/support/TeamServer): ten writers at once
// for a minute, the server killed in the middle of writes and restarted, a role revoked while its session is
// open, a writer blocked by another transaction's lock, and two people acting on one item at once. Each case
// checks what the person is told and that nothing acknowledged is lost: every acknowledged note is in the
// item and in the audit trail, the trail holds no change the items lack, and `audit verify` passes.
#include "checklist/CutoverSession.h"
#include "support/CtlProcess.h"
#include "support/TeamServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

namespace {

// cutoverctl processes that each add one note after the other until stopped; every note is unique
// ("[w3-17]"), so that an acknowledged one can be found again.
class NoteWriters {
public:
    struct Failure {
        int code;
        QString err;
    };

    NoteWriters(const TeamServer &team, int writers, int items)
        : m_team(team)
        , m_items(items)
    {
        for (int w = 0; w < writers; ++w)
            m_next.append(0);
    }

    // Starts every writer; each runs again after it ends, until stop(). The caller's event loop drives them.
    void start()
    {
        m_stopping = false;
        for (int w = 0; w < m_next.size(); ++w)
            launch(w);
    }
    void stop() { m_stopping = true; }
    // Waits until no writer runs any more.
    bool waitIdle(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (m_running > 0 && t.elapsed() < ms)
            QTest::qWait(50);
        return m_running == 0;
    }
    int running() const { return m_running; }

    QHash<qint64, QSet<QString>> acknowledged; // item id -> notes a writer was told are saved
    QList<Failure> failures;
    int attempts = 0;

private:
    void launch(int w)
    {
        const int n = m_next[w]++;
        const qint64 item = 1 + (w + n) % m_items;
        const QString note = QStringLiteral("[w%1-%2]").arg(w).arg(n);
        const QString who = w % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
        auto *p = new QProcess;
        p->setProcessEnvironment(m_team.environment());
        ++m_running;
        ++attempts;
        QObject::connect(
            p, &QProcess::finished, p, [this, p, w, item, note](int code, QProcess::ExitStatus st) {
                const int rc = st == QProcess::NormalExit ? code : -1;
                if (rc == 0)
                    acknowledged[item].insert(note);
                else
                    failures.append({ rc, QString::fromUtf8(p->readAllStandardError()) });
                p->deleteLater();
                --m_running;
                if (!m_stopping)
                    launch(w);
            });
        p->start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
            { QStringLiteral("item"), m_team.address(who), QString::number(item), QStringLiteral("--note"),
                note });
    }

    const TeamServer &m_team;
    int m_items;
    QList<int> m_next;
    int m_running = 0;
    bool m_stopping = false;
};

QSet<QString> linesOf(const QString &text)
{
    QSet<QString> out;
    for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.insert(l);
    return out;
}

}

class TestTeamRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tenWritersForAMinute();
    void serverKilledMidWriteLosesNothing();
    void revokedRoleIsToldAtItsNextWrite();
    void writerBlockedByAnotherTransactionIsToldAtOnce();
    void twoPeopleCompleteOneItemAtOnce();
    void twoPeopleSignOffOneItemAtOnce();
    void cleanupTestCase();

private:
    CtlResult ctl(const QStringList &args) const { return runCtl(args, 90000, m_team->environment()); }
    QString address(const QString &user) const { return m_team->address(user); }
    // The server's superuser over the Unix socket, to look at the tables as they are.
    QSqlDatabase admin();
    // Every acknowledged note is in its item and in the trail; every note the trail added is in the items
    // (no half-done change); the trail has no gap; audit verify passes.
    void checkNothingLost(const QHash<qint64, QSet<QString>> &acknowledged);
    // An item that needs a sign-off and is still open.
    qint64 openSignOffItem();

    std::unique_ptr<TeamServer> m_team;
    QHash<qint64, QString> m_notesBefore;
};

QSqlDatabase TestTeamRobustness::admin()
{
    const QString name = QStringLiteral("robustness-admin");
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen()) {
        QSqlQuery alive(db);
        if (alive.exec(QStringLiteral("SELECT 1")))
            return db;
        db.close();
    }
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_team->server().socketDir());
    db.setPort(m_team->server().port());
    db.setUserName(PostgresProcess::user());
    db.setDatabaseName(QStringLiteral("cutover"));
    db.open();
    return db;
}

void TestTeamRobustness::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    m_team = std::make_unique<TeamServer>(QStringList {
        QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave") });
    QString error;
    QVERIFY2(m_team->start(&error), qPrintable(error));
    // This process opens sessions itself too (the revoked role's open session).
    qputenv("PGPASSFILE", m_team->environment().value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    CtlResult r = ctl({ QStringLiteral("team"), QStringLiteral("init"), m_team->adminAddress() });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const auto &[who, as] : { std::pair { QStringLiteral("alice"), QStringLiteral("lead") },
             std::pair { QStringLiteral("bob"), QStringLiteral("member") },
             std::pair { QStringLiteral("carol"), QStringLiteral("viewer") },
             std::pair { QStringLiteral("dave"), QStringLiteral("member") } }) {
        r = ctl({ QStringLiteral("team"), QStringLiteral("grant"), m_team->adminAddress(), who,
            QStringLiteral("--as"), as });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Night cutover"),
        QStringLiteral("--out"), address(QStringLiteral("alice")) });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QSqlQuery q(admin());
    QVERIFY(q.exec(QStringLiteral("SELECT id, notes FROM cutover_night.items")));
    while (q.next())
        m_notesBefore.insert(q.value(0).toLongLong(), q.value(1).toString());
    QVERIFY(m_notesBefore.size() >= 6);
}

void TestTeamRobustness::cleanupTestCase()
{
    QSqlDatabase::database(QStringLiteral("robustness-admin"), false).close();
    QSqlDatabase::removeDatabase(QStringLiteral("robustness-admin"));
}

void TestTeamRobustness::checkNothingLost(const QHash<qint64, QSet<QString>> &acknowledged)
{
    QSqlDatabase db = admin();
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QHash<qint64, QSet<QString>> inItems;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, notes FROM cutover_night.items")));
    while (q.next())
        inItems.insert(q.value(0).toLongLong(),
            linesOf(q.value(1).toString()) - linesOf(m_notesBefore.value(q.value(0).toLongLong())));
    // What the trail says each note record added: exactly one line on top of what the item held.
    QHash<qint64, QSet<QString>> inTrail;
    QVERIFY(q.exec(QStringLiteral("SELECT entity_id, old_value, new_value FROM cutover_night.audit "
                                  "WHERE action = 'item.notes' ORDER BY seq")));
    while (q.next()) {
        const QString oldValue = q.value(1).toString();
        const QString newValue = q.value(2).toString();
        QVERIFY2(newValue.startsWith(oldValue), qPrintable(newValue));
        const QString added = newValue.mid(oldValue.size()).trimmed();
        inTrail[q.value(0).toLongLong()].insert(added);
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        for (const QString &note : it.value()) {
            QVERIFY2(inItems.value(it.key()).contains(note),
                qPrintable(QStringLiteral("item %1 lacks the acknowledged note %2").arg(it.key()).arg(note)));
            QVERIFY2(inTrail.value(it.key()).contains(note),
                qPrintable(QStringLiteral("the trail lacks the acknowledged note %2 of item %1")
                               .arg(it.key())
                               .arg(note)));
        }
    }
    for (auto it = inItems.cbegin(); it != inItems.cend(); ++it)
        QCOMPARE(it.value(), inTrail.value(it.key()));
    // One chain: seq 1..n without gaps or doubles (the server refuses a record that does not follow the
    // head).
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(seq), max(seq), count(DISTINCT seq), "
                                  "count(DISTINCT prev_hash) FROM cutover_night.audit")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), 1);
    QCOMPARE(q.value(0).toLongLong(), q.value(2).toLongLong());
    QCOMPARE(q.value(3).toLongLong(), q.value(0).toLongLong());
    QCOMPARE(q.value(4).toLongLong(), q.value(0).toLongLong());
    const CtlResult r
        = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), address(QStringLiteral("carol")) });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("intact")), qPrintable(r.err + r.out));
}

void TestTeamRobustness::tenWritersForAMinute()
{
    const int seconds = qEnvironmentVariableIsSet("TEAM_WRITERS_SECONDS")
        ? qEnvironmentVariableIntValue("TEAM_WRITERS_SECONDS")
        : 60;
    NoteWriters writers(*m_team, 10, 5);
    writers.start();
    QTest::qWait(seconds * 1000);
    writers.stop();
    QVERIFY(writers.waitIdle(120000));
    // Nobody was refused: ten writers take turns at the session's write lock.
    for (const NoteWriters::Failure &f : std::as_const(writers.failures))
        qWarning("refused (%d): %s", f.code, qPrintable(f.err));
    QVERIFY(writers.failures.isEmpty());
    int acknowledged = 0;
    for (const QSet<QString> &notes : std::as_const(writers.acknowledged))
        acknowledged += int(notes.size());
    QCOMPARE(acknowledged, writers.attempts);
    qInfo("%d notes acknowledged by 10 writers in %d s", acknowledged, seconds);
    QVERIFY(acknowledged >= 10);
    checkNothingLost(writers.acknowledged);
}

void TestTeamRobustness::serverKilledMidWriteLosesNothing()
{
    NoteWriters writers(*m_team, 10, 5);
    writers.start();
    QTest::qWait(3000);
    QString error;
    QVERIFY2(m_team->server().kill(&error), qPrintable(error));
    QTest::qWait(3000); // writers meanwhile find no server
    writers.stop();
    QVERIFY(writers.waitIdle(120000));
    QVERIFY2(m_team->server().restart(&error), qPrintable(error));
    QVERIFY(!writers.failures.isEmpty());
    QSet<QString> told;
    for (const NoteWriters::Failure &f : std::as_const(writers.failures))
        told.insert(f.err.trimmed());
    qInfo("%d of %d writes acknowledged, %d refused while the server was gone; told e.g.:\n%s",
        writers.attempts - int(writers.failures.size()), writers.attempts, int(writers.failures.size()),
        qPrintable(QStringList(told.cbegin(), told.cend()).join(QLatin1Char('\n'))));
    for (const NoteWriters::Failure &f : std::as_const(writers.failures)) {
        // Told in words, by a process that ended normally; never the driver's own text.
        QCOMPARE(f.code, 1);
        QVERIFY2(f.err.contains(QLatin1String("Cannot connect to"))
                || f.err.contains(QLatin1String("the connection to the server was lost")),
            qPrintable(f.err));
        QVERIFY2(!f.err.contains(QLatin1String("QPSQL")), qPrintable(f.err));
    }
    // A new client works at once.
    const CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QStringLiteral("1"),
        QStringLiteral("--note"), QStringLiteral("[after-restart]") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QHash<qint64, QSet<QString>> acknowledged = writers.acknowledged;
    acknowledged[1].insert(QStringLiteral("[after-restart]"));
    checkNothingLost(acknowledged);
}

void TestTeamRobustness::revokedRoleIsToldAtItsNextWrite()
{
    QString error;
    const std::unique_ptr<CutoverSession> session
        = CutoverSession::open(address(QStringLiteral("dave")), SessionStore::Mode::ReadWrite, &error);
    QVERIFY2(session, qPrintable(error));
    ActionResult written = session->addNote(2, QStringLiteral("[dave-before]"), QStringLiteral("dave"));
    QVERIFY2(written, qPrintable(written.error));
    CtlResult r = ctl(
        { QStringLiteral("team"), QStringLiteral("revoke"), m_team->adminAddress(), QStringLiteral("dave") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The open session's next write is refused, naming the role and why.
    written = session->addNote(2, QStringLiteral("[dave-after]"), QStringLiteral("dave"));
    QVERIFY(!written);
    QVERIFY2(written.error.contains(QLatin1String("access denied"))
            && written.error.contains(QLatin1String("dave"))
            && written.error.contains(QLatin1String("revoked"))
            && written.error.contains(QLatin1String("Nothing was changed")),
        qPrintable(written.error));
    // A new cutoverctl as dave is refused at once as well.
    r = ctl({ QStringLiteral("item"), address(QStringLiteral("dave")), QStringLiteral("2"),
        QStringLiteral("--note"), QStringLiteral("[dave-later]") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Access denied")) && r.err.contains(QLatin1String("dave"))
            && r.err.contains(QLatin1String("revoked")),
        qPrintable(r.err));
    r = ctl({ QStringLiteral("team"), QStringLiteral("grant"), m_team->adminAddress(), QStringLiteral("dave"),
        QStringLiteral("--as"), QStringLiteral("member") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QSqlQuery q(admin());
    QVERIFY(q.exec(QStringLiteral("SELECT notes FROM cutover_night.items WHERE id = 2")) && q.next());
    QVERIFY(linesOf(q.value(0).toString()).contains(QStringLiteral("[dave-before]")));
    QVERIFY(!q.value(0).toString().contains(QLatin1String("[dave-after]")));
    QHash<qint64, QSet<QString>> acknowledged;
    acknowledged[2].insert(QStringLiteral("[dave-before]"));
    checkNothingLost(acknowledged);
}

void TestTeamRobustness::writerBlockedByAnotherTransactionIsToldAtOnce()
{
    // psql holds first the session's write lock, then a row lock on item 3, in an open transaction.
    for (const QString &hold :
        { QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('cutover-cockpit:cutover_night'));"),
            QStringLiteral("SELECT id FROM cutover_night.items WHERE id = 3 FOR UPDATE;") }) {
        QProcess psql;
        psql.setProcessEnvironment(m_team->environment());
        psql.start(QStringLiteral("psql"),
            { QStringLiteral("-X"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_team->server().port()), QStringLiteral("-U"), QStringLiteral("alice"),
                QStringLiteral("-d"), QStringLiteral("cutover") });
        QVERIFY(psql.waitForStarted());
        psql.write((QStringLiteral("BEGIN;\n") + hold + QLatin1Char('\n')).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSqlQuery q(admin());
                return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice' "
                                             "AND state = 'idle in transaction'"))
                    && q.next() && q.value(0).toInt() == 1;
            }(),
            20000);
        const CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QStringLiteral("3"),
            QStringLiteral("--note"), QStringLiteral("[blocked]") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("the server is busy"))
                && r.err.contains(QLatin1String("locked by another writer"))
                && r.err.contains(QLatin1String("nothing was changed")),
            qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("QPSQL")), qPrintable(r.err));
        psql.write("ROLLBACK;\n\\q\n");
        psql.closeWriteChannel();
        QVERIFY(psql.waitForFinished(20000));
    }
    // Once the other transaction is gone, the same write goes through.
    const CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QStringLiteral("3"),
        QStringLiteral("--note"), QStringLiteral("[unblocked]") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QSqlQuery q(admin());
    QVERIFY(q.exec(QStringLiteral("SELECT notes FROM cutover_night.items WHERE id = 3")) && q.next());
    QVERIFY(!q.value(0).toString().contains(QLatin1String("[blocked]")));
    QHash<qint64, QSet<QString>> acknowledged;
    acknowledged[3].insert(QStringLiteral("[unblocked]"));
    checkNothingLost(acknowledged);
}

qint64 TestTeamRobustness::openSignOffItem()
{
    QSqlQuery q(admin());
    if (q.exec(QStringLiteral(
            "SELECT id FROM cutover_night.items WHERE signoff_required = 1 AND status = 'open' "
            "ORDER BY id LIMIT 1"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void TestTeamRobustness::twoPeopleCompleteOneItemAtOnce()
{
    const qint64 item = openSignOffItem();
    QVERIFY(item > 0);
    QProcess a;
    QProcess b;
    for (auto [p, who] :
        { std::pair { &a, QStringLiteral("alice") }, std::pair { &b, QStringLiteral("bob") } }) {
        p->setProcessEnvironment(m_team->environment());
        p->start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
            { QStringLiteral("item"), address(who), QString::number(item), QStringLiteral("--status"),
                QStringLiteral("done") });
    }
    QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
    QCOMPARE(a.exitCode() + b.exitCode(), 1); // one wins, one is refused
    QProcess &loser = a.exitCode() == 1 ? a : b;
    const QString winner = a.exitCode() == 1 ? QStringLiteral("bob") : QStringLiteral("alice");
    const QString told = QString::fromUtf8(loser.readAllStandardError());
    QVERIFY2(told.contains(QStringLiteral("already completed by %1").arg(winner))
            && told.contains(QLatin1String("awaiting-signoff"))
            && told.contains(QLatin1String("Nothing was changed")),
        qPrintable(told));
    // Both see the same state: the winner's.
    QString seen[2];
    int i = 0;
    for (const QString &who : { QStringLiteral("alice"), QStringLiteral("bob") }) {
        const CtlResult r = ctl({ QStringLiteral("status"), address(who), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        seen[i++] = r.out;
    }
    QCOMPARE(seen[0], seen[1]);
    QSqlQuery q(admin());
    q.prepare(QStringLiteral("SELECT completed_by, status FROM cutover_night.items WHERE id = ?"));
    q.addBindValue(item);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), winner);
    QCOMPARE(q.value(1).toString(), QStringLiteral("awaiting-signoff"));
    checkNothingLost({});
}

void TestTeamRobustness::twoPeopleSignOffOneItemAtOnce()
{
    const qint64 item = openSignOffItem();
    QVERIFY(item > 0);
    CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QString::number(item),
        QStringLiteral("--status"), QStringLiteral("done") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QProcess a;
    QProcess d;
    for (auto [p, who] :
        { std::pair { &a, QStringLiteral("alice") }, std::pair { &d, QStringLiteral("dave") } }) {
        p->setProcessEnvironment(m_team->environment());
        p->start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
            { QStringLiteral("signoff"), address(who), QString::number(item) });
    }
    QVERIFY(a.waitForFinished(60000) && d.waitForFinished(60000));
    QCOMPARE(a.exitCode() + d.exitCode(), 1);
    QProcess &loser = a.exitCode() == 1 ? a : d;
    const QString winner = a.exitCode() == 1 ? QStringLiteral("dave") : QStringLiteral("alice");
    const QString told = QString::fromUtf8(loser.readAllStandardError());
    QVERIFY2(told.contains(QStringLiteral("already signed off by %1").arg(winner))
            && told.contains(QLatin1String("done")),
        qPrintable(told));
    QSqlQuery q(admin());
    q.prepare(QStringLiteral("SELECT signed_off_by, status FROM cutover_night.items WHERE id = ?"));
    q.addBindValue(item);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), winner);
    QCOMPARE(q.value(1).toString(), QStringLiteral("done"));
    checkNothingLost({});
}

QTEST_GUILESS_MAIN(TestTeamRobustness)
#include "tst_teamrobustness.moc"
