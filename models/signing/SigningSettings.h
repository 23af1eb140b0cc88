// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the signing key and the allowed signers file are (both outside the session file, so holding the
// session does not let anyone add a signer). Each is taken from the first that is given:
//   allowed signers: --allowed-signers FILE > $COCKPIT_ALLOWED_SIGNERS > QSettings signing/allowed_signers
//   key:             --key FILE             > $COCKPIT_SIGNING_KEY     > QSettings signing/key
class SigningSettings {
public:
    static QString allowedSignersFile(const QString &option = {});
    static QString keyFile(const QString &option = {});
    // Where each came from, for messages and `whoami`: "--allowed-signers", "COCKPIT_ALLOWED_SIGNERS",
    // "settings" or "" when none is set.
    static QString allowedSignersSource(const QString &option = {});
    static QString keySource(const QString &option = {});

    static void setAllowedSignersFile(const QString &path); // QSettings
    static void setKeyFile(const QString &path);
};
