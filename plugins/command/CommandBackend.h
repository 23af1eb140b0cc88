// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficBackend.h"

#include <QObject>

// Runs the user's programs: `apply_command PERCENT OLD NEW` (exit 0 = done), `read_command OLD NEW`
// (last line of output = percent on the new path), optional `check_old_command OLD` (exit 0 = healthy).
// Each run is asynchronous and killed after the timeout.
class CommandBackend : public QObject, public TrafficBackend {
    Q_OBJECT
public:
    QStringList configure(const QJsonObject &config) override;
    void apply(int percentNew, Done done) override;
    void readSplit(Done done) override;
    void rollback(Done done) override;
    void checkOldPath(Done done) override;

private:
    QString m_apply;
    QString m_read;
    QString m_checkOld;
    QString m_old;
    QString m_new;
    int m_timeoutMs = 30000;
};
