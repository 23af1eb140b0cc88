// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/TrailReplayers.h"

#include "audit/TrailReplayerRegistry.h"
#include "checklist/ChecklistTrailReplayer.h"
#include "incidents/IncidentTrailReplayer.h"
#include "metrics/MetricSourceTrailReplayer.h"
#include "notify/OutboxTrailReplayer.h"

void registerTrailReplayers()
{
    TrailReplayerRegistry::addOnce<ChecklistTrailReplayer>();
    TrailReplayerRegistry::addOnce<IncidentTrailReplayer>();
    TrailReplayerRegistry::addOnce<OutboxTrailReplayer>();
    TrailReplayerRegistry::addOnce<MetricSourceTrailReplayer>();
}
