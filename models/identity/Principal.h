// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The person an action is recorded for. name is the principal: in a solo session the operating-system
// account (declared), or the principal an allowed-signers file maps the person's key to (proven, in
// `signatures: required` sessions). displayName is only shown beside it: rules never compare display
// names, and principals are compared exactly (no case folding, no trimming).
struct Principal {
    QString name;
    QString host;
    QString displayName;
    QString keyFingerprint;
    bool proven = false;

    // "Alice Example (alice@host)"; "alice@host" without a display name (or when it equals the name).
    QString label() const;
    // "alice@host", or "alice" without a host.
    QString account() const;

    // The operating-system account of this process on this host, with the given display name.
    static Principal fromOperatingSystem(const QString &displayName = {});
};
