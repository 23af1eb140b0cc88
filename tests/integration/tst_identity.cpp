// SPDX-License-Identifier: GPL-3.0-or-later
// Who acts: cutoverctl takes the principal from the operating system, never from $USER, $COCKPIT_USER or
// --by. Runs the built cutoverctl with a controlled environment, as the test's own account and (as root)
// as a second real account made with useradd.
#include "support/OsAccount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString ctlPath()
{
    return QStringLiteral(COCKPIT_BIN_DIR) + QStringLiteral("/cutoverctl");
}

QByteArray describe(const Result &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err).toUtf8();
}

// What `id -un` says: the account, by another program than the one under test.
QString idUn()
{
    QProcess p;
    p.start(QStringLiteral("id"), { QStringLiteral("-un") });
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

}

class TestIdentity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The environment of a CI job: no USER, no COCKPIT_USER, no LOGNAME; settings in the test's folder.
    QProcessEnvironment bareEnvironment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    Result ctl(const QStringList &args, const QProcessEnvironment &env) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(ctlPath(), args);
        Result r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
            r.err = QStringLiteral("cutoverctl did not run: ") + p.errorString();
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonObject whoami(const QStringList &extra, const QProcessEnvironment &env) const
    {
        const Result r = ctl(QStringList { QStringLiteral("whoami"), QStringLiteral("--json") } + extra, env);
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // The actors of the session's audit records, in order.
    static QStringList auditActors(const QString &file)
    {
        QStringList actors;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT actor FROM audit ORDER BY seq"));
                while (q.next())
                    actors << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        return actors;
    }

    bool makeKey(const QString &name, const QString &passphrase) const
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                passphrase, QStringLiteral("-C"), name, QStringLiteral("-f"), m_dir.filePath(name) });
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        QVERIFY(QFile::exists(ctlPath()));
    }

    void principalIsTheAccountWithoutUser()
    {
        const QJsonObject o = whoami({}, bareEnvironment());
        QCOMPARE(o.value(QStringLiteral("principal")).toString(), idUn());
        QVERIFY(!o.value(QStringLiteral("host")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QString());
        QVERIFY(o.value(QStringLiteral("key")).isNull());
        QVERIFY(o.value(QStringLiteral("allowed_signers")).isNull());
    }

    void environmentAndByDoNotChooseThePrincipal()
    {
        QProcessEnvironment env = bareEnvironment();
        env.insert(QStringLiteral("USER"), QStringLiteral("mallory"));
        env.insert(QStringLiteral("COCKPIT_USER"), QStringLiteral("eve"));
        env.insert(QStringLiteral("LOGNAME"), QStringLiteral("trudy"));
        const QJsonObject o = whoami({ QStringLiteral("--by"), QStringLiteral("Bob Builder") }, env);
        QCOMPARE(o.value(QStringLiteral("principal")).toString(), idUn());
        QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("Bob Builder"));
        // The human-readable form says the same.
        const Result text = ctl({ QStringLiteral("whoami") }, env);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("principal:     ") + idUn()), text.out.toUtf8());
        QVERIFY2(text.out.contains(QStringLiteral("signing key:   none")), text.out.toUtf8());
    }

    void byDoesNotChangeTheRecordedActor()
    {
        QProcessEnvironment env = bareEnvironment(); // no USER: the CLI still works (CI)
        const QString file = m_dir.filePath(QStringLiteral("by.cutover"));
        Result r = ctl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("by test"),
                           QStringLiteral("--out"), file, QStringLiteral("--by"), QStringLiteral("bob") },
            env);
        QVERIFY2(r.exitCode == 0, describe(r));
        env.insert(QStringLiteral("USER"), QStringLiteral("bob"));
        r = ctl({ QStringLiteral("item"), file, QStringLiteral("2"), QStringLiteral("--status"),
                    QStringLiteral("in-progress"), QStringLiteral("--by"), QStringLiteral("bob") },
            env);
        QVERIFY2(r.exitCode == 0, describe(r));
        r = ctl({ QStringLiteral("log"), QStringLiteral("add"), file, QStringLiteral("--text"),
                    QStringLiteral("seen"), QStringLiteral("--by"), QStringLiteral("bob") },
            env);
        QVERIFY2(r.exitCode == 0, describe(r));
        // Verifying one's own entry is refused whatever name is typed: the author and the verifier are the
        // same principal.
        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), file, QStringLiteral("1"),
                    QStringLiteral("--by"), QStringLiteral("someone else") },
            env);
        QVERIFY2(r.exitCode != 0, describe(r));
        const QStringList actors = auditActors(file);
        QVERIFY(actors.size() >= 3);
        for (const QString &actor : actors)
            QCOMPARE(actor, idUn());
    }

    void keyAndAllowedSigners()
    {
        QVERIFY(makeKey(QStringLiteral("id_alice"), QStringLiteral("secret phrase")));
        QProcess fp;
        fp.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-l"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("id_alice")) });
        QVERIFY(fp.waitForFinished(30000));
        const QString expected
            = QString::fromUtf8(fp.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
        QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
        QFile pub(m_dir.filePath(QStringLiteral("id_alice.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray publicKey = pub.readAll().trimmed();
        QFile signers(m_dir.filePath(QStringLiteral("allowed_signers")));
        QVERIFY(signers.open(QIODevice::WriteOnly));
        signers.write("# the team\nbob@example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJunk bob\n");
        signers.write("alice@example.com,alice namespaces=\"cutover-cockpit\" " + publicKey + "\n");
        signers.close();

        QProcessEnvironment env = bareEnvironment();
        env.insert(QStringLiteral("COCKPIT_SIGNING_KEY"), m_dir.filePath(QStringLiteral("id_alice")));
        env.insert(QStringLiteral("COCKPIT_ALLOWED_SIGNERS"), signers.fileName());
        const QJsonObject o = whoami({}, env);
        const QJsonObject key = o.value(QStringLiteral("key")).toObject();
        QCOMPARE(key.value(QStringLiteral("path")).toString(), m_dir.filePath(QStringLiteral("id_alice")));
        QCOMPARE(key.value(QStringLiteral("fingerprint")).toString(), expected);
        QCOMPARE(key.value(QStringLiteral("principals")).toArray(),
            QJsonArray({ QStringLiteral("alice@example.com"), QStringLiteral("alice") }));
        QCOMPARE(o.value(QStringLiteral("allowed_signers")).toString(), signers.fileName());
        // The principal is still the account: the key's principal counts once a signature proves it.
        QCOMPARE(o.value(QStringLiteral("principal")).toString(), idUn());

        // --key wins over the environment; a key the file lacks maps to no principal.
        QVERIFY(makeKey(QStringLiteral("id_other"), QString()));
        const QJsonObject other
            = whoami({ QStringLiteral("--key"), m_dir.filePath(QStringLiteral("id_other")) }, env);
        QCOMPARE(other.value(QStringLiteral("key")).toObject().value(QStringLiteral("path")).toString(),
            m_dir.filePath(QStringLiteral("id_other")));
        QVERIFY(other.value(QStringLiteral("key"))
                    .toObject()
                    .value(QStringLiteral("principals"))
                    .toArray()
                    .isEmpty());
        const Result text = ctl(
            { QStringLiteral("whoami"), QStringLiteral("--key"), m_dir.filePath(QStringLiteral("id_other")) },
            env);
        QVERIFY2(text.out.contains(QStringLiteral("does not list this key")), text.out.toUtf8());
    }

    // As root: a second real account, with $USER claiming to be root, is who it is.
    void anotherAccountIsItself()
    {
        QString why;
        if (!OsAccount::canCreate(&why))
            QSKIP(qPrintable(why));
        OsAccount bob(QStringLiteral("bob"));
        QString error;
        QVERIFY2(bob.create(&error), qPrintable(error));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("USER"), QStringLiteral("root"));
        env.insert(QStringLiteral("COCKPIT_USER"), idUn());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const OsAccount::Result r
            = bob.run(ctlPath(), { QStringLiteral("whoami"), QStringLiteral("--json") }, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("principal")).toString(),
            bob.name());
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
