// SPDX-License-Identifier: GPL-3.0-or-later
// signature_ms: the median time of one signed sign-off, end to end as cutoverctl or the GUI's worker does
// it: compose the statement, sign it with a key held by a real ssh-agent (ssh-keygen -Y sign -f KEY.pub),
// verify it against the allowed signers (ssh-keygen -Y verify), and commit the core act (chain head and
// four-eyes checks, signature row, audit records). Goal <= 50 ms.
#include "BenchContext.h"
#include "BenchFigure.h"

#include "checklist/CutoverSession.h"
#include "signing/ElectronicSignature.h"
#include "signing/SshKeygen.h"
#include "support/SigningKeys.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace {

constexpr int rounds = 21;

std::optional<double> signatureMs(QString *error)
{
    if (SshKeygen::program().isEmpty()) {
        *error = QStringLiteral("ssh-keygen is not installed: signature_ms was not measured");
        return std::nullopt;
    }
    SigningKeys keys;
    if (keys.make(QStringLiteral("bob")).isEmpty()) {
        *error = QStringLiteral("ssh-keygen could not make a key");
        return std::nullopt;
    }
    const QString allowed = keys.allowedSigners(
        QStringLiteral("allowed"), { { QStringLiteral("bob"), QStringLiteral("bob") } });
    const QString socket = keys.startAgent(QStringLiteral("bob"));
    if (socket.isEmpty()) {
        *error = QStringLiteral("ssh-agent could not be started or did not take the key");
        return std::nullopt;
    }
    // Only the public half on disk where the signer looks: the private half is in the agent.
    QDir().mkpath(keys.path(QStringLiteral("agent")));
    const QString pub = keys.path(QStringLiteral("agent/bob.pub"));
    QFile::copy(keys.path(QStringLiteral("bob.pub")), pub);
    const QByteArray previousSocket = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());

    Runbook runbook;
    runbook.name = QStringLiteral("signature bench");
    RunbookPhase phase;
    phase.name = QStringLiteral("Sign-offs");
    for (int i = 0; i < rounds; ++i)
        phase.tasks.append(RunbookTask { QStringLiteral("Task %1").arg(i + 1), {}, {}, true, 0 });
    runbook.phases.append(phase);
    SessionInfo info;
    info.name = runbook.name;
    info.rehearsal = false;
    info.signatures = QStringLiteral("required");
    auto session = CutoverSession::create(
        keys.path(QStringLiteral("bench.cutover")), info, runbook, QStringLiteral("alice"), error);
    QList<double> samples;
    std::optional<double> result;
    if (session) {
        QString principalError;
        QString fingerprint;
        const QString principal
            = ElectronicSignature::resolvePrincipal(pub, allowed, {}, &fingerprint, &principalError);
        for (const ChecklistItem &item : session->allItems()) {
            if (!session->setStatus(item.id, ItemStatus::Done, QStringLiteral("alice"))) {
                *error = QStringLiteral("could not complete item %1").arg(item.id);
                break;
            }
            QElapsedTimer t;
            t.start();
            QString signError;
            const ElectronicSignature signature = ElectronicSignature::sign(
                session->signOffStatement(item.id, principal, QStringLiteral("Bob")), pub, {}, allowed,
                &signError);
            const ActionResult r = signature.isVerified() ? session->signOff(item.id, signature)
                                                          : ActionResult::failure(signError);
            if (!r) {
                *error = QStringLiteral("signed sign-off failed: %1").arg(r.error);
                break;
            }
            samples << double(t.nsecsElapsed()) / 1e6;
        }
        if (samples.size() == rounds)
            result = BenchContext::median(samples);
    }
    if (previousSocket.isEmpty())
        qunsetenv("SSH_AUTH_SOCK");
    else
        qputenv("SSH_AUTH_SOCK", previousSocket);
    return result;
}

}

QList<BenchFigure> signatureFigures()
{
    return { { QStringLiteral("signature_ms"), QStringLiteral("ms"), &signatureMs } };
}
