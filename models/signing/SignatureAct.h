// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/SignatureMeaning.h"

#include <QString>
#include <QStringList>

// The acts that are electronic signatures (stored in signatures.act and in the statement's "act:" line),
// each with its one meaning.
namespace SignatureAct {
inline const QString itemSignOff = QStringLiteral("item.signoff"); // reviewed and approved
inline const QString itemSkip = QStringLiteral("item.skip"); // skipping an item that needs sign-off
inline const QString incidentVerify = QStringLiteral("incident.verify"); // verified as accurate
inline const QString resultFinal = QStringLiteral("result.final"); // responsible for
inline const QString templateApprove = QStringLiteral("template.approve"); // reviewed and approved
inline const QString policyChange = QStringLiteral("policy.change"); // responsible for

QStringList all();
bool isKnown(const QString &act);
// The meaning of an act; ResponsibleFor for an unknown one (check isKnown first).
SignatureMeaning meaningOf(const QString &act);
}
