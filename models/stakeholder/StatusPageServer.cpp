// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StatusPageServer.h"

#include "stakeholder/StatusPageRenderer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>

namespace {

void addCommonHeaders(QHttpServerResponse &response)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // The token may be in the address; it must not leak to another site.
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    // The page has no script; forbid any, so an entry can never run code even if escaping failed.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
}

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

bool StatusPageServer::authorized(const QHttpServerRequest &request) const
{
    const QString fromQuery = request.query().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (!fromQuery.isEmpty())
        return tokensEqual(fromQuery.toUtf8(), m_token);
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() > scheme.size() && header.left(scheme.size()).toLower() == scheme)
        return tokensEqual(header.mid(scheme.size()).trimmed(), m_token);
    return false;
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

    auto unauthorized = [] {
        QHttpServerResponse r(QByteArrayLiteral("text/plain; charset=utf-8"),
            QByteArrayLiteral("401 Unauthorized: this status page needs its access token "
                              "(?token=… or an Authorization: Bearer header).\n"),
            QHttpServerResponse::StatusCode::Unauthorized);
        r.setHeader(
            QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"cutover-status\""));
        addCommonHeaders(r);
        return r;
    };
    m_server->route(QStringLiteral("/"), [this, unauthorized](const QHttpServerRequest &request) {
        if (!authorized(request))
            return unauthorized();
        QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"),
            StatusPageRenderer::html(m_snapshot, m_refreshSeconds));
        addCommonHeaders(r);
        return r;
    });
    m_server->route(QStringLiteral("/api/status"), [this, unauthorized](const QHttpServerRequest &request) {
        if (!authorized(request))
            return unauthorized();
        QHttpServerResponse r(QByteArrayLiteral("application/json"),
            QJsonDocument(m_snapshot.toJson()).toJson(QJsonDocument::Compact));
        addCommonHeaders(r);
        return r;
    });

    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        if (error)
            *error = tr("The status page cannot listen on %1 port %2 (in use, or not allowed).")
                         .arg(address.toString())
                         .arg(port);
        m_server.reset();
        return 0;
    }
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
