// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/SignatureRecord.h"

#include <QString>

class SessionStore;

// The manifestation of an electronic signature as the GUI shows it wherever the act appears (21 CFR
// 11.50): printed name, principal, date and time (UTC) and the meaning, translated; "identities declared,
// not verified" for a declared one.
class SignatureManifestation {
public:
    // "Bob Example (bob), 2026-01-02 03:04:05 UTC, reviewed and approved" (+ "; identities declared, not
    // verified").
    static QString text(const SignatureRecord &record);
    // The latest signature of the act on entity/id (e.g. "item.signoff", "item", 42); empty when none.
    static QString latest(SessionStore *store, const QString &act, const QString &entity, qint64 entityId);
};
