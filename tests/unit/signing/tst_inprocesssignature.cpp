// SPDX-License-Identifier: GPL-3.0-or-later
// The in-process SSH signature check against OpenSSH's own: for each case (an allowed-signers file, a
// principal, a message and a signature made by ssh-keygen -Y sign with real keys), InProcessSignatureCheck
// must reach the verdict `ssh-keygen -Y verify` reaches, or hand the case to ssh-keygen (Unsupported) where
// it says it does. Also the allowed-signers parser and OpenSSH's pattern-lists.
#include "signing/AllowedSigners.h"
#include "signing/InProcessSignatureCheck.h"
#include "signing/SshKeygen.h"
#include "signing/SshSignatureBlob.h"

#include "support/SigningKeys.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

const QString ns = QStringLiteral("cutover-cockpit");
const QByteArray statement = "cutover-cockpit signature v1\nsession: s-1\nact: item.signoff\n";

// Signs with ssh-keygen directly, in any namespace (SshKeygen::sign always uses the cockpit's).
QByteArray signWith(const QString &key, const QByteArray &message, const QString &space)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-n"), space,
            QStringLiteral("-f"), key });
    p.write(message);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

using Outcome = InProcessSignatureCheck::Outcome;

}

class TestInProcessSignature : public QObject {
    Q_OBJECT

    SigningKeys m_keys;
    QString m_alice, m_bob, m_ecdsa;
    QByteArray m_aliceSig, m_bobSig, m_gitSig, m_ecdsaSig;

    QString line(const QString &principals, const QString &key, const QString &options = {}) const
    {
        return principals + (options.isEmpty() ? QString() : QLatin1Char(' ') + options) + QLatin1Char(' ')
            + m_keys.publicLine(key);
    }
    QString writeAllowed(const QString &text) const
    {
        const QString path = m_keys.path(QStringLiteral("allowed_%1").arg(qHash(text)));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        m_alice = m_keys.make(QStringLiteral("alice"));
        m_bob = m_keys.make(QStringLiteral("bob"));
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
        m_ecdsa = m_keys.path(QStringLiteral("carol"));
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), m_ecdsa });
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        m_aliceSig = signWith(m_alice, statement, ns);
        m_bobSig = signWith(m_bob, statement, ns);
        m_gitSig = signWith(m_alice, statement, QStringLiteral("git"));
        m_ecdsaSig = signWith(m_ecdsa, statement, ns);
        QVERIFY(!m_aliceSig.isEmpty() && !m_bobSig.isEmpty() && !m_gitSig.isEmpty() && !m_ecdsaSig.isEmpty());
    }

    void agreesWithSshKeygen_data()
    {
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<int>("expected");
        const auto V = int(Outcome::Verified);
        const auto R = int(Outcome::Rejected);
        const auto U = int(Outcome::Unsupported);
        const QString alice = QStringLiteral("alice@bank.example");
        QByteArray damaged = m_aliceSig;
        damaged[damaged.indexOf("AAAA") + 40] = damaged.at(damaged.indexOf("AAAA") + 40) == 'Q' ? 'R' : 'Q';

        QTest::newRow("plain line") << line(alice, QStringLiteral("alice")) << alice << statement
                                    << m_aliceSig << V;
        QTest::newRow("other principal")
            << line(alice, QStringLiteral("alice")) << QStringLiteral("bob@bank.example") << statement
            << m_aliceSig << R;
        QTest::newRow("message changed") << line(alice, QStringLiteral("alice")) << alice
                                         << QByteArray(statement + "x") << m_aliceSig << R;
        QTest::newRow("key of another person")
            << line(alice, QStringLiteral("alice")) << alice << statement << m_bobSig << R;
        QTest::newRow("signed in another namespace")
            << line(alice, QStringLiteral("alice")) << alice << statement << m_gitSig << R;
        QTest::newRow("damaged signature")
            << line(alice, QStringLiteral("alice")) << alice << statement << damaged << R;
        QTest::newRow("wildcard principal") << line(QStringLiteral("*@bank.example"), QStringLiteral("alice"))
                                            << alice << statement << m_aliceSig << V;
        QTest::newRow("negated principal")
            << line(QStringLiteral("*@bank.example,!alice@bank.example"), QStringLiteral("alice")) << alice
            << statement << m_aliceSig << R;
        QTest::newRow("question mark") << line(QStringLiteral("alic?@bank.example"), QStringLiteral("alice"))
                                       << alice << statement << m_aliceSig << V;
        QTest::newRow("quoted principal list")
            << line(QStringLiteral("\"bob@bank.example,alice@bank.example\""), QStringLiteral("alice"))
            << alice << statement << m_aliceSig << V;
        QTest::newRow("namespaces excludes")
            << line(alice, QStringLiteral("alice"), QStringLiteral("namespaces=\"git\"")) << alice
            << statement << m_aliceSig << R;
        QTest::newRow("namespaces pattern")
            << line(alice, QStringLiteral("alice"), QStringLiteral("NAMESPACES=\"git,cutover-*\"")) << alice
            << statement << m_aliceSig << V;
        QTest::newRow("expired") << line(
            alice, QStringLiteral("alice"), QStringLiteral("valid-before=\"20200101\""))
                                 << alice << statement << m_aliceSig << R;
        QTest::newRow("not yet valid")
            << line(alice, QStringLiteral("alice"), QStringLiteral("valid-after=\"29991231Z\"")) << alice
            << statement << m_aliceSig << R;
        QTest::newRow("valid window") << line(alice, QStringLiteral("alice"),
            QStringLiteral("valid-after=\"20200101Z\",valid-before=\"299912312359\""))
                                      << alice << statement << m_aliceSig << V;
        QTest::newRow("second line names the key")
            << line(alice, QStringLiteral("bob")) + QLatin1Char('\n') + line(alice, QStringLiteral("alice"))
            << alice << statement << m_aliceSig << V;
        QTest::newRow("comments and blanks")
            << QStringLiteral("# team\n\n   ") + line(alice, QStringLiteral("alice")) + QStringLiteral("\n")
            << alice << statement << m_aliceSig << V;
        QTest::newRow("ecdsa goes to ssh-keygen")
            << line(alice, QStringLiteral("carol")) << alice << statement << m_ecdsaSig << U;
        QTest::newRow("cert-authority goes to ssh-keygen")
            << line(QStringLiteral("*@bank.example"), QStringLiteral("bob"), QStringLiteral("cert-authority"))
                + QLatin1Char('\n') + line(alice, QStringLiteral("alice"))
            << alice << statement << m_aliceSig << U;
        QTest::newRow("unreadable line goes to ssh-keygen")
            << QStringLiteral("this is not a line\n") + line(alice, QStringLiteral("alice")) << alice
            << statement << m_aliceSig << U;
    }

    void agreesWithSshKeygen()
    {
        QFETCH(QString, allowed);
        QFETCH(QString, principal);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QFETCH(int, expected);
        const QString file = writeAllowed(allowed + QLatin1Char('\n'));
        QVERIFY(!file.isEmpty());

        QString keygenWhy;
        const bool keygen = SshKeygen::verify(message, signature, file, principal, &keygenWhy);
        AllowedSigners signers;
        QString error;
        QVERIFY2(AllowedSigners::load(file, &signers, &error), qPrintable(error));
        const InProcessSignatureCheck::Result own
            = InProcessSignatureCheck::check(message, signature, signers, principal, ns);
        QCOMPARE(int(own.outcome), expected);
        if (own.outcome != Outcome::Unsupported)
            QVERIFY2((own.outcome == Outcome::Verified) == keygen,
                qPrintable(QStringLiteral("in process: %1; ssh-keygen: %2").arg(own.reason, keygenWhy)));
        else
            QVERIFY2(keygen, qPrintable(keygenWhy)); // what is handed over verifies there
        if (own.outcome == Outcome::Rejected)
            QVERIFY(!own.reason.isEmpty());
    }

    void patternLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<bool>("matches");
        QTest::newRow("literal") << "a@b"
                                 << "a@b" << true;
        QTest::newRow("case matters") << "A@b"
                                      << "a@b" << false;
        QTest::newRow("star") << "alice@bank"
                              << "*@bank" << true;
        QTest::newRow("star empty") << "@bank"
                                    << "*@bank" << true;
        QTest::newRow("two stars") << "x.y.z"
                                   << "*.*" << true;
        QTest::newRow("question") << "ab"
                                  << "a?" << true;
        QTest::newRow("question needs one") << "a"
                                            << "a?" << false;
        QTest::newRow("negation wins") << "alice@bank"
                                       << "*@bank,!alice@bank" << false;
        QTest::newRow("negation alone") << "bob@bank"
                                        << "!alice@bank" << false;
        QTest::newRow("second pattern") << "bob@bank"
                                        << "alice@bank,bob@bank" << true;
        QTest::newRow("backtracking") << "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
                                      << "*a*a*a*a*a*a*b" << true;
    }

    void patternLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, patterns);
        QFETCH(bool, matches);
        QCOMPARE(AllowedSigners::matchesPatternList(text, patterns.split(QLatin1Char(','))), matches);
    }

    void parserNamesUnreadableLines()
    {
        const AllowedSigners s = AllowedSigners::parse(QByteArray("a@b foo=\"x\" ssh-ed25519 AAAA\n")
            + "a@b valid-after=\"2020\" ssh-ed25519 AAAA\n" + "a@b ssh-ed25519 !!!notbase64\n"
            + m_keys.publicLine(QStringLiteral("alice")).toUtf8() + "\n");
        QCOMPARE(s.entries().size(), 0);
        QCOMPARE(s.unreadable().size(), 4);
        QVERIFY(s.unreadable().at(0).contains(QStringLiteral("line 1")));
        QVERIFY(s.unreadable().at(0).contains(QStringLiteral("foo")));
        QVERIFY(s.unreadable().at(1).contains(QStringLiteral("2020")));
    }

    void principalOfSkipsPatterns()
    {
        const QString pub = m_keys.publicLine(QStringLiteral("alice"));
        const AllowedSigners s = AllowedSigners::parse(
            (QStringLiteral("*@bank,!x@bank,alice@bank ") + pub + QLatin1Char('\n')).toUtf8());
        const QByteArray blob = QByteArray::fromBase64(pub.section(QLatin1Char(' '), 1, 1).toLatin1());
        QCOMPARE(s.principalOf(blob), QStringLiteral("alice@bank"));
        QCOMPARE(s.principalOf(QByteArray("other")), QString());
    }

    // Hostile armor: truncated blobs and lengths past the end are refused, never read past.
    void blobParserRefusesDamage()
    {
        SshSignatureBlob blob;
        QString error;
        QVERIFY(SshSignatureBlob::parseArmored(m_aliceSig, &blob, &error));
        QCOMPARE(blob.keyType, QByteArray("ssh-ed25519"));
        QCOMPARE(blob.signatureNamespace, ns.toUtf8());
        QCOMPARE(blob.signatureBytes.size(), 64);
        QVERIFY(!SshSignatureBlob::parseArmored("no armor", &blob, &error));
        const QByteArray raw
            = QByteArray::fromBase64(m_aliceSig.split('\n').mid(1, m_aliceSig.count('\n') - 2).join());
        for (qsizetype cut : { qsizetype(3), qsizetype(10), raw.size() / 2, raw.size() - 1 }) {
            const QByteArray armored = "-----BEGIN SSH SIGNATURE-----\n" + raw.left(cut).toBase64()
                + "\n-----END SSH SIGNATURE-----\n";
            QVERIFY2(
                !SshSignatureBlob::parseArmored(armored, &blob, &error), qPrintable(QString::number(cut)));
        }
        QByteArray huge = raw;
        huge[10] = char(0x7f); // the public key's length now points far past the end
        QVERIFY(!SshSignatureBlob::parseArmored(
            "-----BEGIN SSH SIGNATURE-----\n" + huge.toBase64() + "\n-----END SSH SIGNATURE-----\n", &blob,
            &error));
    }
};

QTEST_GUILESS_MAIN(TestInProcessSignature)
#include "tst_inprocesssignature.moc"
