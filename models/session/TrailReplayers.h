// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Registers every feature's audit trail replayer (checklist, incident log, outbox, metric source) with
// TrailReplayerRegistry, so AuditChain::verify checks every table the trail covers even in a process that
// never constructed the features. Idempotent; call before verifying a trail.
void registerTrailReplayers();
