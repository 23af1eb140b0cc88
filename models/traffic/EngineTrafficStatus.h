// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficStatusSource.h"

#include <QPointer>

class CutoverEngine;

// Answers the status page and the stakeholder board from the traffic engine's in-memory state (never
// from the backend or the database): the split in force, the step, the latest verdict of each gate of
// the current step, and a drift or backend error. Not configured until a backend and a plan exist.
class EngineTrafficStatus : public TrafficStatusSource {
public:
    explicit EngineTrafficStatus(CutoverEngine *engine);
    TrafficStatus trafficStatus() const override;

private:
    QPointer<CutoverEngine> m_engine;
};
