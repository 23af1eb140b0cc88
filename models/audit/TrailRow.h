// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

// One table row as a replay of the audit trail leaves it: column -> value, for the dozen or so columns a
// replayer compares. Kept as one flat list of pairs, searched in order, rather than a hash of columns: a
// verify replays a row for every record of a 100,000-item session, and a hash per row cost more in
// allocation and teardown than all the comparing (see cockpit-bench audit_verify_100k_ms).
class TrailRow {
public:
    using Field = std::pair<QString, QString>;
    using const_iterator = QList<Field>::const_iterator;

    TrailRow() = default;
    TrailRow(std::initializer_list<Field> fields)
        : m_fields(fields)
    {
    }

    // The value of `column`, added empty when the row has none yet.
    QString &operator[](const QString &column)
    {
        for (Field &f : m_fields) {
            if (f.first == column)
                return f.second;
        }
        m_fields.emplaceBack(column, QString());
        return m_fields.last().second;
    }
    void insert(const QString &column, const QString &value) { (*this)[column] = value; }
    const_iterator constFind(const QString &column) const
    {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            if (it->first == column)
                return it;
        }
        return m_fields.cend();
    }
    const_iterator constBegin() const { return m_fields.cbegin(); }
    const_iterator constEnd() const { return m_fields.cend(); }
    const_iterator begin() const { return m_fields.cbegin(); }
    const_iterator end() const { return m_fields.cend(); }
    bool contains(const QString &column) const { return constFind(column) != constEnd(); }
    QString value(const QString &column, const QString &fallback = {}) const
    {
        const auto it = constFind(column);
        return it == constEnd() ? fallback : it->second;
    }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void clear() { m_fields.clear(); }
    void reserve(qsizetype columns) { m_fields.reserve(columns); }

private:
    QList<Field> m_fields;
};
