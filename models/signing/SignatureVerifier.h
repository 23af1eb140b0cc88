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
// `required` session has no declared row, and each signature verifies with `ssh-keygen -Y verify` for its
// principal against an allowed-signers file (many ssh-keygen processes at once). Blocking: call it from the
// CLI or a worker thread. The first problem is the one of the lowest signature id.
class SignatureVerifier {
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)
public:
    struct Options {
        QString allowedSignersFile; // empty: the cryptographic check is left out (and said so)
        int parallel = 0; // ssh-keygen processes at once; 0: a default from the number of cores
    };

    struct Summary {
        bool hasTable = false; // false for a session from before signatures
        QString policy; // "required" | "declared"
        QList<SignatureRecord> signatures; // in id order
        int signedCount = 0; // rows with an SSH signature
        int declaredCount = 0; // rows without one: identities declared, not verified
        int verifiedCount = 0; // signatures ssh-keygen verified
        bool signaturesChecked = false; // every signed row went through ssh-keygen
        QMap<QString, int> byPrincipal;
        QMap<QString, int> declaredByAct;
        qint64 firstBrokenId = 0; // 0 when every row passed
        QString problem; // what is wrong with it ("signature 3 (alice@host, item.signoff) ...")
        qint64 sshMs = 0; // wall time of the ssh-keygen checks

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
