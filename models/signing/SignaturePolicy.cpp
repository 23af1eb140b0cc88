// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignaturePolicy.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace SignaturePolicyText {

QString key(SignaturePolicy policy)
{
    return policy == SignaturePolicy::Required ? QStringLiteral("required") : QStringLiteral("declared");
}

bool fromKey(const QString &text, SignaturePolicy *policy)
{
    if (text == QLatin1String("required")) {
        *policy = SignaturePolicy::Required;
        return true;
    }
    if (text == QLatin1String("declared")) {
        *policy = SignaturePolicy::Declared;
        return true;
    }
    return false;
}

QString label(SignaturePolicy policy)
{
    return policy == SignaturePolicy::Required
        ? QCoreApplication::translate("SignaturePolicy", "signatures required")
        : QCoreApplication::translate("SignaturePolicy", "identities declared, not verified");
}

SignaturePolicy defaultFor(bool rehearsal)
{
    return rehearsal ? SignaturePolicy::Declared : SignaturePolicy::Required;
}

SignaturePolicy read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    SignaturePolicy policy = SignaturePolicy::Declared;
    if (q.exec(QStringLiteral("SELECT signatures FROM session WHERE id = 1")) && q.next())
        fromKey(q.value(0).toString(), &policy);
    return policy;
}

QString declaredNotice()
{
    return QCoreApplication::translate("SignaturePolicy", "Identities declared, not verified.");
}

}
