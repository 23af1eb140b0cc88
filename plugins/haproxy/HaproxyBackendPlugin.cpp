// SPDX-License-Identifier: GPL-3.0-or-later
#include "HaproxyBackendPlugin.h"

#include "HaproxyBackend.h"

std::unique_ptr<TrafficBackend> HaproxyBackendPlugin::create()
{
    return std::make_unique<HaproxyBackend>();
}
