// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionAddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionAddress", text);
}

// libpq connection keywords an address may carry besides host, port, user and dbname. Secrets
// (password, sslpassword) are not among them.
const char *const allowedKeywords[] = { "sslmode", "sslcert", "sslkey", "sslrootcert", "sslcrl", "sslsni",
    "connect_timeout", "application_name", "target_session_attrs", "passfile", "gssencmode", "krbsrvname",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "requirepeer", "channel_binding" };

bool isAllowedKeyword(const QString &key)
{
    for (const char *k : allowedKeywords) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// libpq's conninfo quoting: 'value' with backslash and quote escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString passwordRefused()
{
    return tr("A session address must not carry a password: it would end up in recent sessions, logs and "
              "shell history. Remove it; the cockpit leaves the password to PostgreSQL's own sources "
              "(~/.pgpass, PGPASSFILE or PGPASSWORD).");
}

}

bool SessionAddress::isPostgres(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool SessionAddress::isValidSessionName(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    return form.match(name).hasMatch();
}

SessionAddress SessionAddress::parse(const QString &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    SessionAddress a;
    if (text.trimmed().isEmpty()) {
        *error = tr("No session was named: give a file path or a postgresql:// address.");
        return a;
    }
    if (!isPostgres(text)) {
        a.m_kind = Kind::File;
        a.m_filePath = text;
        return a;
    }
    // postgresql://[userspec@][hostspec][/dbname][?paramspec], as libpq reads it.
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    QString authority = rest;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            *error = passwordRefused();
            return a;
        }
        a.m_user = decoded(userInfo);
    }
    if (authority.contains(QLatin1Char(','))) {
        *error = tr("The address %1 names several hosts; a session address names one server.").arg(text);
        return a;
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = tr("The address %1 has an unclosed [ in its host.").arg(text);
            return a;
        }
        a.m_host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        a.m_host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    a.m_database = decoded(path);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword")) {
            *error = passwordRefused();
            return a;
        }
        if (key == QLatin1String("session"))
            a.m_session = value;
        else if (key == QLatin1String("host"))
            a.m_host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("user"))
            a.m_user = value;
        else if (key == QLatin1String("dbname"))
            a.m_database = value;
        else if (!isAllowedKeyword(key)) {
            *error = tr("The address %1 has a parameter \"%2\" that a session address does not take.")
                         .arg(text, key);
            return a;
        } else if (value.contains(QLatin1Char(';'))) {
            *error = tr("The parameter %1 of the address %2 contains a ';', which cannot be passed on.")
                         .arg(key, text);
            return a;
        } else {
            a.m_options.append({ key, value });
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = tr("The address %1 has an invalid port \"%2\".").arg(text, portText);
            return a;
        }
        a.m_port = port;
    }
    if (a.m_database.isEmpty()) {
        *error = tr("The address %1 names no database (postgresql://host/DATABASE?session=NAME).").arg(text);
        return a;
    }
    if (!a.m_session.isEmpty() && !isValidSessionName(a.m_session)) {
        *error = tr("\"%1\" is not a valid session name: use a lower-case letter, then up to 47 lower-case "
                    "letters, digits or underscores.")
                     .arg(a.m_session);
        return a;
    }
    a.m_kind = Kind::Postgres;
    return a;
}

QString SessionAddress::schemaName() const
{
    return m_session.isEmpty() ? QString() : QStringLiteral("cutover_") + m_session;
}

QString SessionAddress::connectOptions() const
{
    QStringList parts;
    for (const auto &o : m_options)
        parts << o.first + QLatin1Char('=') + quoted(o.second);
    return parts.join(QLatin1Char(';'));
}

QString SessionAddress::toString() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    if (m_kind != Kind::Postgres)
        return {};
    const auto enc = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    QString s = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        s += enc(m_user) + QLatin1Char('@');
    QStringList params;
    if (m_host.startsWith(QLatin1Char('/')))
        params << QStringLiteral("host=") + enc(m_host);
    else if (m_host.contains(QLatin1Char(':')))
        s += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        s += enc(m_host);
    if (m_port > 0 && !m_host.startsWith(QLatin1Char('/')))
        s += QLatin1Char(':') + QString::number(m_port);
    else if (m_port > 0)
        params << QStringLiteral("port=") + QString::number(m_port);
    s += QLatin1Char('/') + enc(m_database);
    if (!m_session.isEmpty())
        params.prepend(QStringLiteral("session=") + m_session);
    for (const auto &o : m_options) // file paths stay readable: '/' needs no encoding in a query
        params << enc(o.first) + QLatin1Char('=') + QString::fromUtf8(QUrl::toPercentEncoding(o.second, "/"));
    if (!params.isEmpty())
        s += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return s;
}

SessionAddress SessionAddress::withSession(const QString &session) const
{
    SessionAddress a = *this;
    a.m_session = session;
    return a;
}

QString SessionAddress::serverLabel() const
{
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return QStringLiteral("%1:%2/%3").arg(host).arg(m_port > 0 ? m_port : 5432).arg(m_database);
}

QString SessionAddress::displayName(const QString &text)
{
    if (!isPostgres(text))
        return QFileInfo(text).fileName();
    const SessionAddress a = parse(text, nullptr);
    if (!a.isValid())
        return text;
    return tr("%1 on %2").arg(a.sessionName(), a.serverLabel());
}
