// SPDX-License-Identifier: GPL-3.0-or-later
// The signing room with real OpenSSH: the canonical statement, ssh-keygen -Y sign/verify/find-principals
// (wrong key, key missing from allowed signers, wrong passphrase, tampered message, an agent key), and the
// signed sign-off through the core (four eyes on principals, chain head, rows and their audit record).
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"
#include "signing/ElectronicSignature.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureStore.h"
#include "signing/SshKeygen.h"
#include "support/SigningKeys.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

class TestSigning : public QObject {
    Q_OBJECT

private:
    SigningKeys m_keys;
    QString m_alice;
    QString m_bob;
    QString m_carol; // protected by a passphrase
    QString m_allowed; // alice, bob, carol
    QString m_onlyAlice;

    SignatureStatement sample() const
    {
        SignatureStatement st;
        st.sessionId = QStringLiteral("0f8c2a7e-1111-2222-3333-444455556666");
        st.act = SignatureAct::itemSignOff;
        st.entity = QStringLiteral("item");
        st.entityId = 42;
        st.record = QStringLiteral("item 42 \"Switch DNS\"");
        st.meaning = SignatureMeaningText::stored(SignatureMeaning::ReviewedAndApproved);
        st.principal = QStringLiteral("alice");
        st.displayName = QStringLiteral("Alice Example");
        st.time = QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56, 789), QTimeZone::utc());
        st.chainHead = QString(64, QLatin1Char('a'));
        return st;
    }

    std::unique_ptr<CutoverSession> liveSession(const QString &name, const QString &policy)
    {
        SessionInfo info;
        info.name = name;
        info.rehearsal = false;
        info.signatures = policy;
        QString error;
        auto s = CutoverSession::create(m_keys.path(name + QStringLiteral(".cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        [&] { QVERIFY2(s, qPrintable(error)); }();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        SshKeygen::setAskpassProgram(QStringLiteral(COCKPIT_BIN_DIR "/cockpit-askpass"));
        QString error;
        QVERIFY2(SshKeygen::available(&error), qPrintable(error));
        m_alice = m_keys.make(QStringLiteral("alice"));
        m_bob = m_keys.make(QStringLiteral("bob"));
        m_carol = m_keys.make(QStringLiteral("carol"), QStringLiteral("correct horse"));
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
        m_allowed = m_keys.allowedSigners(QStringLiteral("allowed"),
            { { QStringLiteral("alice"), QStringLiteral("alice") },
                { QStringLiteral("bob"), QStringLiteral("bob") },
                { QStringLiteral("carol"), QStringLiteral("carol") } });
        m_onlyAlice = m_keys.allowedSigners(
            QStringLiteral("only-alice"), { { QStringLiteral("alice"), QStringLiteral("alice") } });
    }

    void statementText()
    {
        const QByteArray expected = "cutover-cockpit signature v1\n"
                                    "session: 0f8c2a7e-1111-2222-3333-444455556666\n"
                                    "act: item.signoff\n"
                                    "entity: item 42\n"
                                    "record: item 42 \"Switch DNS\"\n"
                                    "meaning: reviewed and approved\n"
                                    "principal: alice\n"
                                    "name: Alice Example\n"
                                    "time: 2026-03-01T12:34:56.789Z\n"
                                    "chain-head: "
            + QByteArray(64, 'a') + "\n";
        QCOMPARE(sample().toText(), expected);
        SignatureStatement parsed;
        QString error;
        QVERIFY2(SignatureStatement::parse(expected, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.toText(), expected);
        QCOMPARE(parsed.entityId, 42);

        // An empty name ends its line at the colon; line breaks in a value become spaces.
        SignatureStatement st = sample();
        st.displayName.clear();
        st.record = QStringLiteral("item 1 \"two\nlines\r\n\" ");
        const QByteArray text = st.toText();
        QVERIFY(text.contains("\nname:\n"));
        QVERIFY(text.contains("\nrecord: item 1 \"two lines  \"\n"));
        QVERIFY(!text.contains(" \n"));
        // Not canonical: a trailing space, a missing line, another first line.
        QVERIFY(
            !SignatureStatement::parse(QByteArray(expected).replace("alice\n", "alice \n"), &parsed, &error));
        QVERIFY(!SignatureStatement::parse(
            QByteArray(expected).replace("act: item.signoff\n", ""), &parsed, &error));
        QVERIFY(!SignatureStatement::parse(QByteArray(expected).replace("v1", "v2"), &parsed, &error));
        QCOMPARE(SignatureMeaningText::stored(SignatureAct::meaningOf(SignatureAct::incidentVerify)),
            QStringLiteral("verified as accurate"));
        QCOMPARE(SignatureMeaningText::stored(SignatureAct::meaningOf(SignatureAct::resultFinal)),
            QStringLiteral("responsible for"));
    }

    void signVerifyFindPrincipals()
    {
        const QByteArray message = sample().toText();
        QString error;
        const QByteArray sig = SshKeygen::sign(message, m_alice, {}, &error);
        QVERIFY2(sig.startsWith("-----BEGIN SSH SIGNATURE-----"), qPrintable(error));
        QVERIFY2(
            SshKeygen::verify(message, sig, m_allowed, QStringLiteral("alice"), &error), qPrintable(error));
        QCOMPARE(SshKeygen::findPrincipals(sig, m_allowed, &error), QStringList { QStringLiteral("alice") });
        const QString fp = SshKeygen::fingerprint(m_alice, &error);
        QVERIFY2(fp.startsWith(QLatin1String("SHA256:")), qPrintable(error));
        QCOMPARE(SshKeygen::fingerprint(m_alice + QStringLiteral(".pub"), &error), fp);
        QCOMPARE(SshKeygen::principalFor(m_keys.publicLine(QStringLiteral("bob")), m_allowed, &error),
            QStringLiteral("bob"));

        // Tampered message, another principal, a key not in the file.
        QVERIFY(!SshKeygen::verify(message + "x", sig, m_allowed, QStringLiteral("alice"), &error));
        QVERIFY(!SshKeygen::verify(message, sig, m_allowed, QStringLiteral("bob"), &error));
        QVERIFY(error.contains(QLatin1String("bob")));
        const QByteArray bobSig = SshKeygen::sign(message, m_bob, {}, &error);
        QVERIFY2(!bobSig.isEmpty(), qPrintable(error));
        QVERIFY(!SshKeygen::verify(message, bobSig, m_onlyAlice, QStringLiteral("bob"), &error));
        QVERIFY(SshKeygen::findPrincipals(bobSig, m_onlyAlice, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("not in the allowed signers")));
        QVERIFY(
            SshKeygen::principalFor(m_keys.publicLine(QStringLiteral("bob")), m_onlyAlice, &error).isEmpty());

        // No such key, no allowed signers file.
        QVERIFY(SshKeygen::sign(message, m_keys.path(QStringLiteral("nobody")), {}, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("There is no key file")), qPrintable(error));
        QVERIFY(!SshKeygen::verify(
            message, sig, m_keys.path(QStringLiteral("missing")), QStringLiteral("alice"), &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    }

    void passphrase()
    {
        const QByteArray message = sample().toText();
        QVERIFY(SshKeygen::isEncrypted(m_carol));
        QVERIFY(!SshKeygen::isEncrypted(m_alice));
        QVERIFY(!SshKeygen::isEncrypted(m_carol + QStringLiteral(".pub")));
        QString error;
        QVERIFY(SshKeygen::sign(message, m_carol, {}, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("protected by a passphrase")), qPrintable(error));
        QVERIFY(SshKeygen::sign(message, m_carol, "wrong horse", &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("Wrong passphrase")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("horse")));
        const QByteArray sig = SshKeygen::sign(message, m_carol, "correct horse", &error);
        QVERIFY2(!sig.isEmpty(), qPrintable(error));
        QVERIFY2(
            SshKeygen::verify(message, sig, m_allowed, QStringLiteral("carol"), &error), qPrintable(error));
        // Without its .pub, the public half needs the passphrase too (ssh-keygen -y through the helper).
        const QString lone = m_keys.path(QStringLiteral("carol-lone"));
        QVERIFY(QFile::copy(m_carol, lone));
        QCOMPARE(
            SshKeygen::publicKey(lone, "correct horse", &error), m_keys.publicLine(QStringLiteral("carol")));
        QVERIFY(SshKeygen::publicKey(lone, "wrong horse", &error).isEmpty());
    }

    void agentKey()
    {
        // The private half only in the agent: the .pub lies alone in a folder of its own.
        const QString socket = m_keys.startAgent(QStringLiteral("bob"));
        QVERIFY(!socket.isEmpty());
        QDir().mkpath(m_keys.path(QStringLiteral("agentonly")));
        const QString pub = m_keys.path(QStringLiteral("agentonly/bob.pub"));
        QVERIFY(QFile::copy(m_bob + QStringLiteral(".pub"), pub));
        const QByteArray before = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        QString error;
        const QByteArray message = sample().toText();
        const QByteArray sig = SshKeygen::sign(message, pub, {}, &error);
        QVERIFY2(!sig.isEmpty(), qPrintable(error));
        QVERIFY2(
            SshKeygen::verify(message, sig, m_allowed, QStringLiteral("bob"), &error), qPrintable(error));
        // A public key the agent does not hold.
        const QString alicePub = m_keys.path(QStringLiteral("agentonly/alice.pub"));
        QVERIFY(QFile::copy(m_alice + QStringLiteral(".pub"), alicePub));
        QVERIFY(SshKeygen::sign(message, alicePub, {}, &error).isEmpty());
        QVERIFY2(error.contains(alicePub), qPrintable(error));
        qputenv("SSH_AUTH_SOCK", before);
        m_keys.stopAgent();
    }

    void signedSignOffThroughTheCore()
    {
        auto session = liveSession(QStringLiteral("core"), QStringLiteral("required"));
        QVERIFY(session);
        QCOMPARE(session->signaturePolicy(), SignaturePolicy::Required);
        QVERIFY(session->setStatus(1, ItemStatus::Done, QStringLiteral("alice")));
        QCOMPARE(session->item(1).status, ItemStatus::AwaitingSignOff);

        // A declared sign-off is refused in a required session.
        ActionResult r = session->signOff(1, QStringLiteral("bob"));
        QVERIFY(!r);
        QVERIFY2(r.error.contains(QLatin1String("requires electronic signatures")), qPrintable(r.error));

        // The completer's own key: refused on the principal, whatever name is shown.
        QString error;
        QString fp;
        const QString alice = ElectronicSignature::resolvePrincipal(m_alice, m_allowed, {}, &fp, &error);
        QCOMPARE(alice, QStringLiteral("alice"));
        ElectronicSignature own = ElectronicSignature::sign(
            session->signOffStatement(1, alice, QStringLiteral("Bob")), m_alice, {}, m_allowed, &error);
        QVERIFY2(own.isVerified(), qPrintable(error));
        r = session->signOff(1, own);
        QVERIFY(!r);
        QVERIFY2(r.error.contains(QLatin1String("second person")), qPrintable(r.error));

        // A statement claiming another principal does not verify with alice's key.
        ElectronicSignature claim = ElectronicSignature::sign(
            session->signOffStatement(1, QStringLiteral("bob"), {}), m_alice, {}, m_allowed, &error);
        QVERIFY(claim.signature.isEmpty());

        // Bob's key, but the trail moved on between statement and act.
        const SignatureStatement stale
            = session->signOffStatement(1, QStringLiteral("bob"), QStringLiteral("Bob B"));
        QVERIFY(session->setNotes(2, QStringLiteral("meanwhile"), QStringLiteral("carol")));
        ElectronicSignature late = ElectronicSignature::sign(stale, m_bob, {}, m_allowed, &error);
        QVERIFY2(late.isVerified(), qPrintable(error));
        r = session->signOff(1, late);
        QVERIFY(!r);
        QCOMPARE(r.error, ElectronicSignature::trailMovedMessage());

        // Signed with an allowed signers file that lacks bob: refused.
        ElectronicSignature unknown;
        unknown.statement = session->signOffStatement(1, QStringLiteral("bob"), {});
        unknown.signature = SshKeygen::sign(unknown.statement.toText(), m_bob, {}, &error);
        unknown.allowedSignersFile = m_onlyAlice;
        r = session->signOff(1, unknown);
        QVERIFY(!r);
        QVERIFY2(r.error.contains(QLatin1String("does not verify")), qPrintable(r.error));

        // Bob's key now: accepted; the row and its audit record.
        const QString headBefore = session->headHash();
        ElectronicSignature good = ElectronicSignature::sign(
            session->signOffStatement(1, QStringLiteral("bob"), QStringLiteral("Bob B")), m_bob, {},
            m_allowed, &error);
        QVERIFY2(good.isVerified(), qPrintable(error));
        r = session->signOff(1, good);
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(session->item(1).signedOffBy, QStringLiteral("bob"));
        QCOMPARE(session->item(1).status, ItemStatus::Done);

        const QSqlDatabase db = session->store()->database();
        const QList<SignatureRecord> rows = SignatureStore::forEntity(db, QStringLiteral("item"), 1);
        QCOMPARE(rows.size(), 1);
        const SignatureRecord &row = rows.first();
        QCOMPARE(row.principal, QStringLiteral("bob"));
        QCOMPARE(row.displayName, QStringLiteral("Bob B"));
        QCOMPARE(row.chainHead, headBefore);
        QCOMPARE(row.statement.toUtf8(), good.statement.toText());
        QVERIFY(row.signature.startsWith(QLatin1String("-----BEGIN SSH SIGNATURE-----")));
        QCOMPARE(row.keyFingerprint, SshKeygen::fingerprint(m_bob, &error));
        QCOMPARE(row.meaning, QStringLiteral("reviewed and approved"));
        // Anyone can check it with ssh-keygen alone.
        QVERIFY2(SshKeygen::verify(
                     row.statement.toUtf8(), row.signature.toUtf8(), m_allowed, row.principal, &error),
            qPrintable(error));
        const QList<AuditRecord> trail = AuditChain::readAll(db);
        AuditRecord created;
        AuditRecord act;
        for (const AuditRecord &a : trail) {
            if (a.seq == row.auditSeq - 1)
                created = a;
            if (a.seq == row.auditSeq)
                act = a;
        }
        QCOMPARE(created.action, QStringLiteral("signature.create"));
        QCOMPARE(created.entity, QStringLiteral("signature"));
        QCOMPARE(created.entityId, row.id);
        QCOMPARE(created.newValue, SignatureStore::toJson(row));
        QCOMPARE(created.prevHash, headBefore);
        QCOMPARE(act.action, QStringLiteral("item.signoff"));
        QCOMPARE(act.actor, QStringLiteral("bob"));
        QVERIFY(AuditChain::verify(db).intact);
    }

    void declaredSessionAndPolicyChange()
    {
        auto session = liveSession(QStringLiteral("declared"), QStringLiteral("declared"));
        QVERIFY(session);
        QCOMPARE(session->signaturePolicy(), SignaturePolicy::Declared);
        QVERIFY(session->setStatus(1, ItemStatus::Done, QStringLiteral("alice")));
        // Four eyes on the exact principal: a case or space variant is another principal, the same is
        // refused.
        QVERIFY(!session->signOff(1, QStringLiteral("alice")));
        QVERIFY(session->signOff(1, QStringLiteral("bob")));
        const QList<SignatureRecord> rows = SignatureStore::readAll(session->store()->database());
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().isDeclared());
        QCOMPARE(rows.first().principal, QStringLiteral("bob"));

        // Skipping an item that needs sign-off is a (declared) signed act with the reason in its record.
        QVERIFY(session->skipNeedsSignature(2));
        QVERIFY(session->setStatus(
            2, ItemStatus::Skipped, QStringLiteral("carol"), QStringLiteral("not needed")));
        QCOMPARE(SignatureStore::readAll(session->store()->database()).last().act, SignatureAct::itemSkip);
        QVERIFY(SignatureStore::readAll(session->store()->database())
                    .last()
                    .statement.contains(QLatin1String("skipped: not needed")));

        // Changing the policy is signed; back from required needs a verified signature.
        QString error;
        ElectronicSignature toRequired = ElectronicSignature::sign(
            session->policyChangeStatement(SignaturePolicy::Required, QStringLiteral("alice"), {}), m_alice,
            {}, m_allowed, &error);
        QVERIFY2(toRequired.isVerified(), qPrintable(error));
        QVERIFY(session->setSignaturePolicy(SignaturePolicy::Required, toRequired));
        QCOMPARE(session->signaturePolicy(), SignaturePolicy::Required);
        const ActionResult declaredBack = session->setSignaturePolicy(SignaturePolicy::Declared,
            ElectronicSignature::declared(session->policyChangeStatement(SignaturePolicy::Declared, {}, {})));
        QVERIFY(!declaredBack);
        QCOMPARE(session->signaturePolicy(), SignaturePolicy::Required);
        QVERIFY(AuditChain::verify(session->store()->database()).intact);
    }

    void defaults()
    {
        QCOMPARE(SignaturePolicyText::defaultFor(true), SignaturePolicy::Declared);
        QCOMPARE(SignaturePolicyText::defaultFor(false), SignaturePolicy::Required);
        QVERIFY(!ElectronicSignature::declaredPrincipal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
