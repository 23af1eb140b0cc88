// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LoginProblem.h"

#include "store/SessionAddress.h"

#include <QCoreApplication>
#include <QDir>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LoginProblem", text);
}

// The value the address gives a connection keyword, or libpq's default file under ~/.postgresql.
QString fileOf(const SessionAddress &address, const char *keyword, const char *defaultName)
{
    for (const auto &o : address.options()) {
        if (o.first == QLatin1String(keyword))
            return o.second;
    }
    return QDir::homePath() + QStringLiteral("/.postgresql/") + QLatin1String(defaultName);
}

QString role(const SessionAddress &address)
{
    return address.user().isEmpty() ? tr("your role") : address.user();
}

// The plain words for a known message; empty when it is not one.
QString plain(const QString &text, const SessionAddress &a)
{
    const auto has = [&](const char *s) { return text.contains(QLatin1String(s), Qt::CaseInsensitive); };
    const QString cert = fileOf(a, "sslcert", "postgresql.crt");
    const QString key = fileOf(a, "sslkey", "postgresql.key");
    const QString root = fileOf(a, "sslrootcert", "root.crt");
    if (has("connection requires a valid client certificate"))
        return tr("the server lets %1 in only with a client certificate, and no client certificate was "
                  "sent (%2 does not exist or cannot be read; name it with sslcert= and sslkey=)")
            .arg(role(a), cert);
    if (has("certificate authentication failed"))
        return tr("the client certificate %1 is not for the role %2 (its common name must be the role's "
                  "name, unless the server maps it)")
            .arg(cert, role(a));
    if (has("alert unknown ca") || has("alert bad certificate") || has("alert certificate unknown")
        || has("alert certificate expired") || has("alert certificate revoked"))
        return tr("the server refused the client certificate %1: it is not signed by a certificate "
                  "authority the server trusts, or it has expired or been revoked")
            .arg(cert);
    if (has("has group or world access"))
        return tr("the private key %1 of the client certificate can be read by others, so it is not "
                  "used; make it readable by you only (chmod 600)")
            .arg(key);
    if (has("certificate present, but not private key") || has("could not load private key"))
        return tr("the private key for the client certificate %1 cannot be used (%2 is missing, unreadable "
                  "or does not belong to the certificate; name it with sslkey=)")
            .arg(cert, key);
    if (has("could not read certificate file") || has("could not open certificate file"))
        return tr("the client certificate %1 cannot be read").arg(cert);
    if (has("root certificate file") && has("does not exist"))
        return tr("the server's certificate cannot be checked: the certificate authority file %1 does not "
                  "exist (name it with sslrootcert=, or use sslmode=require to skip the check)")
            .arg(root);
    if (has("could not read root certificate file"))
        return tr("the server's certificate cannot be checked: the certificate authority file %1 cannot be "
                  "read")
            .arg(root);
    if (has("certificate verify failed"))
        return tr("the server's certificate is not signed by the certificate authority in %1: is it the "
                  "right server and the right file?")
            .arg(root);
    if (has("does not match host name"))
        return tr("the server's certificate is not for the host %1 (sslmode=verify-full checks the name)")
            .arg(a.host());
    if (has("server does not support SSL"))
        return tr("the server does not offer SSL, which the address's sslmode requires");
    if (has("no password supplied"))
        return tr("the server wants a password for %1 and none was found (put it in ~/.pgpass or "
                  "PGPASSWORD, or use a client certificate)")
            .arg(role(a));
    if (has("password authentication failed"))
        return tr("the server refused the password of %1").arg(role(a));
    return {};
}

}

QString LoginProblem::describe(const QString &serverText, const SessionAddress &address)
{
    const QString words = plain(serverText, address);
    if (words.isEmpty())
        return serverText;
    return tr("%1. (The server said: %2)").arg(words, serverText.simplified());
}
