// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureVerifier.h"

#include "audit/AuditChain.h"
#include "core/Timestamps.h"
#include "signing/AllowedSigners.h"
#include "signing/InProcessSignatureCheck.h"
#include "signing/SignaturePolicy.h"
#include "signing/SignatureStatement.h"
#include "signing/SignatureStore.h"
#include "signing/SshKeygen.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace {

QString sessionIdOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("session_id"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The first line in which two statements differ, for the message.
QString firstDifference(const QByteArray &stored, const QByteArray &expected)
{
    const QList<QByteArray> a = stored.split('\n');
    const QList<QByteArray> b = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString got = QString::fromUtf8(a.value(i));
        const QString want = QString::fromUtf8(b.value(i));
        if (got != want)
            return SignatureVerifier::tr("its statement says \"%1\" where the row says \"%2\"")
                .arg(got, want);
    }
    return QString();
}

// Everything about one row except its cryptographic signature; empty when it passes.
struct TrailIndex {
    QHash<QString, qint64> seqOfHash;
    qint64 lastSeq = 0;
    QHash<qint64, const AuditRecord *> created; // signature id -> its signature.create record
};

QString rowProblem(
    const SignatureRecord &row, const QString &sessionId, const TrailIndex &trail, bool required)
{
    SignatureStatement stored;
    QString error;
    if (!SignatureStatement::parse(row.statement.toUtf8(), &stored, &error))
        return SignatureVerifier::tr("its statement is not a canonical signed statement: %1").arg(error);
    SignatureStatement expected;
    expected.sessionId = sessionId;
    expected.act = row.act;
    expected.entity = row.entity;
    expected.entityId = row.entityId;
    expected.record = stored.record; // free text for people; the act's record says what was done
    expected.meaning = row.meaning;
    expected.principal = row.principal;
    expected.displayName = row.displayName;
    expected.time = row.at;
    expected.chainHead = row.chainHead;
    const QByteArray expectedText = expected.toText();
    if (expectedText != row.statement.toUtf8())
        return firstDifference(row.statement.toUtf8(), expectedText);

    qint64 headSeq = 0;
    if (row.chainHead != AuditChain::genesisHash()) {
        const auto it = trail.seqOfHash.constFind(row.chainHead);
        if (it == trail.seqOfHash.constEnd())
            return SignatureVerifier::tr(
                "covers chain head %1 which is not in the trail — the history before it was rewritten")
                .arg(row.chainHead);
        headSeq = it.value();
    }
    if (row.auditSeq < 1 || row.auditSeq > trail.lastSeq)
        return SignatureVerifier::tr("names audit record %1 as its act's record, which is not in the trail")
            .arg(row.auditSeq);
    if (headSeq >= row.auditSeq)
        return SignatureVerifier::tr(
            "covers chain head %1 (record %2), which is not before its act's record %3")
            .arg(row.chainHead)
            .arg(headSeq)
            .arg(row.auditSeq);
    const AuditRecord *created = trail.created.value(row.id);
    if (!created)
        return SignatureVerifier::tr("has no signature.create record in the trail");
    SignatureRecord recorded;
    if (!SignatureStore::fromJson(created->newValue, &recorded)
        || SignatureStore::toJson(recorded) != SignatureStore::toJson(row))
        return SignatureVerifier::tr("differs from what its signature.create record %1 says")
            .arg(created->seq);
    if (required && row.isDeclared())
        return SignatureVerifier::tr("is declared, not signed, in a session whose signatures are required");
    return QString();
}

struct CryptoVerdicts {
    QHash<qint64, QString> failures; // signature id -> why it does not verify
    int verified = 0;
    int verifiedInProcess = 0;
    int keygenChecked = 0;
};

// ssh-keygen -Y verify for each row (a process each, several at once: each mostly waits on its process);
// returns the rows it rejected with its message.
QHash<qint64, QString> keygenFailures(
    const QList<const SignatureRecord *> &rows, const SignatureVerifier::Options &options)
{
    QMutex mutex;
    QHash<qint64, QString> failures;
    QThreadPool pool;
    pool.setMaxThreadCount(
        options.parallel > 0 ? options.parallel : std::max(4, 2 * QThread::idealThreadCount()));
    for (const SignatureRecord *row : rows) {
        pool.start([row, &options, &mutex, &failures] {
            QString why;
            if (SshKeygen::verify(row->statement.toUtf8(), row->signature.toUtf8(),
                    options.allowedSignersFile, row->principal, &why))
                return;
            QMutexLocker lock(&mutex);
            failures.insert(row->id, why);
        });
    }
    pool.waitForDone();
    return failures;
}

// The cryptographic check of every row (see the class comment for which check takes which row).
CryptoVerdicts checkSignatures(
    const QList<const SignatureRecord *> &rows, const SignatureVerifier::Options &options)
{
    CryptoVerdicts out;
    AllowedSigners signers;
    QString loadError;
    const bool inProcess = !options.openssh
        && AllowedSigners::load(options.allowedSignersFile, &signers, &loadError)
        && InProcessSignatureCheck::covers(signers, &loadError);
    QList<const SignatureRecord *> forKeygen;
    QHash<qint64, bool> inProcessVerdict; // rows also given to ssh-keygen as a cross-check
    QSet<QByteArray> crossCheckedKeys;
    for (const SignatureRecord *row : rows) {
        if (!inProcess) {
            forKeygen << row;
            continue;
        }
        const InProcessSignatureCheck::Result r = InProcessSignatureCheck::check(row->statement.toUtf8(),
            row->signature.toUtf8(), signers, row->principal, SshKeygen::signatureNamespace());
        if (r.outcome == InProcessSignatureCheck::Outcome::Unsupported) {
            forKeygen << row;
        } else if (r.outcome == InProcessSignatureCheck::Outcome::Rejected) {
            inProcessVerdict.insert(row->id, false);
            forKeygen << row;
        } else {
            ++out.verified;
            ++out.verifiedInProcess;
            if (!crossCheckedKeys.contains(r.publicKey)) {
                crossCheckedKeys.insert(r.publicKey);
                inProcessVerdict.insert(row->id, true);
                forKeygen << row;
            }
        }
    }
    const QHash<qint64, QString> rejected = keygenFailures(forKeygen, options);
    out.keygenChecked = int(forKeygen.size());
    for (const SignatureRecord *row : std::as_const(forKeygen)) {
        const auto keygen = rejected.constFind(row->id);
        const bool keygenOk = keygen == rejected.constEnd();
        const auto own = inProcessVerdict.constFind(row->id);
        if (own != inProcessVerdict.constEnd() && *own != keygenOk) {
            if (*own)
                --out.verified; // counted as verified in process; ssh-keygen says otherwise
            out.failures.insert(row->id,
                SignatureVerifier::tr(
                    "ssh-keygen -Y verify and the in-process check disagree (ssh-keygen: %1); "
                    "check it with --openssh and report this")
                    .arg(keygenOk ? SignatureVerifier::tr("verified") : keygen.value()));
            continue;
        }
        if (!keygenOk)
            out.failures.insert(row->id, keygen.value());
        else if (own == inProcessVerdict.constEnd())
            ++out.verified;
    }
    return out;
}

}

QString SignatureVerifier::label(const SignatureRecord &row)
{
    return tr("signature %1 (%2, %3)").arg(row.id).arg(row.principal, row.act);
}

SignatureVerifier::Summary SignatureVerifier::verify(
    const QSqlDatabase &db, const QList<AuditRecord> &records, const Options &options)
{
    Summary s;
    s.hasTable = SignatureStore::existsIn(db);
    s.policy = SignaturePolicyText::key(SignaturePolicyText::read(db));
    if (!s.hasTable)
        return s;
    QString error;
    s.signatures = SignatureStore::readAll(db, &error);
    if (!error.isEmpty()) {
        s.problem = tr("cannot read the signatures: %1").arg(error);
        return s;
    }
    std::sort(s.signatures.begin(), s.signatures.end(),
        [](const SignatureRecord &a, const SignatureRecord &b) { return a.id < b.id; });

    TrailIndex trail;
    trail.seqOfHash.reserve(records.size());
    for (const AuditRecord &r : records) {
        trail.seqOfHash.insert(r.hash, r.seq);
        trail.lastSeq = std::max(trail.lastSeq, r.seq);
        if (r.action == QLatin1String("signature.create") && r.entity == QLatin1String("signature"))
            trail.created.insert(r.entityId, &r);
    }
    const QString sessionId = sessionIdOf(db);
    const bool required = s.policy == QLatin1String("required");

    // The first problem by id: the rows' own checks, a signature.create record without its row, then the
    // signatures ssh-keygen rejects (only those before the first problem found so far need checking).
    const auto note = [&s](qint64 id, const QString &problem) {
        if (s.firstBrokenId == 0 || id < s.firstBrokenId) {
            s.firstBrokenId = id;
            s.problem = problem;
        }
    };
    QHash<qint64, bool> rowIds;
    QList<const SignatureRecord *> toCheck;
    for (const SignatureRecord &row : std::as_const(s.signatures)) {
        rowIds.insert(row.id, true);
        ++s.byPrincipal[row.principal];
        if (row.isDeclared()) {
            ++s.declaredCount;
            ++s.declaredByAct[row.act];
        } else {
            ++s.signedCount;
        }
        const QString problem = rowProblem(row, sessionId, trail, required);
        if (!problem.isEmpty())
            note(row.id, label(row) + QLatin1Char(' ') + problem);
        else if (!row.isDeclared())
            toCheck.append(&row);
    }
    for (auto it = trail.created.constBegin(); it != trail.created.constEnd(); ++it) {
        if (!rowIds.contains(it.key()))
            note(it.key(),
                tr("signature %1 was recorded (audit record %2) but its row is missing")
                    .arg(it.key())
                    .arg(it.value()->seq));
    }
    if (options.allowedSignersFile.isEmpty() || toCheck.isEmpty()) {
        s.signaturesChecked = !options.allowedSignersFile.isEmpty() || s.signedCount == 0;
        return s;
    }
    if (s.firstBrokenId > 0)
        toCheck.erase(std::remove_if(toCheck.begin(), toCheck.end(),
                          [&s](const SignatureRecord *r) { return r->id > s.firstBrokenId; }),
            toCheck.end());

    QElapsedTimer timer;
    timer.start();
    const CryptoVerdicts verdicts = checkSignatures(toCheck, options);
    s.sshMs = timer.elapsed();
    s.verifiedCount = verdicts.verified;
    s.verifiedInProcess = verdicts.verifiedInProcess;
    s.keygenChecked = verdicts.keygenChecked;
    s.signaturesChecked = true;
    for (const SignatureRecord *row : std::as_const(toCheck)) {
        const auto it = verdicts.failures.constFind(row->id);
        if (it != verdicts.failures.constEnd())
            note(row->id,
                tr("%1 does not verify for %2 with the allowed signers %3: %4")
                    .arg(label(*row), row->principal, options.allowedSignersFile, it.value()));
    }
    return s;
}

QString SignatureVerifier::verifyCommand(const SignatureRecord &row, const QString &allowedSignersFile,
    const QString &signatureFile, const QString &statementFile)
{
    const auto quoted = [](const QString &text) {
        QString q = text;
        q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + q + QLatin1Char('\'');
    };
    return QStringLiteral("ssh-keygen -Y verify -n %1 -f %2 -I %3 -s %4 < %5")
        .arg(SshKeygen::signatureNamespace(), quoted(allowedSignersFile), quoted(row.principal),
            quoted(signatureFile), quoted(statementFile));
}
