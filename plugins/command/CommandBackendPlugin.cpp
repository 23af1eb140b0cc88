// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandBackendPlugin.h"

#include "CommandBackend.h"

std::unique_ptr<TrafficBackend> CommandBackendPlugin::create()
{
    return std::make_unique<CommandBackend>();
}
