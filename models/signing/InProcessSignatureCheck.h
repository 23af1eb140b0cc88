// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/AllowedSigners.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Checks an SSH signature the way `ssh-keygen -Y verify -n NAMESPACE -f ALLOWED -I PRINCIPAL` does, inside
// this process, for the key type the cockpit makes (ssh-ed25519): the SSHSIG blob, its namespace, the
// Ed25519 signature over the signed data (OpenSSL's libcrypto, the library OpenSSH itself is built on), and
// an allowed-signers entry that accepts the key for the principal. Starting ssh-keygen costs a process per
// signature; a trail with a thousand signatures is checked in milliseconds this way.
//
// Whatever it does not cover it hands back as Unsupported rather than guess: other key types (RSA, ECDSA,
// FIDO sk- keys), and allowed-signers files with certificate authorities or lines it cannot read. The caller
// then asks ssh-keygen (SignatureVerifier does, and cross-checks a sample of the in-process verdicts with
// ssh-keygen too).
class InProcessSignatureCheck {
    Q_DECLARE_TR_FUNCTIONS(InProcessSignatureCheck)
public:
    enum class Outcome { Verified, Rejected, Unsupported };
    struct Result {
        Outcome outcome = Outcome::Unsupported;
        QString reason; // why it was rejected or is not covered
        QByteArray publicKey; // the signer's key (wire form), when the signature could be read
    };

    // Whether the allowed-signers file is one this check can decide for (no cert-authority, every line read).
    static bool covers(const AllowedSigners &signers, QString *why);

    static Result check(const QByteArray &message, const QByteArray &armored, const AllowedSigners &signers,
        const QString &principal, const QString &signatureNamespace,
        const QDateTime &at = QDateTime::currentDateTime());
};
