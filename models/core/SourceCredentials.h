// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// Where a source's authentication header value (e.g. "Bearer abc…") comes from: an environment variable
// or an entry in the system keychain (service "cutover-cockpit"). Only the *names* are configured and
// stored; the secret itself never enters the session file, a report or a log line.
class SourceCredentials {
public:
    QString environmentVariable; // e.g. COCKPIT_PROMETHEUS_AUTHORIZATION
    QString keychainKey; // e.g. "prometheus-prod"; empty: environment only

    bool isConfigured() const { return !environmentVariable.isEmpty() || !keychainKey.isEmpty(); }

    // Calls done(headerValue, error) exactly once on the caller's thread. The keychain is asked first
    // (asynchronously); if it has nothing, the environment variable is used. An empty header value
    // with an empty error means "no authentication configured".
    void resolve(std::function<void(const QString &headerValue, const QString &error)> done) const;

    static QString keychainService() { return QStringLiteral("cutover-cockpit"); }
};
