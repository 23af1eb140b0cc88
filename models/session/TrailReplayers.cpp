// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/TrailReplayers.h"

#include "audit/TrailReplayerRegistry.h"
#include "checklist/ChecklistTrailReplayer.h"
#include "checklist/SessionTrailReplayer.h"
#include "incidents/IncidentTrailReplayer.h"
#include "lessons/LessonsTrailReplayer.h"
#include "metrics/MetricSourceTrailReplayer.h"
#include "metrics/SampleBatchTrailReplayer.h"
#include "notify/NotificationSettingsTrailReplayer.h"
#include "notify/OutboxTrailReplayer.h"
#include "runbook/TemplateVersionTrailReplayer.h"
#include "traffic/TrafficTrailReplayer.h"

void registerTrailReplayers()
{
    TrailReplayerRegistry::addOnce<ChecklistTrailReplayer>();
    TrailReplayerRegistry::addOnce<IncidentTrailReplayer>();
    TrailReplayerRegistry::addOnce<OutboxTrailReplayer>();
    TrailReplayerRegistry::addOnce<MetricSourceTrailReplayer>();
    TrailReplayerRegistry::addOnce<SessionTrailReplayer>();
    TrailReplayerRegistry::addOnce<TrafficTrailReplayer>();
    TrailReplayerRegistry::addOnce<LessonsTrailReplayer>();
    TrailReplayerRegistry::addOnce<TemplateVersionTrailReplayer>();
    TrailReplayerRegistry::addOnce<NotificationSettingsTrailReplayer>();
    TrailReplayerRegistry::addOnce<SampleBatchTrailReplayer>();
    // traffic_lease is covered by TrafficTrailReplayer only while a lease is held: releasing it and its
    // heartbeats are not audited (they are coordination between processes, not acts of a person).
}
