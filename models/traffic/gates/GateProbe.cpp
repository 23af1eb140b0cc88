// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/GateProbe.h"

#include "traffic/gates/BusinessTransactionProbe.h"
#include "traffic/gates/DataConsistencyProbe.h"
#include "traffic/gates/HttpHealthProbe.h"
#include "traffic/gates/MetricConditionProbe.h"

std::unique_ptr<GateProbe> GateProbe::create(const GateDefinition &gate, MetricValueProvider *metrics)
{
    switch (gate.kind) {
    case GateDefinition::Kind::HttpHealth:
        return std::make_unique<HttpHealthProbe>(gate);
    case GateDefinition::Kind::BusinessTransaction:
        return std::make_unique<BusinessTransactionProbe>(gate);
    case GateDefinition::Kind::DataConsistency:
        return std::make_unique<DataConsistencyProbe>(gate);
    case GateDefinition::Kind::MetricCondition:
        return std::make_unique<MetricConditionProbe>(gate, metrics);
    }
    return nullptr;
}
