// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/CompactJsonObject.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Text that QJsonDocument writes as its plain UTF-8: no control character, quote or backslash (escaped) and
// no surrogate (a lone one is escaped as \uXXXX).
bool writtenAsIs(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u))
            return false;
    }
    return true;
}

void appendString(QByteArray &out, const QString &value)
{
    if (writtenAsIs(value)) {
        out += '"';
        out += value.toUtf8();
        out += '"';
        return;
    }
    // The rare text with escapes: Qt's own writer, so that the escapes are its own ("[...]" stripped).
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2);
}

}

void CompactJsonObject::addKey(QLatin1String key)
{
#ifndef QT_NO_DEBUG
    Q_ASSERT_X(m_lastKey.isNull() || m_lastKey < key, "CompactJsonObject::add", "keys out of order");
    m_lastKey = key;
#endif
    m_text += m_text.isEmpty() ? '{' : ',';
    m_text += '"';
    m_text += QByteArrayView(key.data(), key.size());
    m_text += "\":";
}

void CompactJsonObject::add(QLatin1String key, const QString &value)
{
    addKey(key);
    appendString(m_text, value);
}

void CompactJsonObject::add(QLatin1String key, qint64 value)
{
    addKey(key);
    m_text += QByteArray::number(value);
}

QString CompactJsonObject::text() const
{
    return m_text.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(m_text + '}');
}
