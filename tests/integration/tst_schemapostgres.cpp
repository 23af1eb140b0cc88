// SPDX-License-Identifier: GPL-3.0-or-later
// The session schema and the audit chain on a real PostgreSQL server (team mode will share sessions
// through PostgreSQL): every migration's DDL runs, and the hash chain appends and verifies there too.
#include "audit/AuditChain.h"
#include "store/SessionSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestSchemaPostgres : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migrationsRunOnPostgres();
    void auditChainAppendsAndVerifiesOnPostgres();
    void cleanupTestCase();

private:
    QStringList asServerUser(const QString &program, const QStringList &args) const;
    QString m_binDir;
    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/cockpit-pg-XXXXXX") };
    QProcess m_server;
    int m_port = 0;
    QString m_connection = QStringLiteral("pg-test");
};

QStringList TestSchemaPostgres::asServerUser(const QString &program, const QStringList &args) const
{
    // PostgreSQL refuses to run as root; CI runs as root, so run the server as the postgres user.
    if (geteuid() == 0)
        return QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
        + args;
    return QStringList { program } + args;
}

void TestSchemaPostgres::initTestCase()
{
    const QStringList candidates
        = QDir(QStringLiteral("/usr/lib/postgresql"))
              .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : candidates) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb"))) {
            m_binDir = bin;
            break;
        }
    }
    if (m_binDir.isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther
            | QFileDevice::WriteGroup);
    const QString data = m_dir.filePath(QStringLiteral("data"));

    auto run = [this](const QString &program, const QStringList &args) {
        QProcess p;
        const QStringList full = asServerUser(program, args);
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"), full);
        else
            p.start(full.first(), full.mid(1));
        const bool ok
            = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            qWarning().noquote() << program << p.readAllStandardError();
        return ok;
    };
    QVERIFY(run(m_binDir + QStringLiteral("/initdb"),
        { QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
            QStringLiteral("cockpit"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
            QStringLiteral("UTF8") }));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();
    // Unix socket only (listen_addresses empty): nothing is reachable from outside this machine.
    const QStringList full = asServerUser(m_binDir + QStringLiteral("/postgres"),
        { QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-c"), QStringLiteral("listen_addresses="),
            QStringLiteral("-c"), QStringLiteral("fsync=off") });
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (geteuid() == 0)
        m_server.start(QStringLiteral("runuser"), full);
    else
        m_server.start(full.first(), full.mid(1));
    QVERIFY(m_server.waitForStarted(10000));
    const QString socket = m_dir.filePath(QStringLiteral(".s.PGSQL.%1").arg(m_port));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 60000);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(m_dir.path());
    db.setPort(m_port);
    db.setUserName(QStringLiteral("cockpit"));
    db.setDatabaseName(QStringLiteral("postgres"));
    QTRY_VERIFY_WITH_TIMEOUT(db.open(), 30000);
}

void TestSchemaPostgres::migrationsRunOnPostgres()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QVERIFY(db.isOpen());
    for (const SchemaMigration &m : SessionSchema::migrations()) {
        QVERIFY(db.transaction());
        for (const QString &sql : m.statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql),
                qPrintable(
                    QStringLiteral("migration %1: %2\n%3").arg(m.version).arg(q.lastError().text(), sql)));
        }
        QVERIFY(db.commit());
    }
    // The meta rows as SessionStore writes them (multi-row VALUES with bound parameters).
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)"));
    q.addBindValue(QStringLiteral("schema_version"));
    q.addBindValue(QString::number(SessionSchema::currentVersion()));
    q.addBindValue(QStringLiteral("application"));
    q.addBindValue(SessionSchema::applicationTag());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestSchemaPostgres::auditChainAppendsAndVerifiesOnPostgres()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QVERIFY(db.transaction());
    for (int i = 0; i < 5; ++i) {
        AuditRecord r;
        r.actor = QStringLiteral("alice");
        r.action = QStringLiteral("session.note");
        r.entity = QStringLiteral("session");
        r.entityId = 1;
        r.newValue = QStringLiteral("note %1 \u2013 \u00e4\u00f6\u00fc").arg(i);
        QString error;
        QVERIFY2(AuditChain::append(db, r, &error), qPrintable(error));
        QCOMPARE(r.seq, qint64(i + 1));
    }
    QVERIFY(db.commit());
    AuditChain::Verification v = AuditChain::verify(db);
    QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char('\n'))));
    QCOMPARE(v.recordCount, qint64(5));

    // A change made behind the cockpit's back is caught on PostgreSQL too.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 3")));
    v = AuditChain::verify(db);
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, qint64(3));
}

void TestSchemaPostgres::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(20000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
    // The server ran as the postgres user: make sure everything it wrote can be removed.
    QProcess::execute(
        QStringLiteral("chmod"), { QStringLiteral("-R"), QStringLiteral("a+rwX"), m_dir.path() });
}

QTEST_GUILESS_MAIN(TestSchemaPostgres)
#include "tst_schemapostgres.moc"
