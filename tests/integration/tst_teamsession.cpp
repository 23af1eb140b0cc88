// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on a real PostgreSQL server (Debian's, started on a loopback port with scram-sha-256): alice
// (lead), bob (member) and carol (viewer) log in as themselves with passwords from a pgpass file; the server
// itself enforces who acts and the four-eyes rule, also against raw psql.
#include "audit/AuditFeed.h"
#include "metrics/MetricHub.h"
#include "metrics/SampleStore.h"
#include "metrics/sources/SimulatedSource.h"
#include "store/SessionAddress.h"
#include "store/SessionStore.h"
#include "support/CtlProcess.h"
#include "support/RawSqliteConnection.h"
#include "support/TeamServer.h"
#include "support/TrailSession.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestTeamSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addressesRefusePasswords();
    void teamInitAndGrantsAreIdempotent();
    void leadCreatesAndMembersAct();
    void serverRefusesSelfSignOffEvenThroughPsql();
    void serverKeepsTheTrailAppendOnly();
    void viewerOnlyReads();
    void membersWriteOnlyThroughTheFunctions();
    void watchSeesAnotherClientsChangeAtOnce();
    void exportToAFileThatVerifies();
    void importAFileIntoATeamSession();
    void failedImportLeavesNothing();
    void metricSamplesReachATeamSession();
    void watchSaysWhenItCannotListen();
    void watchSaysWhenTheConnectionIsLost();
    void trailVerifiesOnTheServer();

private:
    QString address(const QString &user, const QString &session = QStringLiteral("night")) const
    {
        return m_team->address(user, session);
    }
    QString adminAddress() const { return m_team->adminAddress(); }
    CtlResult ctl(const QStringList &args) const { return runCtl(args, 60000, m_team->environment()); }
    // psql as `user` over TCP with its password from the pgpass file; returns exit code and stderr.
    CtlResult psql(const QString &user, const QString &sql) const
    {
        const TeamServer::Result r = m_team->psql(user, sql);
        return { r.code, r.out, r.err };
    }
    // Whether psql as `user` is refused with a message containing `reason` (else a warning says what came).
    bool refuses(const QString &user, const QString &sql, const QString &reason) const;
    // psql as the server's superuser over its socket; false (with a warning) when the statement fails.
    bool admin(const QString &sql) const;
    // The call of a session's write function that signs off an item as `by` (what psql as bob may try).
    static QString itemChange(const QString &session, int item, const QString &by);
    // The audit head `audit verify` prints ("head HASH"), empty when it printed none.
    static QString headOf(const QString &verifyOutput);

    std::unique_ptr<TeamServer> m_team;
};

bool TestTeamSession::refuses(const QString &user, const QString &sql, const QString &reason) const
{
    const CtlResult r = psql(user, sql);
    if (r.code != 0 && r.err.contains(reason))
        return true;
    qWarning("psql as %s (exit %d): %s%s", qPrintable(user), r.code, qPrintable(r.err), qPrintable(r.out));
    return false;
}

bool TestTeamSession::admin(const QString &sql) const
{
    const TeamServer::Result r = m_team->adminPsql(sql);
    if (r.code != 0) {
        qWarning("psql: %s", qPrintable(r.err));
        return false;
    }
    return true;
}

QString TestTeamSession::itemChange(const QString &session, int item, const QString &by)
{
    return QStringLiteral("SELECT cutover_%1.item_change(%2, 'signed_off_by', '%3', 'item.signoff', "
                          "'signed_off_by', '', '%3', '', '2030-01-01T00:00:00.000Z')")
        .arg(session)
        .arg(item)
        .arg(by);
}

QString TestTeamSession::headOf(const QString &verifyOutput)
{
    const qsizetype at = verifyOutput.indexOf(QLatin1String("head "));
    return at < 0 ? QString() : verifyOutput.mid(at + 5, 64);
}

void TestTeamSession::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    m_team = std::make_unique<TeamServer>(QStringList {
        QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave") });
    QString error;
    QVERIFY2(m_team->start(&error), qPrintable(error));
    // This process opens team sessions itself too (the sample writer, a feed).
    qputenv("PGPASSFILE", m_team->environment().value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    qunsetenv("PGPASSWORD");
}

void TestTeamSession::addressesRefusePasswords()
{
    QString error;
    QVERIFY(
        !SessionAddress::parse(QStringLiteral("postgresql://bob:pw@db/cutover?session=x"), &error).isValid());
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    error.clear();
    QVERIFY(!SessionAddress::parse(QStringLiteral("postgresql://db/cutover?session=x&password=pw"), &error)
                 .isValid());
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    const CtlResult r = ctl(
        { QStringLiteral("status"), QStringLiteral("postgresql://bob:pw@127.0.0.1/cutover?session=night") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("password")) && !r.err.contains(QLatin1String("pw@")),
        qPrintable(r.err));

    const SessionAddress a = SessionAddress::parse(
        QStringLiteral("postgresql://alice@db.example:6432/cutover?session=night&sslmode=verify-full"),
        &error);
    QVERIFY2(a.isTeam(), qPrintable(error));
    QCOMPARE(a.user(), QStringLiteral("alice"));
    QCOMPARE(a.host(), QStringLiteral("db.example"));
    QCOMPARE(a.port(), 6432);
    QCOMPARE(a.databaseName(), QStringLiteral("cutover"));
    QCOMPARE(a.schemaName(), QStringLiteral("cutover_night"));
    QCOMPARE(a.connectOptions(), QStringLiteral("sslmode='verify-full'"));
    QCOMPARE(SessionAddress::parse(a.toString(), &error).toString(), a.toString());
    QVERIFY(
        !SessionAddress::parse(QStringLiteral("postgresql://db/cutover?session=Bad-Name"), &error).isValid());
    QVERIFY(!SessionAddress::parse(QStringLiteral("postgresql://db/cutover?sesion=x"), &error).isValid());
    QVERIFY2(error.contains(QLatin1String("sesion")), qPrintable(error));
}

void TestTeamSession::teamInitAndGrantsAreIdempotent()
{
    for (int round = 0; round < 2; ++round) {
        CtlResult r = ctl({ QStringLiteral("team"), QStringLiteral("init"), adminAddress() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const auto &[who, as] : { std::pair { QStringLiteral("alice"), QStringLiteral("lead") },
                 std::pair { QStringLiteral("bob"), QStringLiteral("member") },
                 std::pair { QStringLiteral("carol"), QStringLiteral("viewer") } }) {
            r = ctl({ QStringLiteral("team"), QStringLiteral("grant"), adminAddress(), who,
                QStringLiteral("--as"), as });
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }
    const CtlResult unknown = ctl({ QStringLiteral("team"), QStringLiteral("grant"), adminAddress(),
        QStringLiteral("mallory"), QStringLiteral("--as"), QStringLiteral("member") });
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("mallory")), qPrintable(unknown.err));
}

void TestTeamSession::leadCreatesAndMembersAct()
{
    CtlResult r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Night cutover"),
        QStringLiteral("--out"), address(QStringLiteral("alice")) });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    // A second session of that name is refused, naming it.
    r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Again"),
        QStringLiteral("--out"), address(QStringLiteral("alice")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
    r = ctl({ QStringLiteral("team"), QStringLiteral("sessions"), adminAddress() });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("session=night")), qPrintable(r.err + r.out));

    // Bob, a member, completes item 1: the trail says bob, as the server logged him in.
    r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QStringLiteral("1"),
        QStringLiteral("--status"), QStringLiteral("done") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = psql(
        QStringLiteral("bob"), QStringLiteral("SELECT completed_by FROM cutover_night.items WHERE id = 1"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("bob")), qPrintable(r.err + r.out));
    r = psql(QStringLiteral("bob"),
        QStringLiteral("SELECT actor FROM cutover_night.audit ORDER BY seq DESC LIMIT 1"));
    QVERIFY2(r.out.contains(QLatin1String("bob")), qPrintable(r.out));
}

void TestTeamSession::serverRefusesSelfSignOffEvenThroughPsql()
{
    // Through cutoverctl, bob cannot sign off what he completed...
    CtlResult r = ctl({ QStringLiteral("signoff"), address(QStringLiteral("bob")), QStringLiteral("1") });
    QVERIFY2(r.code != 0, qPrintable(r.out));
    // ...nor through raw SQL: he may not write the table at all, and the session's function refuses it by
    // the server's rule, whoever the client is.
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("UPDATE cutover_night.items SET signed_off_by = 'bob' WHERE id = 1"),
        QStringLiteral("permission denied")));
    QVERIFY(refuses(QStringLiteral("bob"), itemChange(QStringLiteral("night"), 1, QStringLiteral("bob")),
        QStringLiteral("four eyes")));
    // Nor can he sign in alice's name.
    QVERIFY(refuses(QStringLiteral("bob"), itemChange(QStringLiteral("night"), 1, QStringLiteral("alice")),
        QStringLiteral("in the name of")));
    // Alice signs it off.
    r = ctl({ QStringLiteral("signoff"), address(QStringLiteral("alice")), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = psql(QStringLiteral("alice"),
        QStringLiteral("SELECT signed_off_by FROM cutover_night.items WHERE id = 1"));
    QVERIFY2(r.out.contains(QLatin1String("alice")), qPrintable(r.out));
}

void TestTeamSession::serverKeepsTheTrailAppendOnly()
{
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("UPDATE cutover_night.audit SET reason = 'x' WHERE seq = 1"),
        QStringLiteral("append-only")));
    QVERIFY(refuses(QStringLiteral("alice"), QStringLiteral("DELETE FROM cutover_night.audit WHERE seq = 1"),
        QStringLiteral("append-only")));
    // A record in someone else's name, or one that does not follow the head, is refused.
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("INSERT INTO cutover_night.audit (seq, at, actor, action, entity, prev_hash, hash) "
                       "SELECT max(seq) + 1, 'now', 'alice', 'x', 'x', '', '' FROM cutover_night.audit"),
        QStringLiteral("logged in")));
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("INSERT INTO cutover_night.audit (seq, at, actor, action, entity, prev_hash, hash) "
                       "VALUES (1000000, 'now', 'bob', 'x', 'x', '', '')"),
        QStringLiteral("does not follow")));
}

void TestTeamSession::viewerOnlyReads()
{
    CtlResult r = ctl({ QStringLiteral("status"), address(QStringLiteral("carol")) });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Night cutover")), qPrintable(r.err + r.out));
    r = ctl({ QStringLiteral("item"), address(QStringLiteral("carol")), QStringLiteral("2"),
        QStringLiteral("--status"), QStringLiteral("done") });
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("access denied: the role carol may only read")), qPrintable(r.err));
    QVERIFY(refuses(QStringLiteral("carol"),
        QStringLiteral("UPDATE cutover_night.items SET notes = 'x' WHERE id = 2"),
        QStringLiteral("permission denied")));
    // Nor through the session's functions.
    QVERIFY(refuses(QStringLiteral("carol"),
        QStringLiteral(
            "SELECT cutover_night.item_change(2, 'notes', 'x', 'item.notes', 'notes', '', 'x', '', "
            "'2030-01-01T00:00:00.000Z')"),
        QStringLiteral("permission denied")));
}

void TestTeamSession::membersWriteOnlyThroughTheFunctions()
{
    // Bob may not write the items, the log or its events directly, not even a change the rules allow
    // (an item's task text, a note): it would leave no audit record.
    for (const QString &sql :
        { QStringLiteral("UPDATE cutover_night.items SET task = 'renamed' WHERE id = 2"),
            QStringLiteral("UPDATE cutover_night.items SET notes = 'x' WHERE id = 2"),
            QStringLiteral("DELETE FROM cutover_night.items WHERE id = 2"),
            QStringLiteral("INSERT INTO cutover_night.items (id, phase_id, position, task) "
                           "SELECT 999, phase_id, 999, 'x' FROM cutover_night.items WHERE id = 1"),
            QStringLiteral(
                "INSERT INTO cutover_night.incident_entries (id, kind, text, severity, author, "
                "occurred_at, recorded_at) VALUES (999, 'report', 'x', 'info', 'bob', 'now', 'now')"),
            QStringLiteral(
                "INSERT INTO cutover_night.incident_events (id, entry_id, event, actor, at) "
                "SELECT 999, min(id), 'verified', 'bob', 'now' FROM cutover_night.incident_entries"),
            QStringLiteral("TRUNCATE cutover_night.incident_events") })
        QVERIFY(refuses(QStringLiteral("bob"), sql, QStringLiteral("permission denied")));
    // Nor an audit record of an item in his own name, following the head: only the function that makes the
    // change writes that.
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral(
            "INSERT INTO cutover_night.audit (seq, at, actor, action, entity, entity_id, prev_hash, "
            "hash) SELECT seq + 1, 'now', 'bob', 'item.status', 'item', 2, hash, 'x' FROM "
            "cutover_night.audit ORDER BY seq DESC LIMIT 1"),
        QStringLiteral("permission denied")));
    // Nor the audit helper the functions use.
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("SELECT cutover_night.audit_write('item', 2, 'x', '', '', '', '', 'now')"),
        QStringLiteral("permission denied")));

    // The same changes through cutoverctl go through the functions, recorded as bob's, and the trail
    // verifies.
    CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QStringLiteral("2"),
        QStringLiteral("--note"), QStringLiteral("Checked the DNS TTL (\u00e9t\u00e9)") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = psql(QStringLiteral("bob"), QStringLiteral("SELECT notes FROM cutover_night.items WHERE id = 2"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("DNS TTL")), qPrintable(r.err + r.out));
    r = ctl({ QStringLiteral("log"), QStringLiteral("add"), address(QStringLiteral("bob")),
        QStringLiteral("--text"),
        QStringLiteral("Error rate on the new path rises to 2 % \u2013 watching") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = psql(QStringLiteral("bob"),
        QStringLiteral("SELECT max(id) || ' ' || author FROM cutover_night.incident_entries GROUP BY author "
                       "HAVING author = 'bob'"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String(" bob")), qPrintable(r.err + r.out));
    const QString entry = QRegularExpression(QStringLiteral("(\\d+) bob")).match(r.out).captured(1);
    QVERIFY2(!entry.isEmpty(), qPrintable(r.out));
    // Bob cannot verify his own entry, through cutoverctl or by calling the function; alice can.
    r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), address(QStringLiteral("bob")), entry });
    QVERIFY(r.code != 0);
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("SELECT cutover_night.incident_event(9999, %1, 'verified', 'bob', 'now', NULL, '', "
                       "'incident.verified', 'event', '', '', '', 'now')")
            .arg(entry),
        QStringLiteral("four eyes")));
    r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), address(QStringLiteral("alice")), entry });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = psql(QStringLiteral("bob"),
        QStringLiteral("SELECT actor || ' ' || action FROM cutover_night.audit ORDER BY seq DESC LIMIT 1"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("alice incident.verified")), qPrintable(r.out));
    // Nothing bob can reach edits an entry.
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("UPDATE cutover_night.incident_entries SET text = 'x' WHERE id = %1").arg(entry),
        QStringLiteral("permission denied")));
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), address(QStringLiteral("carol")) });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("intact")), qPrintable(r.err + r.out));
}

void TestTeamSession::watchSeesAnotherClientsChangeAtOnce()
{
    // Carol watches; bob's change reaches her through LISTEN/NOTIFY (no polling of the tables).
    QProcess watch;
    watch.setProcessEnvironment(m_team->environment());
    watch.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
        { QStringLiteral("watch"), address(QStringLiteral("carol")), QStringLiteral("--json"),
            QStringLiteral("--exit-after"), QStringLiteral("1") });
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += watch.readAllStandardError()).contains("Watching"), said.constData(), 20000);
    const CtlResult r = ctl({ QStringLiteral("item"), address(QStringLiteral("bob")), QStringLiteral("2"),
        QStringLiteral("--note"), QStringLiteral("checked the DNS TTL") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    if (watch.state() != QProcess::NotRunning)
        QVERIFY(watch.waitForFinished(20000));
    said += watch.readAllStandardError();
    QVERIFY2(watch.exitStatus() == QProcess::NormalExit && watch.exitCode() == 0, said.constData());
    const QByteArray line = watch.readAllStandardOutput();
    QVERIFY2(line.contains("\"actor\":\"bob\"") && line.contains("checked the DNS TTL"), line.constData());
}

void TestTeamSession::exportToAFileThatVerifies()
{
    const QString file = m_team->homePath(QStringLiteral("night.cutover"));
    CtlResult r
        = ctl({ QStringLiteral("export"), address(QStringLiteral("carol")), QStringLiteral("--out"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), file });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("intact")), qPrintable(r.err + r.out));
    // The same trail: the file's head is the server's.
    const CtlResult server
        = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), address(QStringLiteral("carol")) });
    QVERIFY(!headOf(r.out).isEmpty());
    QCOMPARE(headOf(r.out), headOf(server.out));
}

void TestTeamSession::importAFileIntoATeamSession()
{
    // A rehearsal prepared offline: every table holds rows, recorded by this OS account and signed by bob.
    const QString file = m_team->homePath(QStringLiteral("rehearsal.cutover"));
    QVERIFY(makeTrailSession(file, m_team->homePath(QStringLiteral("trail-work"))));
    CtlResult r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    const QString head = headOf(r.out);
    QVERIFY(!head.isEmpty());

    // Only a lead brings a session in; bob is told so, and nothing is left.
    r = ctl({ QStringLiteral("import"), file, QStringLiteral("--into"),
        address(QStringLiteral("bob"), QStringLiteral("rehearsal")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Only a lead")) && r.err.contains(QLatin1String("bob")),
        qPrintable(r.err));
    r = ctl({ QStringLiteral("team"), QStringLiteral("sessions"), adminAddress() });
    QVERIFY2(r.code == 0 && !r.out.contains(QLatin1String("rehearsal")), qPrintable(r.err + r.out));

    // Alice, a lead: the rows as recorded, the trail verified with the file's head.
    const QString team = address(QStringLiteral("alice"), QStringLiteral("rehearsal"));
    r = ctl({ QStringLiteral("import"), file, QStringLiteral("--into"), team });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(head) && r.out.contains(QLatin1String("metric_samples")), qPrintable(r.out));
    // NULLs stay NULL (not the column type's 0): a metric gap, a log entry that names no item.
    qint64 fileGaps = -1;
    {
        RawSqliteConnection raw(file, true);
        fileGaps = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM metric_samples WHERE value IS NULL"))
                       .toLongLong();
    }
    QVERIFY(fileGaps > 0);
    r = psql(QStringLiteral("alice"),
        QStringLiteral("SELECT (SELECT count(*) FROM cutover_rehearsal.metric_samples WHERE value IS NULL) "
                       "|| '/' || (SELECT count(*) FROM cutover_rehearsal.incident_entries WHERE item_id IS "
                       "NULL AND id = 1)"));
    QVERIFY2(
        r.code == 0 && r.out.contains(QStringLiteral(" %1/1\n").arg(fileGaps)), qPrintable(r.err + r.out));
    // A session of that name exists now: a second import is refused, naming it.
    r = ctl({ QStringLiteral("import"), file, QStringLiteral("--into"), team });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("\"rehearsal\" already exists")), qPrintable(r.err));

    // The server's trail verifies, with the file's head, for a viewer too.
    const QString carols = address(QStringLiteral("carol"), QStringLiteral("rehearsal"));
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), carols });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("intact")), qPrintable(r.err + r.out));
    QCOMPARE(headOf(r.out), head);

    // The rules are in force as in any team session: bob cannot write in alice's name, nor sign off what
    // he completes...
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral(
            "INSERT INTO cutover_rehearsal.audit (seq, at, actor, action, entity, prev_hash, hash) "
            "SELECT max(seq) + 1, 'now', 'alice', 'x', 'x', '', '' FROM cutover_rehearsal.audit"),
        QStringLiteral("logged in")));
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("DELETE FROM cutover_rehearsal.audit WHERE seq = 1"), QStringLiteral("append-only")));
    // ...while his own changes are recorded as his.
    const QString bobs = address(QStringLiteral("bob"), QStringLiteral("rehearsal"));
    r = ctl({ QStringLiteral("item"), bobs, QStringLiteral("3"), QStringLiteral("--status"),
        QStringLiteral("done") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(refuses(QStringLiteral("bob"),
        QStringLiteral("UPDATE cutover_rehearsal.items SET signed_off_by = 'bob' WHERE id = 3"),
        QStringLiteral("permission denied")));
    QVERIFY(refuses(QStringLiteral("bob"), itemChange(QStringLiteral("rehearsal"), 3, QStringLiteral("bob")),
        QStringLiteral("four eyes")));
    r = psql(QStringLiteral("bob"),
        QStringLiteral("SELECT actor FROM cutover_rehearsal.audit ORDER BY seq DESC LIMIT 1"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("bob")), qPrintable(r.err + r.out));
    const CtlResult server = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), carols });
    QVERIFY2(server.code == 0, qPrintable(server.err + server.out));
    QVERIFY(headOf(server.out) != head);

    // And back out: the exported file verifies with the server's head.
    const QString back = m_team->homePath(QStringLiteral("rehearsal-back.cutover"));
    r = ctl({ QStringLiteral("export"), carols, QStringLiteral("--out"), back });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), back });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("intact")), qPrintable(r.err + r.out));
    QCOMPARE(headOf(r.out), headOf(server.out));
}

void TestTeamSession::failedImportLeavesNothing()
{
    // A file edited behind its trail does not verify: the import is refused and leaves no session.
    const QString file = m_team->homePath(QStringLiteral("tampered.cutover"));
    QVERIFY(QFile::copy(m_team->homePath(QStringLiteral("rehearsal.cutover")), file));
    {
        RawSqliteConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("UPDATE items SET notes = 'edited' WHERE id = 2")));
    }
    CtlResult r = ctl({ QStringLiteral("import"), file, QStringLiteral("--into"),
        address(QStringLiteral("alice"), QStringLiteral("tampered")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("does not verify")), qPrintable(r.err));
    r = ctl({ QStringLiteral("team"), QStringLiteral("sessions"), adminAddress() });
    QVERIFY2(r.code == 0 && !r.out.contains(QLatin1String("tampered")), qPrintable(r.err + r.out));
    r = psql(QStringLiteral("alice"), QStringLiteral("SELECT to_regnamespace('cutover_tampered') IS NULL"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String(" t\n")), qPrintable(r.err + r.out));
    // export writes files only, and says where a team session comes from.
    r = ctl({ QStringLiteral("export"), file, QStringLiteral("--out"),
        address(QStringLiteral("alice"), QStringLiteral("exported")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("cutoverctl import")), qPrintable(r.err));
}

void TestTeamSession::metricSamplesReachATeamSession()
{
    CtlResult r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Sampled"),
        QStringLiteral("--out"), address(QStringLiteral("alice"), QStringLiteral("sampled")) });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    qint64 written = 0;
    {
        // A metric source sampling into the team session, as alice's cockpit runs it: the sample writer on
        // its own thread and connection to the server.
        SampleStore store(address(QStringLiteral("alice"), QStringLiteral("sampled")));
        store.setFlushIntervalMs(100);
        QSignalSpy opened(&store, &SampleStore::opened);
        QVERIFY(opened.wait(20000));
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
        QSignalSpy errors(&store, &SampleStore::errorOccurred);
        QSignalSpy batches(&store, &SampleStore::batchWritten);
        MetricHub hub;
        hub.setSampleStore(&store);
        auto *source = new SimulatedSource;
        source->setIntervalMs(50);
        hub.addSource(source);
        source->start();
        QTRY_VERIFY_WITH_TIMEOUT(batches.size() >= 3, 20000);
        source->stop();
        // A gap (no value) is stored as NULL, not as 0.
        store.append(
            { { 1795688186000, QStringLiteral("gap/new"), std::numeric_limits<double>::quiet_NaN() } });
        store.flush();
        const qsizetype before = batches.size();
        QTRY_VERIFY_WITH_TIMEOUT(batches.size() > before, 20000);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().at(0).toString()));
        for (const QList<QVariant> &b : std::as_const(batches))
            written += b.at(0).toInt();
    } // the store writes what is still queued before it goes
    QVERIFY(written > 0);

    // Another client reads them: carol through psql, bob's cockpit through its own sample store.
    r = psql(QStringLiteral("carol"),
        QStringLiteral("SELECT count(*), count(DISTINCT rowid), min(rowid), max(rowid) "
                       "FROM cutover_sampled.metric_samples"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList counts = r.out.split(QLatin1Char('\n')).value(2).split(QLatin1Char('|'));
    QCOMPARE(counts.size(), 4);
    const qint64 rows = counts.at(0).trimmed().toLongLong();
    QVERIFY2(rows >= written, qPrintable(r.out));
    QCOMPARE(counts.at(1).trimmed().toLongLong(), rows); // numbered one after the other, no gap
    QCOMPARE(counts.at(2).trimmed().toLongLong(), 1);
    QCOMPARE(counts.at(3).trimmed().toLongLong(), rows);
    r = psql(QStringLiteral("carol"),
        QStringLiteral("SELECT series FROM cutover_sampled.metric_samples WHERE value IS NULL"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("gap/new")), qPrintable(r.err + r.out));
    r = psql(QStringLiteral("carol"),
        QStringLiteral("SELECT DISTINCT actor FROM cutover_sampled.audit WHERE action = 'metrics.batch'"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("alice")), qPrintable(r.err + r.out));
    {
        SampleStore bobs(address(QStringLiteral("bob"), QStringLiteral("sampled")), true);
        QSignalSpy opened(&bobs, &SampleStore::opened);
        QVERIFY(opened.wait(20000));
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
        QSignalSpy loaded(&bobs, &SampleStore::loadFinished);
        bobs.load();
        QVERIFY(loaded.wait(20000));
        QVERIFY2(loaded.first().at(1).toString().isEmpty(), qPrintable(loaded.first().at(1).toString()));
        QCOMPARE(loaded.first().at(0).toLongLong(), rows);
    }
    // Every batch is in the trail with its rowids and digest: the session verifies.
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"),
        address(QStringLiteral("carol"), QStringLiteral("sampled")) });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("intact")), qPrintable(r.err + r.out));
}

void TestTeamSession::watchSaysWhenItCannotListen()
{
    // The feed's connection is gone before it starts to listen (here its server process was ended): it
    // says so at once instead of waiting for announcements that never come.
    QString error;
    const auto store
        = SessionStore::open(address(QStringLiteral("carol")), SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
    const QString pid = q.value(0).toString();
    q = QSqlQuery();
    QVERIFY(admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    AuditFeed feed(store.get());
    QSignalSpy lost(&feed, &AuditFeed::lost);
    QVERIFY(!feed.start(AuditFeed::FromHead, &error));
    QVERIFY2(error.contains(QLatin1String("Cannot follow")) && error.contains(QLatin1String("session=night")),
        qPrintable(error));
    QVERIFY(!feed.isRunning());

    // A role that may not read the session is told so, and watch ends with exit 1.
    const CtlResult r = ctl({ QStringLiteral("watch"), address(QStringLiteral("dave")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.err.contains(QLatin1String("dave")) && r.err.contains(QLatin1String("not")), qPrintable(r.err));
}

void TestTeamSession::watchSaysWhenTheConnectionIsLost()
{
    QProcess watch;
    watch.setProcessEnvironment(m_team->environment());
    watch.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
        { QStringLiteral("watch"), address(QStringLiteral("carol")), QStringLiteral("--json") });
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += watch.readAllStandardError()).contains("Watching"), said.constData(), 20000);
    // The server ends carol's connection (as a restart or an administrator would).
    QVERIFY(admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = "
                                 "'carol' AND application_name = 'cutover-cockpit'")));
    QVERIFY(watch.waitForFinished(30000));
    said += watch.readAllStandardError();
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 1);
    QVERIFY2(
        said.contains("connection") && said.contains("lost") && said.contains("--since"), said.constData());
}

void TestTeamSession::trailVerifiesOnTheServer()
{
    CtlResult r
        = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), address(QStringLiteral("carol")) });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QLatin1String("intact")), qPrintable(r.out));
    // Whoever can write the tables behind the trail's back (here the server's superuser) is found out.
    const TeamServer::Result tamper
        = m_team->adminPsql(QStringLiteral("UPDATE cutover_night.items SET notes = 'tampered' WHERE id = 3"));
    QVERIFY2(tamper.code == 0, qPrintable(tamper.err));
    r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), address(QStringLiteral("carol")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("item 3: notes is \"tampered\"")), qPrintable(r.err + r.out));
    QVERIFY2(!r.err.contains(QLatin1String("cannot be read")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestTeamSession)
#include "tst_teamsession.moc"
