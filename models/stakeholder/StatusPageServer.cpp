// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StatusPageServer.h"

#include "stakeholder/LimitedTcpServer.h"
#include "stakeholder/StatusPageRenderer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrlQuery>

namespace {

void addCommonHeaders(QHttpServerResponse &response)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // The link carries the token once (it is moved into a cookie at once); nothing may leak to another site.
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    // The page has no script; forbid any, so an entry can never run code even if escaping failed.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
}

const QByteArray cookieName = QByteArrayLiteral("cutover_status");

}

StatusPageServer::StatusPageServer(QObject *parent)
    : QObject(parent)
{
}

StatusPageServer::~StatusPageServer() = default;

bool StatusPageServer::tokensEqual(const QByteArray &a, const QByteArray &b)
{
    // Constant time in the content: every byte is looked at whatever differs first.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a.at(i)) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0;
        diff |= x ^ y;
    }
    return diff == 0 && !a.isEmpty();
}

QString StatusPageServer::generateToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray StatusPageServer::tokenFromCookie(const QHttpServerRequest &request)
{
    for (const QByteArray &part : request.value(QByteArrayLiteral("Cookie")).split(';')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith(cookieName + '='))
            return QByteArray::fromPercentEncoding(pair.mid(cookieName.size() + 1));
    }
    return {};
}

bool StatusPageServer::authorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() > scheme.size() && header.left(scheme.size()).toLower() == scheme)
        return tokensEqual(header.mid(scheme.size()).trimmed(), m_token);
    const QByteArray cookie = tokenFromCookie(request);
    return !cookie.isEmpty() && tokensEqual(cookie, m_token);
}

quint16 StatusPageServer::start(
    const QString &token, quint16 port, const QHostAddress &address, QString *error)
{
    stop();
    if (token.trimmed().size() < 8) {
        if (error)
            *error = tr("The status page needs an access token of at least 8 characters.");
        return 0;
    }
    m_token = token.trimmed().toUtf8();
    m_server = std::make_unique<QHttpServer>();
    auto *listener = new LimitedTcpServer(m_limits, m_server.get());
    if (!listener->listen(address, port)) {
        if (error)
            *error = tr("The status page cannot listen on %1 port %2 (in use, or not allowed).")
                         .arg(address.toString())
                         .arg(port);
        m_server.reset();
        return 0;
    }
    m_server->bind(listener);

    auto unauthorized = [] {
        QHttpServerResponse r(QByteArrayLiteral("text/plain; charset=utf-8"),
            QByteArrayLiteral("401 Unauthorized: this status page needs its access token "
                              "(open the link with ?token=…, or send an Authorization: Bearer header).\n"),
            QHttpServerResponse::StatusCode::Unauthorized);
        r.setHeader(
            QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"cutover-status\""));
        addCommonHeaders(r);
        return r;
    };
    // The link's ?token=… is swapped for a cookie at once: the answer sets it and sends the browser to the
    // same address without the token, so the token does not stay in the address bar, the history or a
    // bookmark. A wrong token is refused like none.
    auto fromLink = [this](const QHttpServerRequest &request, QHttpServerResponse *out) {
        const QUrlQuery query = request.query();
        if (!query.hasQueryItem(QStringLiteral("token")))
            return false;
        const QByteArray given = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
        if (!tokensEqual(given, m_token))
            return false;
        QUrlQuery rest = query;
        rest.removeAllQueryItems(QStringLiteral("token"));
        QUrl target;
        target.setPath(request.url().path());
        target.setQuery(rest);
        QHttpServerResponse r(QByteArrayLiteral("text/plain; charset=utf-8"),
            QByteArrayLiteral("See Other\n"), QHttpServerResponse::StatusCode::SeeOther);
        r.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
        r.setHeader(QByteArrayLiteral("Set-Cookie"),
            cookieName + '=' + m_token.toPercentEncoding()
                + QByteArrayLiteral("; HttpOnly; SameSite=Strict; Path=/"));
        addCommonHeaders(r);
        *out = std::move(r);
        return true;
    };
    m_server->route(QStringLiteral("/"), [this, unauthorized, fromLink](const QHttpServerRequest &request) {
        QHttpServerResponse redirect(QHttpServerResponse::StatusCode::SeeOther);
        if (fromLink(request, &redirect))
            return redirect;
        if (!authorized(request))
            return unauthorized();
        QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"),
            StatusPageRenderer::html(m_snapshot, m_refreshSeconds));
        addCommonHeaders(r);
        return r;
    });
    m_server->route(
        QStringLiteral("/api/status"), [this, unauthorized, fromLink](const QHttpServerRequest &request) {
            QHttpServerResponse redirect(QHttpServerResponse::StatusCode::SeeOther);
            if (fromLink(request, &redirect))
                return redirect;
            if (!authorized(request))
                return unauthorized();
            QHttpServerResponse r(QByteArrayLiteral("application/json"),
                QJsonDocument(m_snapshot.toJson()).toJson(QJsonDocument::Compact));
            addCommonHeaders(r);
            return r;
        });

    const quint16 bound = listener->serverPort();
    m_address = address;
    m_port = bound;
    return bound;
}

void StatusPageServer::stop()
{
    if (m_server) {
        for (QTcpServer *s : m_server->servers())
            s->close();
        m_server.reset();
    }
    m_port = 0;
}

void StatusPageServer::setSnapshot(const StatusSnapshot &snapshot)
{
    m_snapshot = snapshot;
}
