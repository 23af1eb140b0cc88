// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <QString>

// A JSON object written straight to text, for audit records made in bulk (creating a session from a
// runbook of 100,000 rows writes 200,000 of them): the text is exactly what
// QJsonDocument(object).toJson(QJsonDocument::Compact) gives for the same members, without building the
// object. QJsonObject keeps its keys sorted, so members must be added in ascending key order (asserted).
class CompactJsonObject {
public:
    void add(QLatin1String key, const QString &value);
    void add(QLatin1String key, qint64 value); // |value| < 2^53, as QJsonValue holds it exactly
    QString text() const;

private:
    void addKey(QLatin1String key);

    QByteArray m_text;
#ifndef QT_NO_DEBUG
    QLatin1String m_lastKey;
#endif
};
