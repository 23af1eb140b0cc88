// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureMeaning.h"

#include <QCoreApplication>

namespace SignatureMeaningText {

QString stored(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::ReviewedAndApproved:
        return QStringLiteral("reviewed and approved");
    case SignatureMeaning::VerifiedAsAccurate:
        return QStringLiteral("verified as accurate");
    case SignatureMeaning::ResponsibleFor:
        break;
    }
    return QStringLiteral("responsible for");
}

bool fromStored(const QString &text, SignatureMeaning *meaning)
{
    for (const SignatureMeaning m : { SignatureMeaning::ReviewedAndApproved,
             SignatureMeaning::VerifiedAsAccurate, SignatureMeaning::ResponsibleFor }) {
        if (stored(m) == text) {
            *meaning = m;
            return true;
        }
    }
    return false;
}

QString label(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::ReviewedAndApproved:
        return QCoreApplication::translate("SignatureMeaning", "reviewed and approved");
    case SignatureMeaning::VerifiedAsAccurate:
        return QCoreApplication::translate("SignatureMeaning", "verified as accurate");
    case SignatureMeaning::ResponsibleFor:
        break;
    }
    return QCoreApplication::translate("SignatureMeaning", "responsible for");
}

}
