// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An SSH signature as `ssh-keygen -Y sign` writes it (OpenSSH's PROTOCOL.sshsig): the armored text
// "-----BEGIN SSH SIGNATURE-----" around base64 of the blob
//     "SSHSIG" uint32 version(1) string publickey string namespace string reserved string hash_algorithm
//     string signature
// and the data the key signed, "SSHSIG" string namespace string reserved string hash_algorithm
// string H(message). Parsing only; InProcessSignatureCheck checks it. A session file is hostile input: every
// length is checked before it is used.
class SshSignatureBlob {
    Q_DECLARE_TR_FUNCTIONS(SshSignatureBlob)
public:
    QByteArray publicKey; // the signer's key in wire form (string type, then the key's fields)
    QByteArray keyType; // the first string of publicKey ("ssh-ed25519", ...)
    QByteArray signatureNamespace;
    QByteArray reserved;
    QByteArray hashAlgorithm; // "sha256" | "sha512"
    QByteArray signature; // the signature in wire form (string type, string bytes, ...)
    QByteArray signatureType; // its first string
    QByteArray signatureBytes; // its second string (64 bytes for ssh-ed25519)

    // False with *error naming what is wrong (not armored, bad base64, wrong magic or version, a length
    // past the end, trailing bytes).
    static bool parseArmored(const QByteArray &armored, SshSignatureBlob *out, QString *error);

    // The bytes the signer's key signed for `message` (empty when the hash algorithm is unknown).
    QByteArray signedData(const QByteArray &message) const;
    // The raw key of an ssh-ed25519 public key blob (32 bytes), empty for any other blob.
    static QByteArray ed25519Key(const QByteArray &publicKeyBlob);
};
