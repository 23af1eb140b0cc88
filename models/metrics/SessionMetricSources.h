// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "metrics/MetricSourceSettings.h"

class SessionStore;

// The metric source a session measures with, stored in the session (table metric_source) so that every
// cockpit and cutoverctl that opens the session starts the same one. Every change is audited with the
// old and the new settings; the settings hold no secret (credentials only by name).
class SessionMetricSources {
public:
    explicit SessionMetricSources(SessionStore *store);

    // The stored settings; Kind::None when the session has none (or *error when they cannot be read).
    MetricSourceSettings load(QString *error = nullptr) const;
    // Checks, stores and audits the settings; Kind::None removes the source. Unchanged settings are not
    // recorded again.
    ActionResult save(const MetricSourceSettings &settings, const QString &actor, const QString &reason = {});

private:
    SessionStore *m_store;
};
