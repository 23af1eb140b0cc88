// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in to a team server with a client certificate: a real PostgreSQL with ssl=on whose pg_hba.conf
// lets bob in over SSL with a certificate only (`hostssl ... cert`), certificates made with openssl at test
// time. bob has no password anywhere; cutoverctl works as him through the certificate, and a wrong, missing
// or unprotected certificate is refused with a message that names the certificate problem, writing nothing.
#include "support/CertificateAuthority.h"
#include "support/CtlProcess.h"
#include "support/TeamServer.h"

#include <QFile>
#include <QTest>
#include <QUrl>

class TestTeamCertificate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bobActsThroughHisCertificate();
    void refusedCertificatesSayWhyAndWriteNothing_data();
    void refusedCertificatesSayWhyAndWriteNothing();

private:
    // bob's address with the certificate `cert` (and its key), checking the server against `root`.
    QString certAddress(const QString &cert, const QString &key, const QString &root) const;
    CtlResult ctl(const QStringList &args) const { return runCtl(args, 60000, m_team->environment()); }
    // The number of records in the session's trail (as the superuser).
    int trailLength() const;

    CertificateAuthority m_ca;
    CertificateAuthority m_otherCa { QStringLiteral("Someone else's CA") };
    std::unique_ptr<TeamServer> m_team;
};

QString TestTeamCertificate::certAddress(const QString &cert, const QString &key, const QString &root) const
{
    const auto enc = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    return m_team->address(QStringLiteral("bob"))
        + QStringLiteral("&sslmode=verify-full&sslcert=%1&sslkey=%2&sslrootcert=%3")
              .arg(enc(cert), enc(key), enc(root));
}

int TestTeamCertificate::trailLength() const
{
    const TeamServer::Result r
        = m_team->adminPsql(QStringLiteral("SELECT count(*) FROM cutover_night.audit"));
    bool ok = false;
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const int n = lines.size() > 2 ? lines.at(2).trimmed().toInt(&ok) : -1;
    return ok ? n : -1;
}

void TestTeamCertificate::initTestCase()
{
    if (PostgresProcess::binDir().isEmpty())
        QSKIP("PostgreSQL server binaries are not installed (scripts/cockpit.sh setup installs postgresql)");
    QString error;
    QVERIFY2(m_ca.create(&error), qPrintable(error));
    QVERIFY2(m_ca.issue(QStringLiteral("server"), QStringLiteral("localhost"),
                 { QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost") }, &error),
        qPrintable(error));
    QVERIFY2(m_ca.issue(QStringLiteral("bob"), QStringLiteral("bob"), {}, &error), qPrintable(error));
    QVERIFY2(m_ca.issue(QStringLiteral("mallory"), QStringLiteral("mallory"), {}, &error), qPrintable(error));
    QVERIFY2(m_otherCa.create(&error), qPrintable(error));
    QVERIFY2(m_otherCa.issue(QStringLiteral("bob"), QStringLiteral("bob"), {}, &error), qPrintable(error));
    // A key others may read (libpq refuses it).
    QVERIFY(QFile::copy(m_ca.keyFile(QStringLiteral("bob")), m_ca.keyFile(QStringLiteral("bob-open"))));
    QVERIFY(QFile::setPermissions(m_ca.keyFile(QStringLiteral("bob-open")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    // bob's password is in no pgpass file: over SSL the server lets him in by certificate only.
    m_team = std::make_unique<TeamServer>(QStringList { QStringLiteral("alice"), QStringLiteral("bob") },
        QStringList { QStringLiteral("bob") });
    m_team->server().setSsl(
        m_ca.certFile(QStringLiteral("server")), m_ca.keyFile(QStringLiteral("server")), m_ca.caFile());
    m_team->server().setHbaLines({ QStringLiteral("hostssl cutover bob 127.0.0.1/32 cert") });
    QVERIFY2(m_team->start(&error), qPrintable(error));

    CtlResult r = ctl({ QStringLiteral("team"), QStringLiteral("init"), m_team->adminAddress() });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const auto &[who, as] : { std::pair { QStringLiteral("alice"), QStringLiteral("lead") },
             std::pair { QStringLiteral("bob"), QStringLiteral("member") } }) {
        r = ctl({ QStringLiteral("team"), QStringLiteral("grant"), m_team->adminAddress(), who,
            QStringLiteral("--as"), as });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Night cutover"),
        QStringLiteral("--out"), m_team->address(QStringLiteral("alice")) });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
}

void TestTeamCertificate::bobActsThroughHisCertificate()
{
    // Without the certificate bob cannot log in (no password anywhere): it is the certificate that works.
    CtlResult r = ctl({ QStringLiteral("status"), m_team->address(QStringLiteral("bob")) });
    QVERIFY2(r.code != 0, qPrintable(r.out));

    const QString address = certAddress(
        m_ca.certFile(QStringLiteral("bob")), m_ca.keyFile(QStringLiteral("bob")), m_ca.caFile());
    r = ctl({ QStringLiteral("status"), address });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Night cutover")), qPrintable(r.err + r.out));
    const int before = trailLength();
    r = ctl({ QStringLiteral("item"), address, QStringLiteral("1"), QStringLiteral("--status"),
        QStringLiteral("done") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(trailLength() > before);
    const TeamServer::Result actor = m_team->adminPsql(
        QStringLiteral("SELECT actor || '/' || completed_by FROM cutover_night.audit, cutover_night.items "
                       "WHERE items.id = 1 ORDER BY seq DESC LIMIT 1"));
    QVERIFY2(
        actor.code == 0 && actor.out.contains(QLatin1String("bob/bob")), qPrintable(actor.err + actor.out));
}

void TestTeamCertificate::refusedCertificatesSayWhyAndWriteNothing_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("says"); // the plain words the message must contain
    QTest::newRow("signed by another CA")
        << m_otherCa.certFile(QStringLiteral("bob")) << m_otherCa.keyFile(QStringLiteral("bob"))
        << m_ca.caFile() << QStringLiteral("not signed by a certificate authority the server trusts");
    QTest::newRow("for someone else")
        << m_ca.certFile(QStringLiteral("mallory")) << m_ca.keyFile(QStringLiteral("mallory"))
        << m_ca.caFile() << QStringLiteral("is not for the role bob");
    QTest::newRow("missing") << m_ca.certFile(QStringLiteral("nobody"))
                             << m_ca.keyFile(QStringLiteral("nobody")) << m_ca.caFile()
                             << QStringLiteral("no client certificate");
    QTest::newRow("key readable by others")
        << m_ca.certFile(QStringLiteral("bob")) << m_ca.keyFile(QStringLiteral("bob-open")) << m_ca.caFile()
        << QStringLiteral("can be read by others");
    QTest::newRow("key missing") << m_ca.certFile(QStringLiteral("bob"))
                                 << m_ca.keyFile(QStringLiteral("nobody")) << m_ca.caFile()
                                 << QStringLiteral("private key for the client certificate");
    QTest::newRow("server not trusted")
        << m_ca.certFile(QStringLiteral("bob")) << m_ca.keyFile(QStringLiteral("bob")) << m_otherCa.caFile()
        << QStringLiteral("server's certificate");
    QTest::newRow("no CA file") << m_ca.certFile(QStringLiteral("bob")) << m_ca.keyFile(QStringLiteral("bob"))
                                << m_ca.keyFile(QStringLiteral("nothing"))
                                << QStringLiteral("certificate authority file");
}

void TestTeamCertificate::refusedCertificatesSayWhyAndWriteNothing()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, root);
    QFETCH(QString, says);
    const QString address = certAddress(cert, key, root);
    const int before = trailLength();
    QVERIFY(before > 0);
    CtlResult r = ctl({ QStringLiteral("status"), address });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(says) && r.err.contains(QLatin1String("certificate")), qPrintable(r.err));
    r = ctl({ QStringLiteral("item"), address, QStringLiteral("2"), QStringLiteral("--status"),
        QStringLiteral("done") });
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(trailLength(), before);
}

QTEST_GUILESS_MAIN(TestTeamCertificate)
#include "tst_teamcertificate.moc"
