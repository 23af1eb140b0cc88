// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/InProcessSignatureCheck.h"

#include "signing/SshSignatureBlob.h"

#include <openssl/evp.h>

#include <memory>

namespace {

// Ed25519 verification of `data` with the raw 32-byte public key (RFC 8032, through OpenSSL's EVP).
bool ed25519Verifies(const QByteArray &key, const QByteArray &signature, const QByteArray &data)
{
    if (key.size() != 32 || signature.size() != 64)
        return false;
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(key.constData()), 32),
        &EVP_PKEY_free);
    if (!pkey)
        return false;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
        == 1;
}

}

bool InProcessSignatureCheck::covers(const AllowedSigners &signers, QString *why)
{
    if (!signers.unreadable().isEmpty()) {
        *why = tr("the allowed signers file has lines this check does not read (%1)")
                   .arg(signers.unreadable().join(QStringLiteral("; ")));
        return false;
    }
    for (const AllowedSigners::Entry &e : signers.entries()) {
        if (e.certAuthority) {
            *why = tr("the allowed signers file names a certificate authority (line %1)").arg(e.line);
            return false;
        }
    }
    return true;
}

InProcessSignatureCheck::Result InProcessSignatureCheck::check(const QByteArray &message,
    const QByteArray &armored, const AllowedSigners &signers, const QString &principal,
    const QString &signatureNamespace, const QDateTime &at)
{
    Result result;
    const auto rejected = [&result](const QString &why) {
        result.outcome = Outcome::Rejected;
        result.reason = why;
        return result;
    };
    QString why;
    if (!covers(signers, &why)) {
        result.reason = why;
        return result;
    }
    SshSignatureBlob blob;
    if (!SshSignatureBlob::parseArmored(armored, &blob, &why))
        return rejected(tr("the signature cannot be read: %1").arg(why));
    result.publicKey = blob.publicKey;
    if (blob.signatureNamespace != signatureNamespace.toUtf8())
        return rejected(tr("the signature is for the namespace \"%1\", not \"%2\"")
                            .arg(QString::fromUtf8(blob.signatureNamespace), signatureNamespace));
    if (blob.keyType != "ssh-ed25519") {
        result.reason = tr("the key type %1 is checked by ssh-keygen").arg(QString::fromUtf8(blob.keyType));
        return result;
    }
    const QByteArray key = SshSignatureBlob::ed25519Key(blob.publicKey);
    if (key.isEmpty() || blob.signatureType != "ssh-ed25519")
        return rejected(tr("the ssh-ed25519 key or signature is malformed"));
    const QByteArray data = blob.signedData(message);
    if (data.isEmpty())
        return rejected(tr("the hash algorithm \"%1\" is not sha256 or sha512")
                            .arg(QString::fromUtf8(blob.hashAlgorithm)));
    if (!ed25519Verifies(key, blob.signatureBytes, data))
        return rejected(tr("the Ed25519 signature does not match the statement"));
    if (!signers.find(principal, signatureNamespace, blob.publicKey, at))
        return rejected(
            tr("the allowed signers file does not accept this key for %1 in the namespace %2 at this time")
                .arg(principal, signatureNamespace));
    result.outcome = Outcome::Verified;
    return result;
}
