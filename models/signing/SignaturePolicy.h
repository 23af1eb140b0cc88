// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// A session's signature policy (session.signatures): Required — every signed act needs an SSH signature
// that verifies against the allowed signers; Declared — the acts are recorded with the declared OS
// account and no signature ("identities declared, not verified"). Default at creation: required for live
// sessions, declared for rehearsals and the demo. Changing it is the signed act policy.change.
enum class SignaturePolicy { Required, Declared };

namespace SignaturePolicyText {
QString key(SignaturePolicy policy); // "required" | "declared"
bool fromKey(const QString &key, SignaturePolicy *policy);
QString label(SignaturePolicy policy); // translated
// The policy a new session gets when none is asked for.
SignaturePolicy defaultFor(bool rehearsal);
// The session's policy as stored; Declared for a session from before the column (or without a header).
SignaturePolicy read(const QSqlDatabase &db);
// The plain words every view and report shows in a declared session.
QString declaredNotice(); // "Identities declared, not verified." (translated)
}
