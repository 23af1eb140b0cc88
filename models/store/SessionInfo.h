// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The header data of one cutover session.
struct SessionInfo {
    QString name;
    QString goal;
    bool rehearsal = true;
    QString language = QStringLiteral("en");
    QString templateName;
    QDateTime createdAt;
    // The signature policy ("required" | "declared"); empty: required for a live session, declared for a
    // rehearsal (SignaturePolicyText::defaultFor).
    QString signatures;
};
