// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxBackendPlugin.h"

#include "NginxBackend.h"

std::unique_ptr<TrafficBackend> NginxBackendPlugin::create()
{
    return std::make_unique<NginxBackend>();
}
