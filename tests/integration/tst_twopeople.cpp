// SPDX-License-Identifier: GPL-3.0-or-later
// The four-eyes rule between two real people: two OS accounts made with useradd, each with an ed25519 key
// made by that account with ssh-keygen in its own home, one allowed signers file that maps the keys to the
// accounts, and a live session in "signatures: required" mode. Every command runs as one of them through
// runuser, with $USER and $COCKPIT_USER set to the OTHER person: the recorded principal must come from the
// OS and the key, never from what anyone typed or exported.
#include "support/OsAccount.h"
#include "support/SharedFolder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTwoPeople : public QObject {
    Q_OBJECT

private:
    QString ctl() const { return QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"); }
    QString session() const { return m_dir->filePath(QStringLiteral("two.cutover")); }

    // The environment of one person: their own settings, and $USER/$COCKPIT_USER naming someone else.
    QProcessEnvironment envOf(const OsAccount &who, const OsAccount &other) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), who.home() + QStringLiteral("/.config"));
        e.insert(QStringLiteral("USER"), other.name());
        e.insert(QStringLiteral("COCKPIT_USER"), other.name());
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return e;
    }

    OsAccount::Result as(const OsAccount &who, const OsAccount &other, const QStringList &args,
        const QString &allowed = {}, const QString &key = {})
    {
        SharedFolder::open(m_dir->path());
        QStringList all = args;
        if (!key.isEmpty())
            all << QStringLiteral("--key") << key;
        if (!allowed.isEmpty())
            all << QStringLiteral("--allowed-signers") << allowed;
        const OsAccount::Result r = who.run(ctl(), all, envOf(who, other));
        SharedFolder::open(m_dir->path());
        return r;
    }

    static QString publicLine(const QString &privateKey)
    {
        QFile f(privateKey + QStringLiteral(".pub"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QStringList parts = QString::fromUtf8(f.readAll()).split(QLatin1Char(' '));
        return parts.value(0) + QLatin1Char(' ') + parts.value(1);
    }

    QString writeAllowed(const QString &name, const QList<QPair<QString, QString>> &entries)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        for (const auto &e : entries)
            f.write((e.first + QLatin1Char(' ') + publicLine(e.second) + QLatin1Char('\n')).toUtf8());
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OsAccount> m_alice;
    std::unique_ptr<OsAccount> m_bob;
    QString m_aliceKey;
    QString m_bobKey;
    QString m_allowed;
    QString m_aliceOnly;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!OsAccount::canCreate(&why))
            QSKIP(qPrintable(why));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_alice = std::make_unique<OsAccount>(QStringLiteral("alice"));
        m_bob = std::make_unique<OsAccount>(QStringLiteral("bob"));
        QString error;
        QVERIFY2(m_alice->create(&error), qPrintable(error));
        QVERIFY2(m_bob->create(&error), qPrintable(error));
        m_aliceKey = m_alice->makeKey(QStringLiteral("id_cockpit"), {}, &error);
        QVERIFY2(!m_aliceKey.isEmpty(), qPrintable(error));
        m_bobKey = m_bob->makeKey(QStringLiteral("id_cockpit"), {}, &error);
        QVERIFY2(!m_bobKey.isEmpty(), qPrintable(error));
        m_allowed = writeAllowed(QStringLiteral("allowed_signers"),
            { { m_alice->name(), m_aliceKey }, { m_bob->name(), m_bobKey } });
        m_aliceOnly = writeAllowed(QStringLiteral("allowed_alice_only"), { { m_alice->name(), m_aliceKey } });
        QVERIFY(!m_allowed.isEmpty() && !m_aliceOnly.isEmpty());

        const OsAccount::Result made = as(*m_alice, *m_bob,
            { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Two people"),
                QStringLiteral("--out"), session(), QStringLiteral("--live"), QStringLiteral("--signatures"),
                QStringLiteral("required"), QStringLiteral("--by"), QStringLiteral("Alice Example") });
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
    }

    void whoamiIsTheAccountAndTheKeysPrincipal()
    {
        const OsAccount::Result r = as(
            *m_bob, *m_alice, { QStringLiteral("whoami"), QStringLiteral("--json") }, m_allowed, m_bobKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("principal")).toString(), m_bob->name());
        QVERIFY(o.value(QStringLiteral("key"))
                    .toObject()
                    .value(QStringLiteral("principals"))
                    .toVariant()
                    .toStringList()
                    .contains(m_bob->name()));
    }

    void theCompleterCannotSignOffWhateverNameIsTyped()
    {
        OsAccount::Result r = as(*m_alice, *m_bob,
            { QStringLiteral("item"), session(), QStringLiteral("1"), QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--by"), m_bob->name() },
            m_allowed, m_aliceKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        for (const QString &typed : { m_bob->name(), m_bob->name() + QStringLiteral(" "),
                 m_bob->name() + QString(QChar(0x200B)), QStringLiteral("Bob") }) {
            r = as(*m_alice, *m_bob,
                { QStringLiteral("signoff"), session(), QStringLiteral("1"), QStringLiteral("--by"), typed },
                m_allowed, m_aliceKey);
            QVERIFY2(r.code != 0, qPrintable(QStringLiteral("typed %1: %2").arg(typed, r.out + r.err)));
        }
        // Nor with the other person's key: it is theirs, in their home, unreadable for her.
        r = as(*m_alice, *m_bob, { QStringLiteral("signoff"), session(), QStringLiteral("1") }, m_allowed,
            m_bobKey);
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
    }

    void aKeyMissingFromAllowedSignersIsRefused()
    {
        const OsAccount::Result r = as(*m_bob, *m_alice,
            { QStringLiteral("signoff"), session(), QStringLiteral("1") }, m_aliceOnly, m_bobKey);
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
    }

    void theSecondPersonSignsOff()
    {
        const OsAccount::Result r = as(*m_bob, *m_alice,
            { QStringLiteral("signoff"), session(), QStringLiteral("1"), QStringLiteral("--by"),
                QStringLiteral("Bob Example") },
            m_allowed, m_bobKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void aLogEntryIsVerifiedBySomeoneElseThanItsAuthor()
    {
        // Bob writes with his key: the author is his key's principal, so his own key cannot verify it.
        OsAccount::Result r = as(*m_bob, *m_alice,
            { QStringLiteral("log"), QStringLiteral("add"), session(), QStringLiteral("--text"),
                QStringLiteral("Queue depth normal on the new path") },
            m_allowed, m_bobKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = as(*m_bob, *m_alice,
            { QStringLiteral("log"), QStringLiteral("verify"), session(), QStringLiteral("1"),
                QStringLiteral("--by"), m_alice->name() },
            m_allowed, m_bobKey);
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
        // Without a key nobody writes in a session that requires signatures.
        r = as(*m_alice, *m_bob,
            { QStringLiteral("log"), QStringLiteral("add"), session(), QStringLiteral("--text"),
                QStringLiteral("x") });
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
        r = as(*m_alice, *m_bob,
            { QStringLiteral("log"), QStringLiteral("verify"), session(), QStringLiteral("1") }, m_allowed,
            m_aliceKey);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void theTrailNamesTheAccountsAndVerifies()
    {
        OsAccount::Result r = as(
            *m_bob, *m_alice, { QStringLiteral("audit"), QStringLiteral("verify"), session() }, m_allowed);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = as(*m_bob, *m_alice,
            { QStringLiteral("audit"), QStringLiteral("signatures"), session(), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        const QJsonArray list
            = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("signatures")).toArray();
        bool bobSigned = false;
        for (const QJsonValue &v : list) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("act")).toString() == QLatin1String("item.signoff")) {
                QCOMPARE(s.value(QStringLiteral("principal")).toString(), m_bob->name());
                QVERIFY(!s.value(QStringLiteral("signature")).toString().isEmpty());
                bobSigned = true;
            }
        }
        QVERIFY2(bobSigned, qPrintable(r.out));
        // The recorded actors are the OS accounts, whatever $USER and $COCKPIT_USER said.
        const QString csv = m_dir->filePath(QStringLiteral("trail.csv"));
        r = as(*m_bob, *m_alice,
            { QStringLiteral("audit"), QStringLiteral("export"), session(), QStringLiteral("--out"), csv });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile trail(csv);
        QVERIFY(trail.open(QIODevice::ReadOnly));
        bool aliceCompleted = false;
        bool bobSignedOff = false;
        const QByteArray content = trail.readAll();
        for (const QByteArray &line : content.split('\n')) {
            const QString text = QString::fromUtf8(line);
            if (text.contains(QLatin1String(",item.status,")))
                aliceCompleted = text.contains(QLatin1Char(',') + m_alice->name() + QLatin1Char(','));
            if (text.contains(QLatin1String(",item.signoff,")))
                bobSignedOff = text.contains(QLatin1Char(',') + m_bob->name() + QLatin1Char(','));
        }
        QVERIFY2(aliceCompleted && bobSignedOff, qPrintable(QString::fromUtf8(content)));
        // The independent verifier agrees.
        QProcess py;
        py.start(QStringLiteral("python3"),
            { QStringLiteral(VERIFY_AUDIT_PY), session(), QStringLiteral("--allowed-signers"), m_allowed });
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0,
            qPrintable(QString::fromUtf8(py.readAllStandardOutput() + py.readAllStandardError())));
    }
};

QTEST_GUILESS_MAIN(TestTwoPeople)
#include "tst_twopeople.moc"
