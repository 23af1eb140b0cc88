// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "signing/ElectronicSignature.h"
#include "signing/SignaturePolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class CutoverSession;
class QCommandLineParser;

// The signing options every cutoverctl command that changes a session shares (a signed act such as signoff,
// item --status skipped, log verify, result --final, template-version save, signatures --policy, and every
// other change, whose actor they prove), and the signing itself:
//   --key FILE (or COCKPIT_SIGNING_KEY, settings signing/key): a private key file, or a public key whose
//       private half is in ssh-agent;
//   --allowed-signers FILE (or COCKPIT_ALLOWED_SIGNERS, settings signing/allowed_signers);
//   --passphrase-fd N: read the key's passphrase (or a FIDO PIN) from file descriptor N; without it a
//       passphrase is asked for on the terminal (echo off) when the key needs one.
// The principal is what allowed signers maps the key to; --by only sets the display name. Without a key,
// in a declared session, the principal is the OS account and the act is recorded as declared.
class CtlSigning {
    Q_DECLARE_TR_FUNCTIONS(CtlSigning)
public:
    static void addOptions(QCommandLineParser &parser);

    struct Signer {
        QString keyFile; // empty: declared
        QString allowedSignersFile;
        QByteArray passphrase;
        QString principal;
        QString displayName;
        QString fingerprint;
        bool declared() const { return keyFile.isEmpty(); }
    };
    // Who signs in a session of this policy. False with *error (a key is needed, the key is not in the
    // allowed signers, the passphrase fd cannot be read ...).
    static bool prepare(const QCommandLineParser &parser, SignaturePolicy policy, const QString &displayName,
        Signer *signer, QString *error);

    using Compose = std::function<SignatureStatement(const QString &principal, const QString &displayName)>;
    using Act = std::function<ActionResult(const ElectronicSignature &signature)>;
    // Composes the statement, signs it (or declares it), and runs the act; composes and signs again when
    // the trail moved on in between (a few times).
    static ActionResult signAndRun(Signer &signer, const Compose &compose, const Act &act);

    // Who acts in a command that changes a session (the one place every such cutoverctl command asks): in
    // a session that requires signatures, or when --key is given, the principal the key proves (allowed
    // signers); otherwise the operating-system account. --by never chooses it. False with *error, naming
    // what to pass, when the key is needed and missing or not allowed. The command must have added the
    // options (addOptions). A command that goes on to sign (`signing`: e.g. skipping an item that needs
    // sign-off) gets the prepared signer in *signer, declared or not, so a passphrase is read only once.
    static bool actingPrincipal(const QCommandLineParser &parser, SignaturePolicy policy, QString *actor,
        QString *error, Signer *signer = nullptr, bool signing = false);
    // Opens the session file for a change and finds who acts in it (actingPrincipal, under the session's
    // policy); nullptr, with the refusal printed and nothing changed, when either fails.
    static std::unique_ptr<CutoverSession> openToChange(
        const QCommandLineParser &parser, const QString &path, QString *actor);
    // The refusal printed when who acts cannot be found.
    static int refuseActor(const QString &error);

    // The line printed after a declared act.
    static QString declaredNote();
};
