// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a signing key file is, as OpenSSH reads it: a private key file, or a public key whose private half
// is in ssh-agent (what `ssh-keygen -Y sign -f` takes). Reading it is blocking (it runs ssh-keygen): call
// it from the command line or a worker thread, never the GUI thread. Never asks for a passphrase.
struct SigningKeyFile {
    QString path;
    QString fingerprint; // "SHA256:..." (ssh-keygen -l -f); empty when the file is no key
    QString publicKey; // "ssh-ed25519 AAAA..." (type and base64), from the file, FILE.pub; else empty
    QString error; // why the fingerprint is unknown

    static SigningKeyFile read(const QString &path);
    // Whether the file is a private key protected by a passphrase (read from the file itself, no process):
    // an OpenSSH key whose cipher is not "none", or a PEM key marked ENCRYPTED. A public key (its private
    // half in ssh-agent) needs none.
    static bool needsPassphrase(const QString &path);
    // The principals an OpenSSH allowed-signers file maps publicKey to (its first column, split at
    // commas), in the file's order; empty when the key is not in it. *error says why the file cannot be
    // read.
    static QStringList principalsIn(
        const QString &allowedSignersPath, const QString &publicKey, QString *error = nullptr);
};
