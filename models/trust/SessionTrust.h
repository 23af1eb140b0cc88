// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trust/SessionManifest.h"
#include "trust/TrustStore.h"

#include <QObject>

class SessionStore;

// Whether this user trusts what one open session would run, re-read from the file whenever asked, so
// that a change by another process (sqlite3, another user's cockpit) is refused until it is reviewed.
// A change this process commits itself (a backend, plan or metric source set here, on a trusted and
// writable session) is trusted at once: what the user configures through this cockpit is theirs.
class SessionTrust : public QObject {
    Q_OBJECT
public:
    explicit SessionTrust(SessionStore *store, QObject *parent = nullptr);
    ~SessionTrust() override;

    // Re-reads the manifest; trustChanged() when the verdict differs from the last one.
    bool isTrusted();
    bool wasTrusted() const { return m_trusted; } // the last verdict, without reading the file
    SessionManifest manifest() const;
    // Empty when trusted, else why nothing runs: "This session would run /bin/sh -c '…'; nothing runs
    // until you trust it." (read now).
    QString refusal();
    // Trusts the manifest stored now.
    void trust();

Q_SIGNALS:
    void trustChanged(bool trusted);

private:
    void onCommit();
    void setTrusted(bool trusted);

    SessionStore *m_store;
    TrustStore m_decisions;
    bool m_trusted = false;
    int m_observer = 0;
};
