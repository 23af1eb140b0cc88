// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficBackend.h"

#include <QObject>

class HaproxyBackendPlugin : public QObject, public TrafficBackendPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TrafficBackendPlugin_iid FILE "haproxy.json")
    Q_INTERFACES(TrafficBackendPlugin)
public:
    std::unique_ptr<TrafficBackend> create() override;
};
