// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The session header and its phases, as session.create and phase.create recorded them (neither changes
// after the session is created), compared with the session and phases tables. Sessions begun before trail
// version 2 recorded no phases and no creation time: those are not compared for them.
class SessionTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("session"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
