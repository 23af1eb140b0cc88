// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// OpenSSH's ssh-keygen as the signing tool (`ssh-keygen -Y sign|verify|find-principals`, `-l`, `-y`), in
// the namespace "cutover-cockpit". Blocking, with timeouts: call it from a worker thread or the CLI, never
// from the GUI thread. The message goes through stdin, the armored signature comes back on stdout.
//
// A key is a private key file, or a public key file (*.pub) whose private half is in ssh-agent
// (SSH_AUTH_SOCK of this process), exactly as `ssh-keygen -Y sign -f` takes it. FIDO keys (ed25519-sk,
// ecdsa-sk) work the same way: the PIN is asked through the askpass helper like a passphrase, and
// ssh-keygen waits for the touch (signTimeoutMs leaves time for it).
//
// Passphrases never go into argv, the environment or a file: ssh-keygen is started with
// SSH_ASKPASS=<cockpit-askpass> and SSH_ASKPASS_REQUIRE=force, and the helper reads the passphrase from a
// pipe whose read end only this ssh-keygen (and the helper it starts) inherits; the number of that
// descriptor is in COCKPIT_ASKPASS_FD. The pipe holds the passphrase once: a second prompt gets nothing.
class SshKeygen {
public:
    static QString signatureNamespace(); // "cutover-cockpit"

    // The ssh-keygen program: $COCKPIT_SSH_KEYGEN, else ssh-keygen on PATH.
    static QString program();
    // The askpass helper: $COCKPIT_ASKPASS, else cockpit-askpass beside this executable, else beside
    // cutoverctl in COCKPIT_BIN_DIR-like locations (see .cpp).
    static QString askpassProgram();
    static void setAskpassProgram(const QString &path); // tests and the bench
    // False with *error when ssh-keygen is missing or too old for -Y.
    static bool available(QString *error);

    static constexpr int defaultTimeoutMs = 10000;
    static constexpr int signTimeoutMs = 60000; // a FIDO key waits for a touch

    // Signs message with the key; returns the armored signature ("-----BEGIN SSH SIGNATURE-----..."), or
    // an empty array with *error naming what is wrong (no such key, the key needs a passphrase, wrong
    // passphrase, the agent does not hold the key, ssh-keygen missing).
    static QByteArray sign(const QByteArray &message, const QString &keyFile, const QByteArray &passphrase,
        QString *error, int timeoutMs = signTimeoutMs);
    // Verifies that armored is a signature over message by a key allowed signers maps to principal (in
    // the cockpit's namespace). False with *error naming what is wrong.
    static bool verify(const QByteArray &message, const QByteArray &armored,
        const QString &allowedSignersFile, const QString &principal, QString *error,
        int timeoutMs = defaultTimeoutMs);
    // The principals allowed signers maps the signature's key to (empty list with *error when none).
    static QStringList findPrincipals(const QByteArray &armored, const QString &allowedSignersFile,
        QString *error, int timeoutMs = defaultTimeoutMs);
    // The key's fingerprint "SHA256:..." (ssh-keygen -l; of KEY.pub when it exists beside a private key).
    static QString fingerprint(const QString &keyFile, QString *error, int timeoutMs = defaultTimeoutMs);
    // The key's public half as one line "type base64" (KEY.pub or KEY itself when it is a public key,
    // else ssh-keygen -y, which may ask for the passphrase).
    static QString publicKey(const QString &keyFile, const QByteArray &passphrase, QString *error,
        int timeoutMs = defaultTimeoutMs);
    // Whether the key file is a private key protected by a passphrase (OpenSSH's format names its cipher;
    // "none" when not). False for a public key (its private half is in the agent) and an unreadable file.
    static bool isEncrypted(const QString &keyFile);
    // The principal the allowed signers file maps the public key to: the first literal principal of the
    // first plain (not cert-authority) line naming the key (AllowedSigners::principalOf), read without
    // ssh-keygen, so the statement can name the principal before it is signed; ssh-keygen -Y verify then
    // confirms it. Empty with *error when the key is not there.
    static QString principalFor(
        const QString &publicKeyLine, const QString &allowedSignersFile, QString *error);
};
