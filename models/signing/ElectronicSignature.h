// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "signing/SignaturePolicy.h"
#include "signing/SignatureStatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class SessionStore;

// A signed act as the core's act functions take it: the statement, and the armored SSH signature over its
// text (empty when the identity is only declared).
//
// The flow: the core composes the statement (statementFor, or the act's own xxxStatement() helper in
// CutoverSession, IncidentLog, LessonsLearned, TemplateVersions); the caller signs it with sign() on a
// worker thread or in the CLI; the core act function then checks, inside its write transaction, that the
// chain head is unchanged ("the trail moved on since you signed; sign again"), that the statement is for
// this session, act and entity, that the signature verifies against the allowed signers for the
// statement's principal (required sessions), and the four-eyes rule on principals; then it writes the
// signature row (SignatureStore) and the act.
class ElectronicSignature {
public:
    SignatureStatement statement;
    QByteArray signature; // armored SSH SIGNATURE; empty when declared
    QString keyFingerprint; // "SHA256:..."; empty when declared
    QString allowedSignersFile; // what the signature is to be verified against (outside the session)

    bool isDeclared() const { return signature.isEmpty(); }

    // The statement of an act on this session now: session id and chain head read from db, meaning from
    // the act, time = Timestamps::now().
    static SignatureStatement statementFor(const QSqlDatabase &db, const QString &act, const QString &entity,
        qint64 entityId, const QString &record, const QString &principal, const QString &displayName);

    // A declared act (no key): principal = the OS account (see declaredPrincipal()).
    static ElectronicSignature declared(const SignatureStatement &statement);

    // Signs statement.toText() with keyFile (blocking: worker thread or CLI) and verifies the result
    // against allowedSignersFile; on success the returned signature is marked verified (see isVerified).
    // The statement's principal must be what allowed signers maps the key to (see resolvePrincipal).
    static ElectronicSignature sign(const SignatureStatement &statement, const QString &keyFile,
        const QByteArray &passphrase, const QString &allowedSignersFile, QString *error);

    // The principal allowed signers maps the key to, and the key's fingerprint (blocking; the passphrase
    // is needed only when neither KEY.pub nor an agent holds the public half). Empty with *error.
    static QString resolvePrincipal(const QString &keyFile, const QString &allowedSignersFile,
        const QByteArray &passphrase, QString *fingerprint, QString *error);

    // Checks the signature with ssh-keygen -Y verify against allowedSignersFile for the statement's
    // principal (blocking). Remembers success for exactly this statement and signature.
    bool verify(QString *error) const;
    // Whether verify() (or sign()) succeeded for the statement and signature as they are now.
    bool isVerified() const;

    // What the core checks before writing an act (called inside the write transaction by the act
    // functions): the statement matches session, act, entity and the current chain head; under Required a
    // signature that verifies (verify() is run unless isVerified()); under Declared an empty signature whose
    // principal is the OS account, or a verifying signature. Returns an error message, empty when fine.
    QString check(const QSqlDatabase &db, SignaturePolicy policy, const QString &act, const QString &entity,
        qint64 entityId) const;

    // The OS account this process runs as (getpwuid(geteuid()), never $USER): the principal of a declared
    // act. To be folded into OperatingSystemAccount::accountName() (models/identity) on merge.
    static QString declaredPrincipal();

    // The refusal when the chain head moved between statement and act.
    static QString trailMovedMessage();

    // Runs a signed act with a declared signature over the statement compose() makes, composing it again
    // (up to a few times) when another writer moved the chain head in between. For the declared entry
    // points (signOff(id, actor) ...); refused by the act in Required sessions.
    static ActionResult withDeclared(const std::function<SignatureStatement()> &compose,
        const std::function<ActionResult(const ElectronicSignature &)> &act);

private:
    mutable QByteArray m_verifiedText; // statement text + signature + allowed signers file verified
};
