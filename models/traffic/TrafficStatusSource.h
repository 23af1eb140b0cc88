// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficStatus.h"

// Implemented by whatever knows the traffic state (the traffic engine); the status page and the
// stakeholder board ask it for a snapshot. It is polled from the GUI thread, so it must answer from
// memory without blocking.
class TrafficStatusSource {
public:
    virtual ~TrafficStatusSource() = default;
    virtual TrafficStatus trafficStatus() const = 0;
};
