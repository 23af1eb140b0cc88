// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Registers every feature's audit trail replayer (session and phases, checklist, incident log, outbox,
// notification settings, metric source and samples, traffic, lessons and result statement, template
// versions) with TrailReplayerRegistry, so AuditChain::verify checks every table the trail covers even in a
// process that never constructed the features. Idempotent; call before verifying a trail.
void registerTrailReplayers();
