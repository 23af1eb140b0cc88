// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence an auditor checks, end to end: a live session whose sign-offs and a log verification are
// signed with a real ed25519 key (ssh-keygen), checked by `cutoverctl audit verify` and by the independent
// tests/tools/verify_audit.py, which must agree on the intact file and on each tampering: an edited record,
// the rewrite (an edit with the whole chain recomputed: it fails at the first signature after the edit),
// the rewrite that also re-writes that signature's statement (only ssh-keygen catches it), and an
// allowed-signers file without the key. `audit signatures --json` gives commands that check each signature
// with ssh-keygen alone; the report (pdftotext) and the status page show each signature's manifestation.
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "runbook/RunbookTemplates.h"
#include "signing/ElectronicSignature.h"
#include "stakeholder/StatusPageRenderer.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "support/CtlProcess.h"
#include "support/RawSqliteConnection.h"
#include "support/ReportFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString signer = QStringLiteral("signer@evidence");
const QString signerName = QStringLiteral("Sam Signer");

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runProcess(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// "record 12" or "signature 2": the first one a failure names.
QString firstBroken(const QString &err)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("\\b(record|signature) (\\d+)\\b")).match(err);
    return m.hasMatch() ? m.captured(0) : QString();
}

// "N records, head H", as both verifiers print it.
QString summaryLine(const QString &out)
{
    const QRegularExpressionMatch m = QRegularExpression(
        QStringLiteral("^\\d+ records, head [0-9a-f]{64}$"), QRegularExpression::MultilineOption)
                                          .match(out);
    return m.hasMatch() ? m.captured(0) : QString();
}

}

class TestAuditEvidence : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;
    QString m_allowed;
    QString m_strangerAllowed; // an allowed-signers file that does not hold the signer's key
    QString m_pristine;
    QString m_path; // the copy each test works on
    QList<qint64> m_signatureSeqs; // the signature.create record of each signature, in order
    qint64 m_betweenSeq = 0; // a record after signature 1 and before signature 2's statement

    bool makeKey(const QString &path, const QString &comment)
    {
        const Run r = runProcess(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-C"), comment, QStringLiteral("-f"), path });
        return r.code == 0;
    }

    static bool writeAllowed(const QString &path, const QString &principal, const QString &publicKeyFile)
    {
        QFile pub(publicKeyFile);
        QFile out(path);
        if (!pub.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
        out.write(principal.toUtf8() + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n');
        return true;
    }

    ElectronicSignature sign(const SignatureStatement &st)
    {
        QString error;
        const ElectronicSignature sig = ElectronicSignature::sign(st, m_key, {}, m_allowed, &error);
        if (sig.signature.isEmpty())
            qWarning("signing failed: %s", qPrintable(error));
        return sig;
    }

    static qint64 head(CutoverSession *s) { return AuditChain::head(s->store()->database()).seq; }

    bool signOff(CutoverSession *s, qint64 item)
    {
        if (!s->setStatus(item, ItemStatus::Done, QStringLiteral("alice")))
            return false;
        const qint64 before = head(s);
        const ActionResult r = s->signOff(item, sign(s->signOffStatement(item, signer, signerName)));
        if (!r)
            qWarning("sign-off of %lld refused: %s", item, qPrintable(r.error));
        m_signatureSeqs.append(before + 1);
        return r.ok;
    }

    // Recomputes every hash from seq `from` on, as a rewriter holding the file would.
    static bool recompute(const QString &path, qint64 from)
    {
        RawSqliteConnection raw(path);
        QString error;
        QList<AuditRecord> records = AuditChain::readAll(raw.database(), &error);
        if (!error.isEmpty())
            return false;
        QString prev = AuditChain::genesisHash();
        for (AuditRecord &r : records) {
            if (r.seq >= from) {
                r.prevHash = prev;
                r.hash = AuditChain::computeHash(r);
                QSqlQuery q(raw.database());
                q.prepare(QStringLiteral("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?"));
                q.addBindValue(r.prevHash);
                q.addBindValue(r.hash);
                q.addBindValue(r.seq);
                if (!q.exec())
                    return false;
            }
            prev = r.hash;
        }
        return true;
    }

    static QString hashAt(const QString &path, qint64 seq)
    {
        RawSqliteConnection raw(path, true);
        return raw.scalar(QStringLiteral("SELECT hash FROM audit WHERE seq = %1").arg(seq)).toString();
    }

    // Both verifiers on the work copy with the same options.
    QPair<Run, Run> both(const QStringList &options)
    {
        const CtlResult c = runCtl(
            QStringList { QStringLiteral("audit"), QStringLiteral("verify"), m_path } + options, 180000);
        const Run py = runProcess(
            QStringLiteral("python3"), QStringList { QStringLiteral(VERIFY_AUDIT_PY), m_path } + options);
        return { Run { c.code, c.out, c.err }, py };
    }

    void expectBothFailAt(const QStringList &options, const QString &expected, const QString &phrase = {})
    {
        const auto [c, py] = both(options);
        QVERIFY2(c.code == 1, qPrintable(c.out + c.err));
        QVERIFY2(py.code == 1, qPrintable(py.out + py.err));
        QCOMPARE(firstBroken(c.err), expected);
        QCOMPARE(firstBroken(py.err), expected);
        if (!phrase.isEmpty()) {
            QVERIFY2(c.err.contains(phrase), qPrintable(c.err));
            QVERIFY2(py.err.contains(phrase), qPrintable(py.err));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QFAIL("ssh-keygen (openssh-client) is needed for this test");
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QFAIL("python3 is needed for this test");
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(QStringLiteral("signer_ed25519"));
        QVERIFY(makeKey(m_key, signer));
        m_allowed = m_dir.filePath(QStringLiteral("allowed_signers"));
        QVERIFY(writeAllowed(m_allowed, signer, m_key + QStringLiteral(".pub")));
        const QString stranger = m_dir.filePath(QStringLiteral("stranger_ed25519"));
        QVERIFY(makeKey(stranger, QStringLiteral("stranger")));
        m_strangerAllowed = m_dir.filePath(QStringLiteral("stranger_allowed_signers"));
        QVERIFY(writeAllowed(m_strangerAllowed, signer, stranger + QStringLiteral(".pub")));

        m_pristine = m_dir.filePath(QStringLiteral("pristine.cutover"));
        SessionInfo info;
        info.name = QStringLiteral("Evidence");
        info.rehearsal = false;
        info.signatures = QStringLiteral("required");
        QString error;
        auto session = CutoverSession::create(m_pristine, info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        QVERIFY2(session, qPrintable(error));
        QList<qint64> needSignOff;
        for (const ChecklistItem &it : session->allItems())
            if (it.signOffRequired)
                needSignOff << it.id;
        QVERIFY(needSignOff.size() >= 3);
        QVERIFY(signOff(session.get(), needSignOff.at(0)));
        QVERIFY(
            session->setStatus(3, ItemStatus::InProgress, QStringLiteral("alice"), QStringLiteral("smoke")));
        m_betweenSeq = head(session.get());
        QVERIFY(session->setStatus(3, ItemStatus::Done, QStringLiteral("alice")));
        QVERIFY(signOff(session.get(), needSignOff.at(1)));

        IncidentLog log(session->store());
        qint64 entry = 0;
        QVERIFY(log.add(QStringLiteral("DNS switched, TTL 60 s"), IncidentEntry::Severity::Info,
            QStringLiteral("alice"), {}, 0, 0, &entry));
        const qint64 before = head(session.get());
        QVERIFY(log.verify(entry, sign(log.verifyStatement(entry, signer, signerName))));
        m_signatureSeqs.append(before + 1);
        QVERIFY(signOff(session.get(), needSignOff.at(2)));

        // The status page shows the verification's manifestation.
        StatusSnapshotBuilder builder(session.get(), &log);
        const StatusSnapshot snap = builder.build();
        QCOMPARE(snap.entries.size(), 1);
        QCOMPARE(snap.entries.at(0).verifierPrincipal, signer);
        QVERIFY(!snap.entries.at(0).verificationDeclared);
        const QString html = QString::fromUtf8(StatusPageRenderer::html(snap, 30));
        QVERIFY2(html.contains(QStringLiteral("verified by %1 (%2) at %3 UTC")
                                   .arg(signerName, signer,
                                       snap.entries.at(0).verifiedAt.toUTC().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm:ss")))),
            qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("declared, not verified")));
        const QJsonObject verification = snap.toJson()
                                             .value(QStringLiteral("entries"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("verification"))
                                             .toObject();
        QCOMPARE(verification.value(QStringLiteral("principal")).toString(), signer);
        QCOMPARE(verification.value(QStringLiteral("name")).toString(), signerName);
        QCOMPARE(verification.value(QStringLiteral("declared")).toBool(), false);
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("work.cutover"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_pristine, m_path));
    }

    void intactSessionPassesBoth()
    {
        const auto [c, py] = both({ QStringLiteral("--allowed-signers"), m_allowed });
        QVERIFY2(c.code == 0, qPrintable(c.out + c.err));
        QVERIFY2(py.code == 0, qPrintable(py.out + py.err));
        QVERIFY(!summaryLine(c.out).isEmpty());
        QCOMPARE(summaryLine(c.out), summaryLine(py.out));
        // In process (OpenSSL's Ed25519), the one signer key's first signature cross-checked by ssh-keygen.
        QVERIFY2(c.out.contains(QStringLiteral("4 of 4 signature(s) verified against")), qPrintable(c.out));
        QVERIFY2(
            c.out.contains(QStringLiteral("4 in process with OpenSSL's Ed25519, 1 checked with ssh-keygen")),
            qPrintable(c.out));
        QVERIFY2(c.out.contains(QStringLiteral("  %1: 4").arg(signer)), qPrintable(c.out));
        QVERIFY2(py.out.contains(QStringLiteral("  %1: 4").arg(signer)), qPrintable(py.out));
    }

    // --openssh: every signature through ssh-keygen -Y verify, with the same verdicts.
    void opensshChecksEverySignature()
    {
        const CtlResult intact
            = runCtl({ QStringLiteral("audit"), QStringLiteral("verify"), m_path,
                         QStringLiteral("--allowed-signers"), m_allowed, QStringLiteral("--openssh") },
                180000);
        QVERIFY2(intact.code == 0, qPrintable(intact.out + intact.err));
        QVERIFY2(intact.out.contains(
                     QStringLiteral("0 in process with OpenSSL's Ed25519, 4 checked with ssh-keygen")),
            qPrintable(intact.out));
        const CtlResult stranger = runCtl(
            { QStringLiteral("audit"), QStringLiteral("verify"), m_path, QStringLiteral("--allowed-signers"),
                m_strangerAllowed, QStringLiteral("--openssh") },
            180000);
        QCOMPARE(stranger.code, 1);
        QCOMPARE(firstBroken(stranger.err), QStringLiteral("signature 1"));
    }

    void requiredSignaturesAreNotSkippedSilently()
    {
        const auto [c, py] = both({});
        QCOMPARE(c.code, 1);
        QCOMPARE(py.code, 1);
        QVERIFY2(c.out.contains(QStringLiteral("NOT checked")), qPrintable(c.out));
        QVERIFY2(c.err.contains(QStringLiteral("--allowed-signers")), qPrintable(c.err));
        QVERIFY2(py.err.contains(QStringLiteral("--allowed-signers")), qPrintable(py.err));
    }

    void editedRecordFailsThere()
    {
        {
            RawSqliteConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit SET reason = 'nothing happened' WHERE seq = %1")
                                 .arg(m_betweenSeq)));
        }
        expectBothFailAt({ QStringLiteral("--allowed-signers"), m_allowed },
            QStringLiteral("record %1").arg(m_betweenSeq));
    }

    // The rewrite: the chain verifies again, but signature 2 covers a head that is no longer in the trail.
    void rewriteFailsAtTheFirstSignatureAfterTheEdit()
    {
        const QString oldHead
            = hashAt(m_path, AuditChain::head(RawSqliteConnection(m_path, true).database()).seq);
        {
            RawSqliteConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit SET reason = 'nothing happened' WHERE seq = %1")
                                 .arg(m_betweenSeq)));
        }
        QVERIFY(recompute(m_path, m_betweenSeq));
        expectBothFailAt({ QStringLiteral("--allowed-signers"), m_allowed }, QStringLiteral("signature 2"),
            QStringLiteral("not in the trail"));
        // Without the allowed signers too: the chain head check needs no key.
        const auto [c, py] = both({});
        QCOMPARE(firstBroken(c.err), QStringLiteral("signature 2"));
        QCOMPARE(firstBroken(py.err), QStringLiteral("signature 2"));
        // And a copy of the head from before (a report, a chat message) is not in the rewritten trail.
        expectBothFailAt(
            { QStringLiteral("--allowed-signers"), m_allowed, QStringLiteral("--expect-head"), oldHead },
            QStringLiteral("signature 2"));
    }

    // The thorough rewriter also moves signature 2's statement and its signature.create record to the new
    // head: the statement is canonical and in the trail, and only ssh-keygen can tell.
    void rewrittenStatementFailsItsSignature()
    {
        {
            RawSqliteConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit SET reason = 'nothing happened' WHERE seq = %1")
                                 .arg(m_betweenSeq)));
        }
        QVERIFY(recompute(m_path, m_betweenSeq));
        const qint64 created = m_signatureSeqs.at(1);
        {
            RawSqliteConnection raw(m_path);
            const QString oldHead
                = raw.scalar(QStringLiteral("SELECT chain_head FROM signatures WHERE id = 2")).toString();
            const QString newHead
                = raw.scalar(QStringLiteral("SELECT hash FROM audit WHERE seq = %1").arg(created - 1))
                      .toString();
            QVERIFY(oldHead != newHead);
            QSqlQuery q(raw.database());
            q.prepare(
                QStringLiteral("UPDATE signatures SET chain_head = ?, statement = replace(statement, ?, ?) "
                               "WHERE id = 2"));
            q.addBindValue(newHead);
            q.addBindValue(oldHead);
            q.addBindValue(newHead);
            QVERIFY(q.exec());
            QSqlQuery a(raw.database());
            a.prepare(QStringLiteral("UPDATE audit SET new_value = replace(new_value, ?, ?) WHERE seq = ?"));
            a.addBindValue(oldHead);
            a.addBindValue(newHead);
            a.addBindValue(created);
            QVERIFY(a.exec());
        }
        QVERIFY(recompute(m_path, created));
        expectBothFailAt({ QStringLiteral("--allowed-signers"), m_allowed }, QStringLiteral("signature 2"),
            QStringLiteral("does not verify"));
    }

    void keyMissingFromTheAllowedSignersFails()
    {
        expectBothFailAt({ QStringLiteral("--allowed-signers"), m_strangerAllowed },
            QStringLiteral("signature 1"), QStringLiteral("does not verify"));
    }

    void deletedSignatureRowIsFound()
    {
        {
            RawSqliteConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM signatures WHERE id = 3")));
        }
        const auto [c, py] = both({ QStringLiteral("--allowed-signers"), m_allowed });
        QCOMPARE(c.code, 1);
        QCOMPARE(py.code, 1);
        // cutoverctl's replay may name the table first; the signature check names signature 3.
        QVERIFY2(c.err.contains(QStringLiteral("signature 3")), qPrintable(c.err));
        QCOMPARE(firstBroken(py.err), QStringLiteral("signature 3"));
    }

    // Each signature checks with ssh-keygen alone, with the command the listing gives.
    void signaturesJsonChecksWithSshKeygenAlone()
    {
        const QString out = m_dir.filePath(QStringLiteral("sigs"));
        const CtlResult r = runCtl(
            { QStringLiteral("audit"), QStringLiteral("signatures"), m_path, QStringLiteral("--json"),
                QStringLiteral("--out"), out, QStringLiteral("--allowed-signers"), m_allowed });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("policy")).toString(), QStringLiteral("required"));
        const QJsonArray list = root.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(list.size(), 4);
        QCOMPARE(
            list.at(2).toObject().value(QStringLiteral("act")).toString(), QStringLiteral("incident.verify"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("meaning")).toString(),
            QStringLiteral("verified as accurate"));
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("principal")).toString(), signer);
            QCOMPARE(o.value(QStringLiteral("display_name")).toString(), signerName);
            QVERIFY(o.value(QStringLiteral("statement"))
                        .toString()
                        .startsWith(QStringLiteral("cutover-cockpit signature v1\n")));
            QVERIFY(o.value(QStringLiteral("signature"))
                        .toString()
                        .startsWith(QStringLiteral("-----BEGIN SSH SIGNATURE-----")));
            QCOMPARE(o.value(QStringLiteral("chain_head")).toString().size(), 64);
            const Run check = runProcess(QStringLiteral("sh"),
                { QStringLiteral("-c"), o.value(QStringLiteral("verify_command")).toString() });
            QVERIFY2(check.code == 0,
                qPrintable(o.value(QStringLiteral("verify_command")).toString() + check.err));
            QVERIFY2((check.out + check.err)
                         .contains(QStringLiteral("Good \"cutover-cockpit\" signature for %1").arg(signer)),
                qPrintable(check.out + check.err));
        }
    }

    // The report shows each signature's manifestation: printed name, principal, date and time, meaning.
    void reportShowsEachSignature()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed for this test");
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const CtlResult r = runCtl({ QStringLiteral("report"), m_path, QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--out"), pdf },
            180000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text
            = ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                  .normalized(QString::NormalizationForm_KC);
        const QString flat = QString(text).simplified();
        QVERIFY2(flat.contains(QStringLiteral("Electronic signatures")), qPrintable(flat.left(2000)));
        QVERIFY(flat.contains(signerName));
        QVERIFY(flat.contains(signer));
        QVERIFY(flat.contains(QStringLiteral("reviewed and approved")));
        QVERIFY(flat.contains(QStringLiteral("verified as accurate")));
        QVERIFY(flat.contains(QStringLiteral("required (SSH)")));
        QVERIFY(!flat.contains(QStringLiteral("declared, not verified")));
        RawSqliteConnection raw(m_path, true);
        const QDateTime at = QDateTime::fromString(
            raw.scalar(QStringLiteral("SELECT at FROM signatures WHERE id = 1")).toString(),
            Qt::ISODateWithMs);
        QVERIFY2(flat.contains(at.toUTC().toString(QStringLiteral("HH:mm:ss.zzz"))), qPrintable(flat));
        const AuditChain::Head head = AuditChain::head(raw.database());
        QVERIFY2(QString(text)
                     .remove(QRegularExpression(QStringLiteral("\\s")))
                     .contains(QStringLiteral("Audittrailhead%1(%2records)").arg(head.hash).arg(head.seq)),
            qPrintable(flat.left(1500)));
    }

    // A declared session says so in the report, for each act.
    void declaredSessionSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("declared.cutover"));
        SessionInfo info;
        info.name = QStringLiteral("Declared");
        info.signatures = QStringLiteral("declared");
        QString error;
        {
            auto session = CutoverSession::create(path, info,
                RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
            QVERIFY2(session, qPrintable(error));
            QVERIFY(session->setStatus(1, ItemStatus::Done, QStringLiteral("alice")));
            const SignatureStatement st = session->signOffStatement(
                1, QStringLiteral("someone-else"), QStringLiteral("Bob Declared"));
            const ActionResult r = session->signOff(1, ElectronicSignature::declared(st));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("declared.pdf"));
        const CtlResult r = runCtl({ QStringLiteral("report"), path, QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--out"), pdf },
            180000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString flat
            = ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                  .normalized(QString::NormalizationForm_KC)
                  .simplified();
        QVERIFY2(
            flat.contains(QStringLiteral("Identities declared, not verified")), qPrintable(flat.left(2000)));
        QVERIFY(flat.contains(QStringLiteral("declared, not verified")));
        QVERIFY(flat.contains(QStringLiteral("reviewed and approved")));
        // Declared signatures verify as declared (nothing to check cryptographically) in both verifiers.
        m_path = path;
        const auto [c, py] = both({});
        QVERIFY2(c.code == 0, qPrintable(c.out + c.err));
        QVERIFY2(py.code == 0, qPrintable(py.out + py.err));
        QVERIFY2(c.out.contains(QStringLiteral("1 declared")), qPrintable(c.out));
        QVERIFY2(py.out.contains(QStringLiteral("1 declared")), qPrintable(py.out));
    }
};

QTEST_GUILESS_MAIN(TestAuditEvidence)
#include "tst_auditevidence.moc"
