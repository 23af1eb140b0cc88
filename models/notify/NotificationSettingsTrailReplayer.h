// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/TrailReplayer.h"

// The session's choice of notification channels (the meta row notify.channels) as the last
// notify.channels record left it; no record means no row.
class NotificationSettingsTrailReplayer : public TrailReplayer {
public:
    QString name() const override { return QStringLiteral("notify-settings"); }
    QStringList mismatches(const QSqlDatabase &db, const QList<AuditRecord> &records) const override;
};
