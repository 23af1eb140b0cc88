// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity/Principal.h"

#include <QObject>
#include <QString>

// The person using the cockpit. Who acts is the principal (models/identity): the operating-system
// account running the cockpit, or, once the person has proven who they are in a `signatures: required`
// session, the principal the allowed-signers file maps their key to. The display name is only shown
// beside it; it is remembered in QSettings ("user/name") and a name given on the command line overrides
// it for this run without being stored. Changing the display name never changes who acts. In a team session
// the server decides: the role it authenticated the connection as acts.
class UserIdentity : public QObject {
    Q_OBJECT
public:
    explicit UserIdentity(QObject *parent = nullptr);

    Principal principal() const { return m_principal; }
    // The principal's name: what every action records as its actor.
    QString name() const { return m_principal.name; }
    QString displayName() const { return m_principal.displayName; }
    // Stores the display name (QSettings) unless it is only an override for this run.
    void setDisplayName(const QString &name, bool remember = true);
    // After a proven login: the key's principal (and fingerprint) acts from now on. prove with an empty
    // name returns to the operating-system account (declared).
    void setProven(const QString &principal, const QString &keyFingerprint);
    void resetToOperatingSystem();
    // In a team session: the server authenticated the connection as `role` (on `server`, shown as the
    // host), and records every action as that role; a proven key must name the same principal.
    void setServerLogin(const QString &role, const QString &server);
    // The server the role logged in to; empty outside a team session.
    QString server() const { return m_server; }

    // The signing key the cockpit would use (SigningSettings: COCKPIT_SIGNING_KEY, else "signing/key"); empty
    // when there is none. Its fingerprint is read off the GUI thread (ssh-keygen -l) and arrives with
    // changed(); empty until then or when the file is no key.
    QString signingKeyPath() const { return m_keyPath; }
    QString signingKeyFingerprint() const { return m_keyFingerprint; }
    // Reads the key path again (after the settings changed) and looks its fingerprint up.
    void refreshSigningKey();

Q_SIGNALS:
    // The principal changed (a proven login, or back to the OS account): who acts.
    void nameChanged(const QString &name);
    // Anything shown changed (display name, principal, key).
    void changed();

private:
    Principal m_principal;
    QString m_server;
    QString m_keyPath;
    QString m_keyFingerprint;
    int m_keyLookup = 0;
};
