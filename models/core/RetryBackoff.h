// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exponential backoff for retrying a failing source: initial, doubled on every failure up to a cap;
// reset on success. Pure value type, so sources and tests share the same arithmetic.
class RetryBackoff {
public:
    explicit RetryBackoff(int initialMs = 1000, int maxMs = 60000)
        : m_initialMs(initialMs)
        , m_maxMs(maxMs)
    {
    }
    // The delay before the next attempt after one more failure.
    int nextDelayMs()
    {
        const long long d = static_cast<long long>(m_initialMs) << (m_failures < 20 ? m_failures : 20);
        ++m_failures;
        return d > m_maxMs ? m_maxMs : static_cast<int>(d);
    }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_failures = 0;
};
