// SPDX-License-Identifier: GPL-3.0-or-later
// The session schema and the audit chain on a real PostgreSQL server (team mode will share sessions
// through PostgreSQL): every migration's DDL runs, and the hash chain appends and verifies there too.
#include "audit/AuditChain.h"
#include "store/SessionSchema.h"
#include "support/PostgresProcess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSchemaPostgres : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migrationsRunOnPostgres();
    void auditChainAppendsAndVerifiesOnPostgres();
    void cleanupTestCase();

private:
    std::unique_ptr<PostgresProcess> m_server;
    QString m_connection = QStringLiteral("pg-test");
};

void TestSchemaPostgres::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    m_server = std::make_unique<PostgresProcess>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(m_server->socketDir());
    db.setPort(m_server->port());
    db.setUserName(PostgresProcess::user());
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
    m_server.reset();
}

QTEST_GUILESS_MAIN(TestSchemaPostgres)
#include "tst_schemapostgres.moc"
