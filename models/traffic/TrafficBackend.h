// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>
#include <memory>

// The outcome of one backend call: ok with the split in force (percent to the new path, when known), or
// an error message naming what went wrong (a hanging socket, a rejected config, ...).
struct TrafficResult {
    bool ok = false;
    int percentNew = -1; // -1: not known
    QString detail; // what the backend reported (weights, generation, output)
    QString error;

    static TrafficResult success(int percent, const QString &detail = {})
    {
        return { true, percent, detail, {} };
    }
    static TrafficResult failure(const QString &message) { return { false, -1, {}, message }; }
};

// One way of moving traffic between the old and the new path (HAProxy, NGINX, a script, ...). Every call is
// asynchronous: it returns at once and calls done exactly once, later, on the caller's thread, never
// blocking it. Each backend bounds its own calls with a timeout; the engine adds a second guard.
class TrafficBackend {
public:
    using Done = std::function<void(const TrafficResult &)>;
    virtual ~TrafficBackend() = default;

    // Validates and takes a configuration; returns the problems (empty when usable). Does no I/O.
    virtual QStringList configure(const QJsonObject &config) = 0;
    // Sets the split to percentNew % on the new path, 100 - percentNew % on the old one.
    virtual void apply(int percentNew, Done done) = 0;
    // Reads the split really in force.
    virtual void readSplit(Done done) = 0;
    // Sends 100 % to the old path in one backend operation.
    virtual void rollback(Done done) = 0;
    // Whether the old path can take all traffic (ok=false with the reason when not, or when unknown).
    virtual void checkOldPath(Done done) = 0;
};

// The root object of a backend plugin: metadata comes from its JSON file (id, name, description,
// configSchema); create() makes a fresh, unconfigured backend owned by the caller.
class TrafficBackendPlugin {
public:
    virtual ~TrafficBackendPlugin() = default;
    virtual std::unique_ptr<TrafficBackend> create() = 0;
};

#define TrafficBackendPlugin_iid "org.cutovercockpit.TrafficBackend/1.0"
Q_DECLARE_INTERFACE(TrafficBackendPlugin, TrafficBackendPlugin_iid)
