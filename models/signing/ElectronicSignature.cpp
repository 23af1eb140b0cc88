// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/ElectronicSignature.h"

#include "identity/OperatingSystemAccount.h"

#include "audit/AuditChain.h"
#include "core/Timestamps.h"
#include "signing/SignatureAct.h"
#include "signing/SshKeygen.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ElectronicSignature", text);
}

// meta.session_id, or (a session made by another tool) the first audit record's hash, as SessionIdentity.
QString sessionIdOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("session_id"));
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY seq LIMIT 1")) && q.next())
        return QStringLiteral("audit:") + q.value(0).toString();
    return QString();
}

QByteArray verifiedKey(const ElectronicSignature &s)
{
    return s.statement.toText() + '\0' + s.signature + '\0' + s.allowedSignersFile.toUtf8();
}

}

SignatureStatement ElectronicSignature::statementFor(const QSqlDatabase &db, const QString &act,
    const QString &entity, qint64 entityId, const QString &record, const QString &principal,
    const QString &displayName)
{
    SignatureStatement st;
    st.sessionId = sessionIdOf(db);
    st.act = act;
    st.entity = entity;
    st.entityId = entityId;
    st.record = SignatureStatement::oneLine(record);
    st.meaning = SignatureMeaningText::stored(SignatureAct::meaningOf(act));
    st.principal = principal;
    st.displayName = SignatureStatement::oneLine(displayName);
    st.time = Timestamps::now().toUTC();
    st.chainHead = AuditChain::headHash(db);
    return st;
}

ElectronicSignature ElectronicSignature::declared(const SignatureStatement &statement)
{
    ElectronicSignature s;
    s.statement = statement;
    if (s.statement.principal.isEmpty())
        s.statement.principal = declaredPrincipal();
    return s;
}

ElectronicSignature ElectronicSignature::sign(const SignatureStatement &statement, const QString &keyFile,
    const QByteArray &passphrase, const QString &allowedSignersFile, QString *error)
{
    ElectronicSignature s;
    s.statement = statement;
    s.allowedSignersFile = allowedSignersFile;
    QString fpError;
    s.keyFingerprint = SshKeygen::fingerprint(keyFile, &fpError);
    if (s.keyFingerprint.isEmpty()) {
        *error = fpError;
        return ElectronicSignature {};
    }
    s.signature = SshKeygen::sign(statement.toText(), keyFile, passphrase, error);
    if (s.signature.isEmpty())
        return ElectronicSignature {};
    if (!s.verify(error))
        return ElectronicSignature {};
    return s;
}

QString ElectronicSignature::resolvePrincipal(const QString &keyFile, const QString &allowedSignersFile,
    const QByteArray &passphrase, QString *fingerprint, QString *error)
{
    const QString pub = SshKeygen::publicKey(keyFile, passphrase, error);
    if (pub.isEmpty())
        return QString();
    const QString principal = SshKeygen::principalFor(pub, allowedSignersFile, error);
    if (principal.isEmpty())
        return QString();
    if (fingerprint) {
        *fingerprint = SshKeygen::fingerprint(keyFile, error);
        if (fingerprint->isEmpty())
            return QString();
    }
    return principal;
}

bool ElectronicSignature::verify(QString *error) const
{
    if (isVerified())
        return true;
    if (!SshKeygen::verify(statement.toText(), signature, allowedSignersFile, statement.principal, error))
        return false;
    m_verifiedText = verifiedKey(*this);
    return true;
}

bool ElectronicSignature::isVerified() const
{
    return !signature.isEmpty() && !m_verifiedText.isEmpty() && m_verifiedText == verifiedKey(*this);
}

QString ElectronicSignature::check(const QSqlDatabase &db, SignaturePolicy policy, const QString &act,
    const QString &entity, qint64 entityId) const
{
    const SignatureStatement &st = statement;
    if (st.principal.isEmpty())
        return tr("The signature names no principal.");
    if (st.act != act || st.entity != entity || st.entityId != entityId)
        return tr("The signed statement is for %1 of %2 %3, not for %4 of %5 %6; sign again.")
            .arg(st.act, st.entity)
            .arg(st.entityId)
            .arg(act, entity)
            .arg(entityId);
    if (st.meaning != SignatureMeaningText::stored(SignatureAct::meaningOf(act)))
        return tr("The signed statement's meaning \"%1\" is not that of %2; sign again.")
            .arg(st.meaning, act);
    if (st.sessionId != sessionIdOf(db))
        return tr("The signed statement belongs to another session (%1); sign again.").arg(st.sessionId);
    if (!st.time.isValid())
        return tr("The signed statement has no time.");
    if (st.chainHead != AuditChain::headHash(db))
        return trailMovedMessage();
    if (isDeclared()) {
        if (policy == SignaturePolicy::Required)
            return tr("This session requires electronic signatures: %1 must sign with their key (cutoverctl: "
                      "--key FILE or COCKPIT_SIGNING_KEY).")
                .arg(st.principal);
        return QString();
    }
    if (QString error; !verify(&error))
        return error;
    return QString();
}

QString ElectronicSignature::declaredPrincipal()
{
    return OperatingSystemAccount::accountName(); // from the OS, never from $USER (which anyone can set)
}

QString ElectronicSignature::trailMovedMessage()
{
    return tr("The trail moved on since you signed; sign again.");
}

ActionResult ElectronicSignature::withDeclared(const std::function<SignatureStatement()> &compose,
    const std::function<ActionResult(const ElectronicSignature &)> &act)
{
    ActionResult result;
    for (int attempt = 0; attempt < 5; ++attempt) {
        result = act(declared(compose()));
        if (result || result.error != trailMovedMessage())
            break;
    }
    return result;
}
