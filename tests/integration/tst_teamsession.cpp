// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on a real PostgreSQL server (Debian's, started on a loopback port with scram-sha-256): alice
// (lead), bob (member) and carol (viewer) log in as themselves with passwords from a pgpass file; the server
// itself enforces who acts and the four-eyes rule, also against raw psql.
#include "store/SessionAddress.h"
#include "support/CtlProcess.h"
#include "support/TeamServer.h"

#include <QDir>
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
    void watchSeesAnotherClientsChangeAtOnce();
    void exportToAFileThatVerifies();
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

    std::unique_ptr<TeamServer> m_team;
};

void TestTeamSession::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    m_team = std::make_unique<TeamServer>();
    QString error;
    QVERIFY2(m_team->start(&error), qPrintable(error));
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
    // ...nor through raw SQL: the server's rule refuses, whoever the client is.
    r = psql(QStringLiteral("bob"),
        QStringLiteral("UPDATE cutover_night.items SET signed_off_by = 'bob' WHERE id = 1"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("four eyes")), qPrintable(r.err));
    // Nor can he sign in alice's name.
    r = psql(QStringLiteral("bob"),
        QStringLiteral("UPDATE cutover_night.items SET signed_off_by = 'alice' WHERE id = 1"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("in the name of")), qPrintable(r.err));
    // Alice signs it off.
    r = ctl({ QStringLiteral("signoff"), address(QStringLiteral("alice")), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    r = psql(QStringLiteral("alice"),
        QStringLiteral("SELECT signed_off_by FROM cutover_night.items WHERE id = 1"));
    QVERIFY2(r.out.contains(QLatin1String("alice")), qPrintable(r.out));
}

void TestTeamSession::serverKeepsTheTrailAppendOnly()
{
    CtlResult r = psql(
        QStringLiteral("bob"), QStringLiteral("UPDATE cutover_night.audit SET reason = 'x' WHERE seq = 1"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("append-only")), qPrintable(r.err));
    r = psql(QStringLiteral("alice"), QStringLiteral("DELETE FROM cutover_night.audit WHERE seq = 1"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("append-only")), qPrintable(r.err));
    // A record in someone else's name, or one that does not follow the head, is refused.
    r = psql(QStringLiteral("bob"),
        QStringLiteral("INSERT INTO cutover_night.audit (seq, at, actor, action, entity, prev_hash, hash) "
                       "SELECT max(seq) + 1, 'now', 'alice', 'x', 'x', '', '' FROM cutover_night.audit"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("logged in")), qPrintable(r.err));
    r = psql(QStringLiteral("bob"),
        QStringLiteral("INSERT INTO cutover_night.audit (seq, at, actor, action, entity, prev_hash, hash) "
                       "VALUES (1000000, 'now', 'bob', 'x', 'x', '', '')"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("does not follow")), qPrintable(r.err));
}

void TestTeamSession::viewerOnlyReads()
{
    CtlResult r = ctl({ QStringLiteral("status"), address(QStringLiteral("carol")) });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Night cutover")), qPrintable(r.err + r.out));
    r = ctl({ QStringLiteral("item"), address(QStringLiteral("carol")), QStringLiteral("2"),
        QStringLiteral("--status"), QStringLiteral("done") });
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("access denied: the role carol may only read")), qPrintable(r.err));
    r = psql(
        QStringLiteral("carol"), QStringLiteral("UPDATE cutover_night.items SET notes = 'x' WHERE id = 2"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("permission denied")), qPrintable(r.err));
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
    const auto headOf = [](const QString &out) {
        const qsizetype at = out.indexOf(QLatin1String("head "));
        return at < 0 ? QString() : out.mid(at + 5, 64);
    };
    QVERIFY(!headOf(r.out).isEmpty());
    QCOMPARE(headOf(r.out), headOf(server.out));
    // Importing a file into a team database is not built yet, and says so.
    r = ctl({ QStringLiteral("import"), file, QStringLiteral("--into"),
        address(QStringLiteral("alice"), QStringLiteral("copy")) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not built yet")), qPrintable(r.err));
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
