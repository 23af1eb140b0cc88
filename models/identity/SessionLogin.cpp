// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity/SessionLogin.h"

#include "signing/ElectronicSignature.h"
#include "signing/SignatureStatement.h"
#include "signing/SshKeygen.h"

#include <QCoreApplication>
#include <QRandomGenerator>

QByteArray SessionLogin::challenge(
    const QString &sessionId, const QString &principal, const QDateTime &time, const QByteArray &nonce)
{
    return QStringLiteral("cutover-cockpit login v1\nsession: %1\nprincipal: %2\ntime: %3\nnonce: %4\n")
        .arg(SignatureStatement::oneLine(sessionId), SignatureStatement::oneLine(principal),
            SignatureStatement::timeText(time), QString::fromLatin1(nonce.toHex()))
        .toUtf8();
}

SessionLogin::Proof SessionLogin::prove(const QString &sessionId, const QString &keyFile,
    const QByteArray &passphrase, const QString &allowedSignersFile)
{
    Proof proof;
    if (keyFile.isEmpty() || allowedSignersFile.isEmpty()) {
        proof.error = QCoreApplication::translate("SessionLogin",
            "No signing key or no allowed-signers file is set: this session needs both to prove who you "
            "are.");
        return proof;
    }
    QString fingerprint;
    const QString principal = ElectronicSignature::resolvePrincipal(
        keyFile, allowedSignersFile, passphrase, &fingerprint, &proof.error);
    if (principal.isEmpty())
        return proof;
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    const QByteArray text = challenge(sessionId, principal, QDateTime::currentDateTimeUtc(), nonce);
    const QByteArray armored = SshKeygen::sign(text, keyFile, passphrase, &proof.error);
    if (armored.isEmpty())
        return proof;
    if (!SshKeygen::verify(text, armored, allowedSignersFile, principal, &proof.error))
        return proof;
    proof.principal = principal;
    proof.keyFingerprint = fingerprint;
    proof.error.clear();
    return proof;
}
