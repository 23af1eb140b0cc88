// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficBackend.h"

#include <QObject>

class QTimer;

// A backend that holds the split in memory (or in state_file): the demo default. Its behaviour is
// scripted by the config: latency, a number of changes before changes fail, hanging, a simulated outside
// change after some time, and the old path's health.
class SimulatedBackend : public QObject, public TrafficBackend {
    Q_OBJECT
public:
    SimulatedBackend();
    QStringList configure(const QJsonObject &config) override;
    void apply(int percentNew, Done done) override;
    void readSplit(Done done) override;
    void rollback(Done done) override;
    void checkOldPath(Done done) override;

private:
    void later(std::function<void()> work);
    int percent() const;
    void setPercent(int percent);

    int m_percent = 0;
    int m_latencyMs = 50;
    int m_failAfter = -1;
    int m_changes = 0;
    bool m_hang = false;
    bool m_oldHealthy = true;
    QString m_stateFile;
    QTimer *m_drift;
    int m_driftTo = 0;
};
