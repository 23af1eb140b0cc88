// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SeriesBuffer.h"

#include <algorithm>
#include <cstdlib>

namespace {

// Inserts (t, v) in sorted position, replacing the value of an equal time.
void insertSorted(SeriesChunk &c, qint64 t, double v)
{
    const auto it = std::lower_bound(c.t.begin(), c.t.end(), t);
    const auto i = it - c.t.begin();
    if (it != c.t.end() && *it == t) {
        c.v[i] = v;
        return;
    }
    c.t.insert(i, t);
    c.v.insert(i, v);
}

}

void SeriesBuffer::append(qint64 t, double value)
{
    if (m_tail.t.isEmpty() || t > m_tail.t.constLast()) {
        if (m_tail.t.isEmpty() && !m_sealed.isEmpty() && t <= m_sealed.constLast()->t.constLast()) {
            // late sample that belongs in a sealed chunk: handled below
        } else {
            m_tail.t.append(t);
            m_tail.v.append(value);
            if (m_tail.t.size() >= kChunkSize)
                seal();
            return;
        }
    }
    if (!m_tail.t.isEmpty() && t >= m_tail.t.constFirst()) {
        insertSorted(m_tail, t, value);
        return;
    }
    // The first sealed chunk whose last time is >= t takes the sample (copy on write).
    const auto it = std::lower_bound(m_sealed.begin(), m_sealed.end(), t,
        [](const std::shared_ptr<const SeriesChunk> &c, qint64 time) { return c->t.constLast() < time; });
    if (it == m_sealed.end()) { // after all sealed chunks but before the tail's first: tail front
        insertSorted(m_tail, t, value);
        return;
    }
    auto copy = std::make_shared<SeriesChunk>(**it);
    const qint64 before = copy->t.size();
    insertSorted(*copy, t, value);
    m_sealedCount += copy->t.size() - before;
    *it = copy;
}

void SeriesBuffer::seal()
{
    m_sealedCount += m_tail.t.size();
    m_sealed.append(std::make_shared<const SeriesChunk>(std::move(m_tail)));
    m_tail = SeriesChunk();
    m_tail.t.reserve(kChunkSize);
    m_tail.v.reserve(kChunkSize);
}

qint64 SeriesBuffer::firstTime() const
{
    if (!m_sealed.isEmpty())
        return m_sealed.constFirst()->t.constFirst();
    return m_tail.t.isEmpty() ? 0 : m_tail.t.constFirst();
}

qint64 SeriesBuffer::lastTime() const
{
    if (!m_tail.t.isEmpty())
        return m_tail.t.constLast();
    return m_sealed.isEmpty() ? 0 : m_sealed.constLast()->t.constLast();
}

bool SeriesBuffer::last(qint64 *t, double *value) const
{
    const SeriesChunk *c
        = !m_tail.t.isEmpty() ? &m_tail : (m_sealed.isEmpty() ? nullptr : m_sealed.constLast().get());
    if (!c)
        return false;
    *t = c->t.constLast();
    *value = c->v.constLast();
    return true;
}

bool SeriesBuffer::nearest(qint64 t, qint64 *at, double *value) const
{
    bool found = false;
    qint64 bestDistance = 0;
    auto consider = [&](const SeriesChunk &c) {
        if (c.t.isEmpty())
            return;
        const auto it = std::lower_bound(c.t.begin(), c.t.end(), t);
        for (auto candidate : { it, it == c.t.begin() ? it : it - 1 }) {
            if (candidate == c.t.end())
                continue;
            const qint64 d = std::llabs(*candidate - t);
            if (!found || d < bestDistance) {
                found = true;
                bestDistance = d;
                *at = *candidate;
                *value = c.v.at(candidate - c.t.begin());
            }
        }
    };
    const auto it = std::lower_bound(m_sealed.begin(), m_sealed.end(), t,
        [](const std::shared_ptr<const SeriesChunk> &c, qint64 time) { return c->t.constLast() < time; });
    if (it != m_sealed.end())
        consider(**it);
    if (it != m_sealed.begin())
        consider(**(it - 1));
    consider(m_tail);
    return found;
}

SeriesSnapshot SeriesBuffer::snapshot() const
{
    SeriesSnapshot s = m_sealed;
    if (!m_tail.t.isEmpty())
        s.append(std::make_shared<const SeriesChunk>(m_tail));
    return s;
}

void SeriesBuffer::clear()
{
    m_sealed.clear();
    m_sealedCount = 0;
    m_tail = SeriesChunk();
}
