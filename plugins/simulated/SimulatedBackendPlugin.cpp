// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedBackendPlugin.h"

#include "SimulatedBackend.h"

std::unique_ptr<TrafficBackend> SimulatedBackendPlugin::create()
{
    return std::make_unique<SimulatedBackend>();
}
