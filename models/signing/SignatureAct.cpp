// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureAct.h"

namespace SignatureAct {

QStringList all()
{
    return { itemSignOff, itemSkip, incidentVerify, resultFinal, templateApprove, policyChange };
}

bool isKnown(const QString &act)
{
    return all().contains(act);
}

SignatureMeaning meaningOf(const QString &act)
{
    if (act == itemSignOff || act == templateApprove)
        return SignatureMeaning::ReviewedAndApproved;
    if (act == incidentVerify)
        return SignatureMeaning::VerifiedAsAccurate;
    return SignatureMeaning::ResponsibleFor;
}

}
