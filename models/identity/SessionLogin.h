// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Proving who one is, once per opening of a session whose signatures are required (21 CFR
// 11.200(a)(1)(i)): the person's key signs a fresh challenge, which is verified against the allowed
// signers; from then on the principal of every action is the one the allowed signers map the key to.
// prove() is blocking (ssh-keygen): call it from a worker thread, never the GUI thread.
class SessionLogin {
public:
    struct Proof {
        QString principal; // empty when not proven
        QString keyFingerprint;
        QString error;
        bool ok() const { return !principal.isEmpty(); }
    };

    // "cutover-cockpit login v1\nsession: ...\nprincipal: ...\ntime: ...\nnonce: ...\n"
    static QByteArray challenge(
        const QString &sessionId, const QString &principal, const QDateTime &time, const QByteArray &nonce);
    static Proof prove(const QString &sessionId, const QString &keyFile, const QByteArray &passphrase,
        const QString &allowedSignersFile);
};
