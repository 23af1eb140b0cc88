// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateDefinition.h"
#include "traffic/gates/GateMeasurement.h"

#include <QObject>

#include <functional>
#include <memory>

class MetricValueProvider;

// Takes one measurement of a gate, asynchronously: fills value, condition, verdict, reason (and output)
// and calls done once. A provider problem (no answer, a broken response) is the verdict Error, never Pass.
class GateProbe : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const GateMeasurement &)>;
    using QObject::QObject;
    virtual void measure(Done done) = 0;

    // The probe for a gate definition; metrics may be null (a metric gate then reports errors).
    static std::unique_ptr<GateProbe> create(const GateDefinition &gate, MetricValueProvider *metrics);
};
