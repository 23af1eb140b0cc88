// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/RequestSizeGuard.h"

#include <QList>

#include <algorithm>

RequestSizeGuard::RequestSizeGuard(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
    : m_maxHeader(maxHeaderBytes)
    , m_maxBody(maxBodyBytes)
{
}

RequestSizeGuard::Verdict RequestSizeGuard::feed(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (m_bodyLeft > 0) {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - pos);
            m_bodyLeft -= take;
            pos += qsizetype(take);
            continue;
        }
        const qsizetype before = m_header.size();
        m_header += bytes.mid(pos);
        const qsizetype end = m_header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_header.size() > m_maxHeader)
                return Verdict::HeaderTooLarge;
            return Verdict::Fine;
        }
        if (end + 4 > m_maxHeader)
            return Verdict::HeaderTooLarge;
        const QList<QByteArray> lines = m_header.left(end).split('\n');
        qint64 length = 0;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0 || length > m_maxBody)
                    return Verdict::BodyTooLarge;
            } else if (name == "transfer-encoding" && value.toLower() != "identity") {
                return Verdict::BodyTooLarge; // a chunked body has no announced size to check
            }
        }
        pos += end + 4 - before;
        m_header.clear();
        m_bodyLeft = length;
    }
    return Verdict::Fine;
}
