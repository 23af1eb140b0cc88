// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying a large trail end to end: a session whose trail holds about 100,000 records with 1,000 real SSH
// signatures (sign-offs signed with an ed25519 key made by ssh-keygen in the setup, through the core's own
// signed sign-off), checked as `cutoverctl audit verify --allowed-signers FILE` checks it: the chain, the
// replay of every table, and every signature (in process with OpenSSL's Ed25519, the first of each key also
// with ssh-keygen -Y verify). audit_verify_100k_ms is that whole check (goal at most 2,000 ms);
// audit_verify_100k_hash_only_ms the chain and the replay without the signatures;
// audit_verify_100k_openssh_ms the whole check with every signature through ssh-keygen (--openssh, the way
// the first version checked them: the baseline). The session is made once (signing 1,000 statements takes a
// while) and shared by all three.
#include "BenchContext.h"
#include "BenchFigure.h"
#include "BenchNotes.h"

#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "session/TrailReplayers.h"
#include "signing/ElectronicSignature.h"
#include "signing/SignatureVerifier.h"
#include "signing/SshKeygen.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <memory>

namespace {

const QString fullName = QStringLiteral("audit_verify_100k_ms");
const QString hashOnlyName = QStringLiteral("audit_verify_100k_hash_only_ms");
const QString opensshName = QStringLiteral("audit_verify_100k_openssh_ms");
constexpr int targetRecords = 100000;
constexpr int signatureCount = 1000;
const QString signer = QStringLiteral("signer@bench");

struct Trail {
    std::unique_ptr<BenchContext> context;
    QString path;
    QString allowedSigners;
    qint64 records = 0;
    int signatures = 0;
    qint64 setupMs = 0;
    QString error;
};

// Completes and signs off the first `count` items that need a sign-off, each signature made with the key.
bool signOffItems(
    CutoverSession *session, int count, const QString &key, const QString &allowed, QString *error)
{
    int done = 0;
    for (const ChecklistItem &item : session->allItems()) {
        if (done == count)
            break;
        if (!item.signOffRequired)
            continue;
        if (const ActionResult r = session->setStatus(item.id, ItemStatus::Done, QStringLiteral("bench"));
            !r) {
            *error = QStringLiteral("completing item %1: %2").arg(item.id).arg(r.error);
            return false;
        }
        const SignatureStatement statement
            = session->signOffStatement(item.id, signer, QStringLiteral("Bench Signer"));
        const ElectronicSignature signature = ElectronicSignature::sign(statement, key, {}, allowed, error);
        if (signature.signature.isEmpty())
            return false;
        if (const ActionResult r = session->signOff(item.id, signature); !r) {
            *error = QStringLiteral("signing off item %1: %2").arg(item.id).arg(r.error);
            return false;
        }
        ++done;
    }
    if (done < count) {
        *error = QStringLiteral("only %1 items need a sign-off").arg(done);
        return false;
    }
    return true;
}

std::unique_ptr<CutoverSession> createSession(const QString &path, int items, QString *error)
{
    SessionInfo info;
    info.name = QStringLiteral("Audit bench");
    info.rehearsal = false;
    info.signatures = QStringLiteral("required");
    return CutoverSession::create(
        path, info, BenchContext::generatedRunbook(items), QStringLiteral("bench"), error);
}

qint64 recordCount(CutoverSession *session)
{
    return AuditChain::head(session->store()->database()).seq;
}

const Trail &trail()
{
    static const Trail t = [] {
        Trail out;
        out.context = std::make_unique<BenchContext>();
        QElapsedTimer clock;
        clock.start();
        const QString key = out.context->tempPath(QStringLiteral("signer_ed25519"));
        QProcess keygen;
        keygen.start(SshKeygen::program(),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-C"), signer, QStringLiteral("-f"), key });
        if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
            out.error = QStringLiteral("ssh-keygen could not make a key: %1")
                            .arg(QString::fromLocal8Bit(keygen.readAllStandardError()));
            return out;
        }
        QFile pub(key + QStringLiteral(".pub"));
        QFile allowed(out.context->tempPath(QStringLiteral("allowed_signers")));
        if (!pub.open(QIODevice::ReadOnly) || !allowed.open(QIODevice::WriteOnly)) {
            out.error = QStringLiteral("cannot write the allowed signers file");
            return out;
        }
        const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
        allowed.write(signer.toUtf8() + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n');
        allowed.close();
        out.allowedSigners = allowed.fileName();

        // How many records one signed sign-off and one item add, from a small session, so that the large
        // one comes out at about targetRecords.
        QString error;
        qint64 perItem = 1;
        qint64 perSignOff = 0;
        qint64 base = 0;
        {
            const auto small
                = createSession(out.context->tempPath(QStringLiteral("probe.cutover")), 30, &error);
            const auto smaller
                = createSession(out.context->tempPath(QStringLiteral("probe15.cutover")), 15, &error);
            if (!small || !smaller) {
                out.error = error;
                return out;
            }
            perItem = std::max<qint64>(1, (recordCount(small.get()) - recordCount(smaller.get())) / 15);
            base = recordCount(small.get()) - 30 * perItem;
            const qint64 before = recordCount(small.get());
            if (!signOffItems(small.get(), 1, key, out.allowedSigners, &error)) {
                out.error = error;
                return out;
            }
            perSignOff = recordCount(small.get()) - before;
        }
        const int items = int((targetRecords - base - signatureCount * perSignOff) / perItem);
        out.path = out.context->tempPath(QStringLiteral("audit100k.cutover"));
        const auto session = createSession(out.path, items, &error);
        if (!session || !signOffItems(session.get(), signatureCount, key, out.allowedSigners, &error)) {
            out.error = error;
            return out;
        }
        out.records = recordCount(session.get());
        out.signatures = signatureCount;
        out.setupMs = clock.elapsed();
        return out;
    }();
    return t;
}

// Opens the session read-only as `cutoverctl audit verify` does and checks it; false with *error when it
// does not verify (a bench that measured a failing check would measure nothing).
enum class Check { HashOnly, Full, OpenSsh };

std::optional<double> verify(Check check, QString *error)
{
    const bool withSignatures = check != Check::HashOnly;
    const Trail &t = trail();
    if (!t.error.isEmpty()) {
        *error = t.error;
        return std::nullopt;
    }
    registerTrailReplayers();
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<SessionStore> store = SessionStore::open(t.path, SessionStore::Mode::ReadOnly, error);
    if (!store)
        return std::nullopt;
    const QSqlDatabase db = store->database();
    const AuditChain::ReadSnapshot snapshot(db);
    QList<AuditRecord> records;
    const AuditChain::Verification v = AuditChain::verify(db, &records);
    const qint64 chainMs = clock.elapsed();
    SignatureVerifier::Summary s;
    if (withSignatures) {
        SignatureVerifier::Options options;
        options.allowedSignersFile = t.allowedSigners;
        options.openssh = check == Check::OpenSsh;
        s = SignatureVerifier::verify(db, records, options);
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!v.intact || !s.ok() || (withSignatures && s.verifiedCount != t.signatures)) {
        *error = QStringLiteral("the bench trail does not verify: %1 %2 %3")
                     .arg(v.problem, v.stateMismatches.value(0), s.problem);
        return std::nullopt;
    }
    const QString how = check == Check::OpenSsh
        ? QStringLiteral("every one with ssh-keygen -Y verify, %1 at once")
              .arg(std::max(4, 2 * QThread::idealThreadCount()))
        : QStringLiteral("%1 in process, %2 with ssh-keygen").arg(s.verifiedInProcess).arg(s.keygenChecked);
    BenchNotes::set(check == Check::HashOnly ? hashOnlyName
            : check == Check::Full           ? fullName
                                             : opensshName,
        QStringLiteral("one run; %1 records, %2 signatures (ed25519; %3); chain and replay %4 ms%5; setup "
                       "(signing included) %6 s; goal at most 2000 ms")
            .arg(t.records)
            .arg(t.signatures)
            .arg(withSignatures ? how : QStringLiteral("not checked"))
            .arg(chainMs)
            .arg(withSignatures ? QStringLiteral(", signatures %1 ms").arg(s.sshMs) : QString())
            .arg(t.setupMs / 1000));
    return ms;
}

}

QList<BenchFigure> auditFigures()
{
    return {
        { hashOnlyName, QStringLiteral("ms"), [](QString *error) { return verify(Check::HashOnly, error); } },
        { fullName, QStringLiteral("ms"), [](QString *error) { return verify(Check::Full, error); } },
        { opensshName, QStringLiteral("ms"), [](QString *error) { return verify(Check::OpenSsh, error); } },
    };
}
