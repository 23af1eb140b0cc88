// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl's signed acts with real keys: the principal comes from the key (allowed signers), never from
// --by or $USER; the completer's key is refused, a second key accepted, a key missing from the allowed
// signers refused, an agent key works, a passphrase comes through --passphrase-fd; a declared session
// works without keys and its rows say so.
#include "support/CtlProcess.h"
#include "support/SigningKeys.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

class TestSigningCtl : public QObject {
    Q_OBJECT

private:
    SigningKeys m_keys;
    QString m_allowed;
    QString m_onlyAlice;
    int m_sessions = 0;

    static QString describe(const CtlResult &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
    }
    // $USER says someone else: nothing may take it for the principal.
    static QProcessEnvironment env()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("USER"), QStringLiteral("mallory"));
        e.insert(QStringLiteral("COCKPIT_USER"), QStringLiteral("mallory"));
        e.remove(QStringLiteral("SSH_AUTH_SOCK"));
        e.remove(QStringLiteral("COCKPIT_SIGNING_KEY"));
        e.remove(QStringLiteral("COCKPIT_ALLOWED_SIGNERS"));
        return e;
    }
    QString newSession(const QString &policy)
    {
        const QString path = m_keys.path(QStringLiteral("s%1.cutover").arg(++m_sessions));
        const CtlResult r = runCtl(
            { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Signed"),
                QStringLiteral("--out"), path, QStringLiteral("--live"), QStringLiteral("--signatures"),
                policy, QStringLiteral("--by"), QStringLiteral("alice") },
            60000, env());
        [&] { QVERIFY2(r.code == 0, qPrintable(describe(r))); }();
        return path;
    }
    // Item 1 (needs sign-off) completed by alice.
    void complete(const QString &session)
    {
        const CtlResult r = runCtl(
            QStringList { QStringLiteral("item"), session, QStringLiteral("1"), QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") }
                + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }
    static QList<QStringList> rows(const QString &session, const QString &sql)
    {
        QList<QStringList> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(session);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(sql);
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i).toString();
                    out << row;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }
    QStringList signArgs(const QString &key, const QString &allowed) const
    {
        return { QStringLiteral("--key"), key, QStringLiteral("--allowed-signers"), allowed };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        QVERIFY(!m_keys.make(QStringLiteral("alice")).isEmpty());
        QVERIFY(!m_keys.make(QStringLiteral("bob")).isEmpty());
        QVERIFY(!m_keys.make(QStringLiteral("carol"), QStringLiteral("s3cret phrase")).isEmpty());
        m_allowed = m_keys.allowedSigners(QStringLiteral("allowed"),
            { { QStringLiteral("alice"), QStringLiteral("alice") },
                { QStringLiteral("bob"), QStringLiteral("bob") },
                { QStringLiteral("carol"), QStringLiteral("carol") } });
        m_onlyAlice = m_keys.allowedSigners(
            QStringLiteral("only-alice"), { { QStringLiteral("alice"), QStringLiteral("alice") } });
    }

    void completerRefusedWhateverByNames()
    {
        const QString s = newSession(QStringLiteral("required"));
        complete(s);
        // No key in a required session.
        CtlResult r = runCtl({ QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
                                 QStringLiteral("bob") },
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("requires electronic signatures")), qPrintable(describe(r)));
        // Alice's key, typing bob as the name.
        r = runCtl(QStringList { QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
                       QStringLiteral("bob") }
                + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("second person")), qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT status FROM items WHERE id = 1")).value(0).value(0),
            QStringLiteral("awaiting-signoff"));
        QVERIFY(rows(s, QStringLiteral("SELECT id FROM signatures")).isEmpty());

        // An allowed signers file without bob: refused.
        r = runCtl(QStringList { QStringLiteral("signoff"), s, QStringLiteral("1") }
                + signArgs(m_keys.path(QStringLiteral("bob")), m_onlyAlice),
            60000, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not in the allowed signers")), qPrintable(describe(r)));

        // Bob's key: accepted, whatever --by says; the principal is bob.
        r = runCtl(QStringList { QStringLiteral("signoff"), s, QStringLiteral("1"), QStringLiteral("--by"),
                       QStringLiteral("Alice") }
                + signArgs(m_keys.path(QStringLiteral("bob")), m_allowed),
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT status, signed_off_by FROM items WHERE id = 1")).value(0),
            (QStringList { QStringLiteral("done"), QStringLiteral("bob") }));
        const QList<QStringList> sig = rows(s,
            QStringLiteral("SELECT principal, display_name, meaning, statement, signature FROM signatures"));
        QCOMPARE(sig.size(), 1);
        QCOMPARE(sig.first().value(0), QStringLiteral("bob"));
        QCOMPARE(sig.first().value(1), QStringLiteral("Alice"));
        QCOMPARE(sig.first().value(2), QStringLiteral("reviewed and approved"));
        // The stored statement and signature verify with stock ssh-keygen.
        QFile sigFile(m_keys.path(QStringLiteral("row.sig")));
        QVERIFY(sigFile.open(QIODevice::WriteOnly));
        sigFile.write(sig.first().value(4).toUtf8());
        sigFile.close();
        QProcess verify;
        verify.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-f"), m_allowed,
                QStringLiteral("-I"), QStringLiteral("bob"), QStringLiteral("-n"),
                QStringLiteral("cutover-cockpit"), QStringLiteral("-s"), sigFile.fileName() });
        verify.write(sig.first().value(3).toUtf8());
        verify.closeWriteChannel();
        QVERIFY(verify.waitForFinished(30000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }

    void agentKeyAndPassphrase()
    {
        const QString s = newSession(QStringLiteral("required"));
        complete(s);
        const QString socket = m_keys.startAgent(QStringLiteral("bob"));
        QVERIFY(!socket.isEmpty());
        QDir().mkpath(m_keys.path(QStringLiteral("pubonly")));
        const QString pub = m_keys.path(QStringLiteral("pubonly/bob.pub"));
        QVERIFY(QFile::copy(m_keys.path(QStringLiteral("bob.pub")), pub));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        e.insert(QStringLiteral("COCKPIT_SIGNING_KEY"), pub);
        e.insert(QStringLiteral("COCKPIT_ALLOWED_SIGNERS"), m_allowed);
        CtlResult r = runCtl({ QStringLiteral("signoff"), s, QStringLiteral("1") }, 60000, e);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT signed_off_by FROM items WHERE id = 1")).value(0).value(0),
            QStringLiteral("bob"));
        m_keys.stopAgent();

        // Carol's key is protected: the passphrase from a descriptor (here stdin), never argv.
        // In a required session the completer proves who they are with their key too.
        QVERIFY(
            runCtl(QStringList { QStringLiteral("item"), s, QStringLiteral("2"), QStringLiteral("--status"),
                       QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("alice") }
                    + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
                60000, env())
                .code
            == 0);
        auto withPass = [&](const QByteArray &pass) {
            QProcess p;
            p.setProcessEnvironment(env());
            p.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
                QStringList { QStringLiteral("signoff"), s, QStringLiteral("2"),
                    QStringLiteral("--passphrase-fd"), QStringLiteral("0") }
                    + signArgs(m_keys.path(QStringLiteral("carol")), m_allowed));
            p.write(pass);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return CtlResult { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError()) };
        };
        r = withPass("wrong phrase");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Wrong passphrase")), qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QLatin1String("wrong phrase")));
        r = withPass("s3cret phrase\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT signed_off_by FROM items WHERE id = 2")).value(0).value(0),
            QStringLiteral("carol"));
        // The passphrase is nowhere in the session.
        QFile file(s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    void declaredWorksWithoutKeys()
    {
        const QString s = newSession(QStringLiteral("declared"));
        complete(s);
        const CtlResult r = runCtl({ QStringLiteral("signoff"), s, QStringLiteral("1"),
                                       QStringLiteral("--by"), QStringLiteral("Bob") },
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("identities declared, not verified")), qPrintable(describe(r)));
        const QString account = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
        const QList<QStringList> sig = rows(
            s, QStringLiteral("SELECT principal, display_name, signature, key_fingerprint FROM signatures"));
        QCOMPARE(sig.size(), 1);
        QCOMPARE(sig.first(), (QStringList { account, QStringLiteral("Bob"), QString(), QString() }));
        QVERIFY(account != QLatin1String("mallory"));
    }

    void policyChangeIsSigned()
    {
        const QString s = newSession(QStringLiteral("required"));
        CtlResult r = runCtl(
            { QStringLiteral("signatures"), s, QStringLiteral("--policy"), QStringLiteral("declared") },
            60000, env());
        QCOMPARE(r.code, 1);
        r = runCtl(QStringList { QStringLiteral("signatures"), s, QStringLiteral("--policy"),
                       QStringLiteral("declared") }
                + signArgs(m_keys.path(QStringLiteral("alice")), m_allowed),
            60000, env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("Signatures: declared")), qPrintable(describe(r)));
        QCOMPARE(rows(s, QStringLiteral("SELECT act, principal FROM signatures")).value(0),
            (QStringList { QStringLiteral("policy.change"), QStringLiteral("alice") }));
    }
};

QTEST_GUILESS_MAIN(TestSigningCtl)
#include "tst_signingctl.moc"
