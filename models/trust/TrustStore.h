// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SessionManifest;

// This user's trust decisions, kept in the user's settings (never in the session file, which anyone may
// have written): per session id, the hash of the manifest the user trusted. A manifest that runs nothing
// is always trusted; any change to what a session would run needs a new decision.
class TrustStore {
public:
    bool isTrusted(const SessionManifest &manifest) const;
    void trust(const SessionManifest &manifest);
    // Forgets the decision for the manifest's session (every hash).
    void revoke(const SessionManifest &manifest);
    // The hash trusted for a session; empty when none.
    QString trustedHash(const QString &sessionId) const;
};
