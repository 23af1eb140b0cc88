// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One row of the signatures table: the manifestation of a signature (printed name, principal, time,
// meaning) with the exact statement signed and the armored SSH signature ('' when declared).
struct SignatureRecord {
    qint64 id = 0;
    QDateTime at;
    QString act;
    QString entity;
    qint64 entityId = 0;
    QString meaning; // stored English text
    QString principal;
    QString displayName;
    QString chainHead;
    QString statement; // the canonical text, exactly as signed
    QString signature; // armored "-----BEGIN SSH SIGNATURE-----" block, '' when the identity is declared
    QString keyFingerprint; // "SHA256:..." of the signing key, '' when declared
    qint64 auditSeq = 0; // the act's own audit record (the one after signature.create)

    bool isDeclared() const { return signature.isEmpty(); }
};
