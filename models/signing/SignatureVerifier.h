// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"
#include "signing/SignatureRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// Checks a session's signatures against its audit trail (docs/audit-format.md, section 5.5): each row's
// statement is the canonical text of its columns, its chain head is a record before the act's own record
// (a rewritten history has other hashes, so it is not), its signature.create record agrees with it, a
// `required` session has no declared row, and each signature verifies for its principal against an
// allowed-signers file. Blocking: call it from the CLI or a worker thread. The first problem is the one of
// the lowest signature id.
//
// The cryptographic check: by default ssh-ed25519 signatures are checked in this process
// (InProcessSignatureCheck, OpenSSL's Ed25519), and ssh-keygen -Y verify checks the first signature of
// every signer key as well (a cross-check: the two must agree), every signature rejected in process (its
// message is then ssh-keygen's), and everything the in-process check does not cover (other key types, FIDO
// keys, certificate authorities). With Options::openssh every signature goes through ssh-keygen, one
// process each (many at once).
class SignatureVerifier {
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)
public:
    struct Options {
        QString allowedSignersFile; // empty: the cryptographic check is left out (and said so)
        int parallel = 0; // ssh-keygen processes at once; 0: a default from the number of cores
        bool openssh = false; // every signature through ssh-keygen -Y verify (no in-process check)
    };

    struct Summary {
        bool hasTable = false; // false for a session from before signatures
        QString policy; // "required" | "declared"
        QList<SignatureRecord> signatures; // in id order
        int signedCount = 0; // rows with an SSH signature
        int declaredCount = 0; // rows without one: identities declared, not verified
        int verifiedCount = 0; // signatures that verified
        int verifiedInProcess = 0; // of those, verified in this process (OpenSSL Ed25519)
        int keygenChecked = 0; // signatures ssh-keygen -Y verify checked (cross-checks included)
        bool signaturesChecked = false; // every signed row went through a cryptographic check
        QMap<QString, int> byPrincipal;
        QMap<QString, int> declaredByAct;
        qint64 firstBrokenId = 0; // 0 when every row passed
        QString problem; // what is wrong with it ("signature 3 (alice@host, item.signoff) ...")
        qint64 sshMs = 0; // wall time of the cryptographic checks

        bool ok() const { return problem.isEmpty(); }
    };

    // records: the trail as read for the chain check (AuditChain::readAll), so both see one snapshot.
    static Summary verify(const QSqlDatabase &db, const QList<AuditRecord> &records, const Options &options);

    // "signature 3 (alice@host, item.signoff)": how a problem names a row.
    static QString label(const SignatureRecord &row);
    // The shell command an auditor runs for one row, with the statement and the signature written to the
    // given files (cutoverctl audit signatures --out DIR writes them).
    static QString verifyCommand(const SignatureRecord &row, const QString &allowedSignersFile,
        const QString &signatureFile, const QString &statementFile);
};
