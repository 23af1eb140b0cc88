// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Follows the bytes a client sends on one connection, request after request, and says when a request's
// header block or its announced body is larger than allowed (the status page only answers small GETs).
// It sees a copy of the stream; the HTTP server reads the real one.
class RequestSizeGuard {
public:
    enum class Verdict { Fine, HeaderTooLarge, BodyTooLarge };

    RequestSizeGuard(qsizetype maxHeaderBytes, qsizetype maxBodyBytes);
    Verdict feed(const QByteArray &bytes);

private:
    qsizetype m_maxHeader;
    qsizetype m_maxBody;
    QByteArray m_header; // the header block so far
    qint64 m_bodyLeft = 0;
};
