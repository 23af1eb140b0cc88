// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a signing key file is, read from the files themselves (no ssh-keygen, so it is quick enough for the
// GUI thread): whether it needs a passphrase, and whom an allowed-signers file maps it to. Its fingerprint
// and public half come from SshKeygen (models/signing).
class SigningKeyFile {
public:
    // Whether the file is a private key protected by a passphrase: an OpenSSH key whose cipher is not
    // "none", or a PEM key marked ENCRYPTED. A public key (its private half in ssh-agent) needs none.
    static bool needsPassphrase(const QString &path);
    // Every principal an OpenSSH allowed-signers file maps publicKey ("type base64") to (the first column
    // of each line naming the key, split at commas), in the file's order; empty when the key is not in it.
    // *error says why the file cannot be read.
    static QStringList principalsIn(
        const QString &allowedSignersPath, const QString &publicKey, QString *error = nullptr);
};
