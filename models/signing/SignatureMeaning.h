// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a person means by an electronic signature (21 CFR 11.50(a)(3)). Stored in English exactly as
// stored(): "reviewed and approved", "verified as accurate", "responsible for"; shown translated.
enum class SignatureMeaning { ReviewedAndApproved, VerifiedAsAccurate, ResponsibleFor };

namespace SignatureMeaningText {
// The stored English text (part of the signed statement; never translated).
QString stored(SignatureMeaning meaning);
// Parses a stored text; false for an unknown one.
bool fromStored(const QString &text, SignatureMeaning *meaning);
// The translated text shown to people.
QString label(SignatureMeaning meaning);
}
